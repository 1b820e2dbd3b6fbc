#include "filterpreview.h"

#include "core/chatmessage.h"
#include "filter/filterpipeline.h"

using namespace Qt::StringLiterals;

namespace chatvox {

FilterPreview previewFilters(const FilterSettings &settings, const QString &text,
                             const QString &login)
{
    ChatMessage message;
    message.id = u"preview"_s;
    message.login = login.trimmed().isEmpty() ? u"viewer"_s : login.trimmed().toLower();
    message.displayName = login.trimmed().isEmpty() ? u"viewer"_s : login.trimmed();
    message.text = text;
    FilterPreview p;
    const FilterDecision d = FilterPipeline(settings).evaluate(message, &p.steps);
    p.speak = d.speak;
    if (d.speak) {
        p.text = d.text;
    } else {
        p.reasonId = d.reasonId();
        p.reason = skipReasonDescription(d.reason);
    }
    return p;
}

} // namespace chatvox
