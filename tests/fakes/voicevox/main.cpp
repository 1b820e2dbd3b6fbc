// chatvox-fake-voicevox: the test fake as a standalone engine, for manual runs and for the
// Windows build under Wine. Prints its URL, then serves until killed.
#include "fakevoicevox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chatvox-fake-voicevox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake VOICEVOX engine on 127.0.0.1 that answers with sine-tone WAVs."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 = any free port)."_s,
                                        u"N"_s, u"50021"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Sample rate of the WAVs."_s, u"R"_s,
                                        u"24000"_s);
    const QCommandLineOption delayOption(
        u"delay"_s, u"Milliseconds each synthesis takes (one at a time)."_s, u"MS"_s, u"0"_s);
    parser.addOptions({portOption, rateOption, delayOption});
    parser.process(app);

    bool ok = true;
    const uint port = parser.value(portOption).toUInt(&ok);
    const int rate = ok ? parser.value(rateOption).toInt(&ok) : 0;
    const int delay = ok ? parser.value(delayOption).toInt(&ok) : 0;
    if (!ok || port > 65535 || rate < 8000 || rate > 192000 || delay < 0) {
        QTextStream(stderr) << "chatvox-fake-voicevox: bad --port, --rate or --delay\n";
        return 2;
    }

    chatvox::test::FakeVoicevox fake;
    fake.setSampleRate(rate);
    fake.setDelay(u"/synthesis"_s, delay);
    if (!fake.listen(quint16(port)))
        return 1;
    QTextStream out(stdout);
    out << fake.url().toString() << Qt::endl;
    QObject::connect(&fake, &chatvox::test::FakeVoicevox::requestReceived, &app,
                     [](const chatvox::test::FakeVoicevoxRequest &request) {
                         QTextStream(stderr) << request.method << ' ' << request.path << ' '
                                             << request.text << '\n';
                     });
    return app.exec();
}
