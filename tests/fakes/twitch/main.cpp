// chatvox-fake-twitch: the Twitch fakes as one program, for trying ChatVox by hand (or under
// Wine) without Twitch: OAuth (device login approved after two polls), Helix, EventSub and IRC
// chat on 127.0.0.1. Prints the URLs to pass to chatvox, and one line per notable event.
// Type "r <text>" + Enter to send a channel-point redemption with that input.
// --pending-polls N: approve the device login after N polls instead (to look at the code).
#include "fakeeventsub.h"
#include "fakehelix.h"
#include "faketwitchid.h"
#include "faketwitchirc.h"

#include <cstdio>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace chatvox;
using namespace chatvox::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    FakeTwitchId id;
    FakeHelix helix;
    FakeEventSub eventSub;
    FakeTwitchIrc irc;
    if (!id.listen() || !helix.listen() || !eventSub.isListening() || !irc.isListening()) {
        std::fprintf(stderr, "chatvox-fake-twitch: cannot listen\n");
        return 1;
    }
    id.setDeviceInterval(1);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype pending = args.indexOf(u"--pending-polls"_s);
    id.setPendingPolls(pending > 0 && pending + 1 < args.size() ? args.at(pending + 1).toInt() : 2);
    eventSub.setKeepaliveIntervalMs(5000); // like Twitch: well inside the 10 s timeout
    helix.setTokenCheck([&id](const QString &t) { return id.isValidAccessToken(t); });
    helix.setSessionCheck([&eventSub](const QString &s) { return eventSub.hasSession(s); });
    const auto say = [&out](const QString &line) { out << line << Qt::endl; };
    QObject::connect(&helix, &FakeHelix::subscriptionCreated, &eventSub,
                     [&](const FakeHelix::Subscription &s) {
                         eventSub.addSubscription(s.sessionId, s.type, s.id);
                         say(u"subscribed "_s + s.type + u" for "_s + s.broadcasterUserId);
                     });
    QObject::connect(&id, &FakeTwitchId::requestReceived, &app,
                     [&](const QString &path) { say(u"id "_s + path); });
    QObject::connect(&id, &FakeTwitchId::revoked, &app, [&] { say(u"revoked"_s); });
    QObject::connect(&irc, &FakeTwitchIrc::lineReceived, &app, [&](int, const QByteArray &line) {
        // Say whether chat logged in with a token Twitch would accept.
        if (line.startsWith("PASS oauth:"))
            say(id.isValidAccessToken(QString::fromUtf8(line.mid(11)))
                    ? u"irc PASS with a valid token"_s
                    : u"irc PASS with an INVALID token"_s);
        else
            say(u"irc "_s + QString::fromUtf8(line));
    });
    say(u"--auth-url %1 --helix-url %2 --eventsub-url %3 --irc-url %4"_s.arg(
        id.url().toString(), helix.url().toString(), eventSub.url().toString(),
        irc.url().toString()));
    say(u"settings: [account] clientId=fake-client-id"_s);

#ifdef Q_OS_UNIX
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[1024];
        if (!std::fgets(buffer, sizeof buffer, stdin)) {
            input.setEnabled(false);
            return;
        }
        const QString line = QString::fromUtf8(buffer).trimmed();
        if (line.startsWith(u"r "_s))
            say(u"sent redemption "_s + eventSub.sendRedemption({{u"user_input"_s, line.mid(2)}}));
    });
#endif
    return app.exec();
}
