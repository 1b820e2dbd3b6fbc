#include "serveevents.h"

using namespace Qt::StringLiterals;

namespace chatvox {

QJsonObject helloEvent()
{
    return QJsonObject{{u"type"_s, u"hello"_s},
                       {u"app"_s, u"chatvox"_s},
                       {u"version"_s, QStringLiteral(CHATVOX_VERSION)},
                       {u"protocol"_s, EventProtocolVersion}};
}

} // namespace chatvox
