// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// A response body in memory or spilled to a temporary file, and its copy to a device that may
// fail (send -o, a report): the failure is reported with the device's reason, never as success.
#include "failingdevice.h"

#include "net/responsebody.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tether;

class TestResponseBody : public QObject
{
    Q_OBJECT

    static QByteArray pattern(qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char('a' + i % 26);
        return bytes;
    }

private Q_SLOTS:
    void staysInMemoryUpToItsCap()
    {
        net::ResponseBody body(16);
        QVERIFY(body.append("0123456789"));
        QVERIFY(body.append("abcdef"));
        QVERIFY(!body.spilledToFile());
        QCOMPARE(body.read(), "0123456789abcdef"_ba);
        QVERIFY(body.append("!"));
        QVERIFY(body.spilledToFile());
        QVERIFY(QFile::exists(body.filePath()));
        QCOMPARE(body.size(), qint64(17));
        QCOMPARE(body.read(), "0123456789abcdef!"_ba);
        QCOMPARE(body.read(4), "0123"_ba);
    }

    // What the recorder reads straight into memory counts like appended bytes; a read that
    // would pass the cap is refused (-1) and goes through append, which spills.
    void readsInPlaceUntilTheCap()
    {
        net::ResponseBody body(16);
        body.reserve(1 << 20); // beyond the cap: ignored
        body.reserve(12);
        auto reader = [](QByteArray text) {
            return [text](char *to) {
                std::copy(text.cbegin(), text.cend(), to);
                return qint64(text.size());
            };
        };
        QCOMPARE(body.appendInPlace(10, reader("0123456789")), qint64(10));
        // A short read keeps only what was read.
        QCOMPARE(body.appendInPlace(6, reader("abc")), qint64(3));
        QCOMPARE(body.size(), qint64(13));
        QCOMPARE(body.read(), "0123456789abc"_ba);
        QCOMPARE(body.appendInPlace(4, reader("defg")), qint64(-1));
        QCOMPARE(body.size(), qint64(13));
        QVERIFY(body.append("defg"));
        QVERIFY(body.spilledToFile());
        QCOMPARE(body.appendInPlace(1, reader("h")), qint64(-1)); // in a file now
        QCOMPARE(body.read(), "0123456789abcdefg"_ba);
    }

    void copiesWholeToAWorkingDevice_data()
    {
        QTest::addColumn<qint64>("memoryCap");
        QTest::newRow("in memory") << qint64(8 << 20);
        QTest::newRow("spilled to a file") << qint64(1024);
    }
    void copiesWholeToAWorkingDevice()
    {
        QFETCH(qint64, memoryCap);
        const QByteArray bytes = pattern(3 * (1 << 20) + 17); // more than one 1 MiB chunk
        net::ResponseBody body(memoryCap);
        QVERIFY(body.append(bytes));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        const auto copied = body.writeTo(&out);
        QVERIFY(copied.ok());
        QCOMPARE(out.data(), bytes);
    }

    void aFailingDeviceIsAFailure_data()
    {
        QTest::addColumn<qint64>("memoryCap");
        QTest::addColumn<qint64>("failAfter");
        QTest::newRow("in memory, first chunk") << qint64(8 << 20) << qint64(100);
        QTest::newRow("in memory, third chunk") << qint64(8 << 20) << qint64(2 * (1 << 20) + 5);
        QTest::newRow("spilled, first chunk") << qint64(1024) << qint64(100);
        QTest::newRow("spilled, third chunk") << qint64(1024) << qint64(2 * (1 << 20) + 5);
        QTest::newRow("spilled, one byte short") << qint64(1024) << qint64(3 * (1 << 20) + 16);
    }
    void aFailingDeviceIsAFailure()
    {
        QFETCH(qint64, memoryCap);
        QFETCH(qint64, failAfter);
        const QByteArray bytes = pattern(3 * (1 << 20) + 17);
        net::ResponseBody body(memoryCap);
        QVERIFY(body.append(bytes));
        testsupport::FailingDevice device(failAfter);
        const auto copied = body.writeTo(&device);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, u"write-failed"_s);
        QVERIFY2(copied.error().message.contains(u"the disk is full"_s),
                 qPrintable(copied.error().message));
        // What went out before the failure is the body's start, byte for byte.
        QCOMPARE(device.written(), bytes.left(failAfter));
    }
};

QTEST_GUILESS_MAIN(TestResponseBody)
#include "tst_responsebody.moc"
