#pragma once

// The injection corpus of the bridge tests: tst_bridge.cpp (the Bridge with a fake host) and the
// end-to-end test with the real host.ps1 (tst_hoste2e.cpp).
#include <QString>
#include <QStringList>

namespace chatvox::test {

using namespace Qt::StringLiterals;

// Viewer text built to reach a shell: separators, substitutions, quotes, encodings, control
// and look-alike characters, and size. Each carries the marker "PWN" in some form.
inline QStringList injectionPayloads()
{
    return {
        u"; calc.exe PWN1"_s,
        u"| Out-File C:\\PWN2.txt"_s,
        u"& del C:\\ PWN3"_s,
        u"&& PWN4"_s,
        u"$(Invoke-Expression 'PWN5')"_s,
        u"$env:USERPROFILE PWN6"_s,
        u"`calc` PWN7"_s,
        u"\"; Start-Process calc; \" PWN8"_s,
        u"'; Remove-Item -Recurse C:\\ ; ' PWN9"_s,
        u"\nStart-Process PWN10"_s,
        u"left\r\nStart-Process PWN11"_s,
        u"left\u0000PWN12"_s,
        u"-EncodedCommand UABXAE4AMQAzAA=="_s,
        u"-Command PWN14"_s,
        u"\u202Etfel PWN15"_s,
        u"ｌｅｆｔ ＰＷＮ１６"_s,
        u"le\u200Bft PWN17"_s,
        u"left;PWN18"_s,
        u"left|PWN19"_s,
        u"left&PWN20"_s,
        u"${PWN21}"_s,
        u"@(PWN22)"_s,
        u"%PWN23%"_s,
        QString(10240, u'A') + u"PWN24"_s,
        u"left "_s + QString(10240, u'B') + u"PWN25"_s,
    };
}

} // namespace chatvox::test
