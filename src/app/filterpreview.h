#pragma once

#include "filter/filterpipeline.h"
#include "filter/filtersettings.h"

#include <QString>

namespace chatvox {

// What the filters would do with one typed chat line (the Filters panel's live preview).
struct FilterPreview
{
    bool speak = false;
    QString text; // exactly what would be spoken (when speak)
    QString reasonId; // --dry-run skip reason (when not)
    QString reason; // the same in words, translated
    QList<FilterStep> steps; // each rule that changed the text, in order (FilterPipeline)
};

// `login` may be empty (a viewer named "viewer"). Every rule but the rate limit applies, as
// FilterPipeline::evaluate() does; the line has no emotes (typed text carries no emote ranges).
FilterPreview previewFilters(const FilterSettings &settings, const QString &text,
                             const QString &login = QString());

} // namespace chatvox
