#include "auth/qrcode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using chatvox::QrCode;

namespace {

QrCode::Ecc eccOf(const QString &name)
{
    if (name == u"L")
        return QrCode::Ecc::Low;
    if (name == u"Q")
        return QrCode::Ecc::Quartile;
    if (name == u"H")
        return QrCode::Ecc::High;
    return QrCode::Ecc::Medium;
}

QJsonArray vectors()
{
    QFile f(QStringLiteral(CHATVOX_TEST_DATA_DIR) + u"/qr/qrcode_vectors.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(u"cases"_s).toArray();
}

} // namespace

class tst_QrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesReferenceVectors_data()
    {
        QTest::addColumn<QJsonObject>("vector");
        const QJsonArray all = vectors();
        QVERIFY(all.size() >= 9);
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(u"v%1-%2-mask%3"_s.arg(o.value(u"version"_s).toInt())
                                         .arg(o.value(u"ecc"_s).toString())
                                         .arg(o.value(u"mask"_s).toInt())))
                << o;
        }
    }
    // Every module equals python3-qrcode's symbol for the same data, level and mask: data
    // placement, Reed-Solomon blocks, interleaving, format and version information.
    void matchesReferenceVectors()
    {
        QFETCH(QJsonObject, vector);
        const QByteArray data = vector.value(u"text"_s).toString().toUtf8();
        const int version = vector.value(u"version"_s).toInt();
        const int mask = vector.value(u"mask"_s).toInt();
        const auto code = QrCode::encode(data, eccOf(vector.value(u"ecc"_s).toString()), 1, mask);
        QVERIFY(code);
        QCOMPARE(code->version(), version);
        QCOMPARE(code->size(), 17 + 4 * version);
        QCOMPARE(code->mask(), mask);
        QStringList expected;
        for (const QJsonValue &row : vector.value(u"rows"_s).toArray())
            expected << row.toString();
        const QStringList actual = code->toText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actual.size(), expected.size());
        for (int y = 0; y < expected.size(); ++y)
            QVERIFY2(actual.at(y) == expected.at(y),
                     qPrintable(u"row %1:\n ours %2\n ref  %3"_s.arg(y).arg(actual.at(y),
                                                                            expected.at(y))));
    }

    // The automatic mask is one of the eight, and the symbol is that forced mask's symbol.
    void automaticMaskIsAValidChoice()
    {
        const QByteArray url = "https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH";
        const auto automatic = QrCode::encode(url);
        QVERIFY(automatic);
        QVERIFY(automatic->mask() >= 0 && automatic->mask() <= 7);
        const auto forced = QrCode::encode(url, QrCode::Ecc::Medium, 1, automatic->mask());
        QVERIFY(forced);
        QCOMPARE(*automatic, *forced);
    }

    void capacityLimits()
    {
        // Version 40-L holds 2953 bytes, not one more.
        const auto largest = QrCode::encode(QByteArray(2953, 'x'), QrCode::Ecc::Low);
        QVERIFY(largest);
        QCOMPARE(largest->version(), 40);
        QVERIFY(!QrCode::encode(QByteArray(2954, 'x'), QrCode::Ecc::Low));
        // Version 1-M holds 14 bytes.
        QCOMPARE(QrCode::encode(QByteArray(14, 'a'))->version(), 1);
        QCOMPARE(QrCode::encode(QByteArray(15, 'a'))->version(), 2);
        // Empty data is a valid symbol.
        QCOMPARE(QrCode::encode(QByteArray())->version(), 1);
    }

    void modulesOutsideAreLight()
    {
        const auto code = QrCode::encodeText(u"chatvox"_s);
        QVERIFY(code);
        QVERIFY(code->module(0, 0)); // finder corner
        QVERIFY(!code->module(-1, 0));
        QVERIFY(!code->module(code->size(), 0));
        QVERIFY(!QrCode().module(0, 0));
        QVERIFY(QrCode().isNull());
    }
};

QTEST_GUILESS_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
