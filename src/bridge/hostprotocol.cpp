#include "hostprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chatvox {

namespace {

QJsonArray keysToJson(const QList<ScanKey> &keys)
{
    QJsonArray list;
    for (const ScanKey &k : keys)
        list.append(QJsonObject{{u"scan"_s, int(k.scanCode)}, {u"ext"_s, k.extended}});
    return list;
}

} // namespace

int HostRequest::workMs() const
{
    switch (op) {
    case Op::Keys: {
        int total = gapMs * int(std::max<qsizetype>(0, steps.size() - 1));
        for (const KeyStep &s : steps)
            total += s.holdMs;
        return total;
    }
    case Op::Script:
        return scriptTimeoutMs;
    case Op::Release:
    case Op::Ping:
        break;
    }
    return 0;
}

QList<ScanKey> HostRequest::pressedKeys() const
{
    QList<ScanKey> keys;
    for (const KeyStep &s : steps) {
        for (const ScanKey &k : s.keys) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    return keys;
}

std::optional<HostRequest> requestForAction(const Action &action, QStringView choice)
{
    const ActionPayload *payload = action.payloadFor(choice);
    if (!payload)
        return std::nullopt;
    HostRequest r;
    if (action.kind == Action::Kind::Keys) {
        r.op = HostRequest::Op::Keys;
        r.steps = payload->steps;
        r.gapMs = action.gapMs;
    } else {
        r.op = HostRequest::Op::Script;
        r.scriptName = action.script;
        r.args = payload->args;
        r.scriptTimeoutMs = action.timeoutMs;
    }
    return r;
}

QByteArray encodeHostRequest(qint64 seq, const HostRequest &request, const QString &scriptPath)
{
    QJsonObject o{{u"seq"_s, double(seq)}};
    switch (request.op) {
    case HostRequest::Op::Keys: {
        o.insert(u"op", u"keys"_s);
        QJsonArray steps;
        for (const KeyStep &s : request.steps)
            steps.append(QJsonObject{{u"keys"_s, keysToJson(s.keys)}, {u"holdMs"_s, s.holdMs}});
        o.insert(u"steps", steps);
        o.insert(u"gapMs", request.gapMs);
        break;
    }
    case HostRequest::Op::Script:
        o.insert(u"op", u"script"_s);
        o.insert(u"path", scriptPath);
        o.insert(u"args", QJsonArray::fromStringList(request.args));
        o.insert(u"timeoutMs", request.scriptTimeoutMs);
        break;
    case HostRequest::Op::Release:
        o.insert(u"op", u"release"_s);
        o.insert(u"keys", keysToJson(request.releaseKeys));
        break;
    case HostRequest::Op::Ping:
        o.insert(u"op", u"ping"_s);
        break;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

HostLine decodeHostLine(QByteArrayView line)
{
    HostLine out;
    const QByteArray trimmed = line.trimmed().toByteArray();
    if (!trimmed.startsWith('{'))
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    if (!doc.isObject())
        return out;
    const QJsonObject o = doc.object();
    if (o.value(u"ready").toBool() && o.value(u"version").isDouble()) {
        out.kind = HostLine::Kind::Ready;
        out.version = o.value(u"version").toInt();
        return out;
    }
    const QJsonValue seq = o.value(u"seq");
    const double d = seq.toDouble(-1);
    if (!seq.isDouble() || d < 0 || d != double(qint64(d)) || !o.value(u"ok").isBool())
        return out;
    out.kind = HostLine::Kind::Reply;
    out.seq = qint64(d);
    out.ok = o.value(u"ok").toBool();
    if (!out.ok)
        out.error = o.value(u"error").toString().left(500);
    return out;
}

} // namespace chatvox
