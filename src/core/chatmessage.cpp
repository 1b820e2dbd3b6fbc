#include "chatmessage.h"

namespace chatvox {

bool ChatMessage::hasBadge(QStringView name) const
{
    for (const Badge &badge : badges) {
        if (badge.name == name)
            return true;
    }
    return false;
}

bool ChatMessage::isModerator() const
{
    return hasBadge(u"moderator") || hasBadge(u"broadcaster");
}

} // namespace chatvox
