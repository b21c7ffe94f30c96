// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Tether's own gzip/deflate decoding: every framing servers use, fed in any pieces.
#include "net/contentdecoder.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestContentDecoder : public QObject
{
    Q_OBJECT

    static QByteArray gzip(const QByteArray &data)
    {
        QProcess process;
        process.start(u"gzip"_s, {u"-c"_s});
        process.write(data);
        process.closeWriteChannel();
        process.waitForFinished(10000);
        return process.readAllStandardOutput();
    }
    static QByteArray zlibStream(const QByteArray &data) { return qCompress(data).mid(4); }
    static QByteArray rawDeflate(const QByteArray &data)
    {
        const QByteArray z = zlibStream(data);
        return z.mid(2, z.size() - 6); // no zlib header, no Adler-32
    }
    static QByteArray sample()
    {
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += "{\"id\":" + QByteArray::number(i) + ",\"ok\":true}\n";
        return text;
    }
    // Feeds the bytes in pieces of `step`; returns what came out, or a null array on error.
    static QByteArray decode(const QByteArray &encoding, const QByteArray &bytes, int step,
                             bool *clean = nullptr)
    {
        auto decoder = net::ContentDecoder::forEncoding(encoding);
        if (!decoder)
            return {};
        QByteArray out = ""_ba;
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            const bool ok = decoder->feed(
                    QByteArrayView(bytes).sliced(at, qMin<qsizetype>(step, bytes.size() - at)),
                    [&](QByteArrayView d) {
                        out += d;
                        return true;
                    });
            if (!ok)
                return {};
        }
        if (clean)
            *clean = decoder->finishedCleanly();
        return out;
    }

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray text = sample();
        QTest::newRow("gzip") << "gzip"_ba << gzip(text) << text;
        QTest::newRow("x-gzip") << "x-gzip"_ba << gzip(text) << text;
        QTest::newRow("two gzip members")
                << "gzip"_ba << gzip("one ") + gzip("two") << "one two"_ba;
        QTest::newRow("gzip, then padding")
                << "gzip"_ba << gzip(text) + QByteArray(16, '\0') << text;
        QTest::newRow("deflate (zlib)") << " Deflate"_ba << zlibStream(text) << text;
        QTest::newRow("deflate (raw)") << "deflate"_ba << rawDeflate(text) << text;
    }

    void decodes()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        for (int step : {1, 7, 4096, int(bytes.size())}) {
            bool clean = false;
            QCOMPARE(decode(encoding, bytes, step, &clean), expected);
            QVERIFY(clean);
        }
    }

    void corruptAndCutShort()
    {
        QByteArray corrupt = gzip(sample());
        corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x55);
        QVERIFY(decode("gzip"_ba, corrupt, 512).isNull());
        QVERIFY(decode("gzip"_ba, "not gzip at all, not at all"_ba, 512).isNull());
        const QByteArray whole = gzip(sample());
        bool clean = true;
        const QByteArray part = decode("gzip"_ba, whole.left(whole.size() / 2), 512, &clean);
        QVERIFY(!part.isNull());
        QVERIFY(!clean); // the caller reports a body that ended mid-stream
    }

    void onlyWhatItCanDecode()
    {
        QVERIFY(!net::ContentDecoder::forEncoding("identity"));
        QVERIFY(!net::ContentDecoder::forEncoding("br")); // never asked for
        QVERIFY(!net::ContentDecoder::forEncoding({}));
        QCOMPARE(net::ContentDecoder::acceptEncoding(), "gzip, deflate"_ba);
    }

    void refusingSinkStops()
    {
        auto decoder = net::ContentDecoder::forEncoding("gzip");
        QVERIFY(!decoder->feed(gzip(sample()), [](QByteArrayView) { return false; }));
    }
};

QTEST_APPLESS_MAIN(TestContentDecoder)
#include "tst_contentdecoder.moc"
