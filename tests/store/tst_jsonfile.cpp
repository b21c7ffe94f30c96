// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The JSON files collections are made of: deterministic output, parse errors that name the
// place, and writes that either land whole or leave the old file and say why.
#include "failingdevice.h"

#include "store/jsonfile.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tether;

class TestJsonFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputIsSortedIndentedAndEndsWithANewline()
    {
        const QJsonObject object{{u"z"_s, 1}, {u"a"_s, QJsonArray{u"x"_s, true}}};
        QCOMPARE(store::JsonFile::format(object),
                 "{\n  \"a\": [\n    \"x\",\n    true\n  ],\n  \"z\": 1\n}\n"_ba);
    }

    void parseErrorsNameFileLineAndColumn()
    {
        const auto parsed = store::JsonFile::parse("{\n  \"a\": 1,\n  oops\n}\n", u"/c/x.json"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"parse-error"_s);
        QVERIFY2(parsed.error().message.startsWith(u"/c/x.json:3:"_s),
                 qPrintable(parsed.error().message));
        const auto array = store::JsonFile::parse("[1]", u"/c/y.json"_s);
        QVERIFY(!array);
        QVERIFY(array.error().message.startsWith(u"/c/y.json:1:1:"_s));
    }

    void aFailingDeviceIsReportedWithThePath()
    {
        testsupport::FailingDevice device(5);
        const auto written
                = store::JsonFile::writeTo(device, u"/c/request.json"_s, {{u"name"_s, u"one"_s}});
        QVERIFY(!written);
        QCOMPARE(written.error().code, u"write-failed"_s);
        QCOMPARE(written.error().message, u"Cannot write /c/request.json: the disk is full"_s);
        QCOMPARE(device.written(), "{\n  \""_ba);
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/request.json"_s);
        QVERIFY(store::JsonFile::write(path, {{u"name"_s, u"first"_s}}).ok());
        const QByteArray first = store::JsonFile::format({{u"name"_s, u"first"_s}});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
        file.close();
        // The folder read-only: QSaveFile cannot make its temporary file, nothing is replaced.
        // (root ignores permissions, so this half is checked only for other users.)
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(dir.filePath(u"sub"_s),
                                          QFile::ReadOwner | QFile::ExeOwner));
            const auto second = store::JsonFile::write(path, {{u"name"_s, u"second"_s}});
            QVERIFY(!second);
            QVERIFY(second.error().message.contains(path));
            QVERIFY(QFile::setPermissions(dir.filePath(u"sub"_s),
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), first);
        }
        QVERIFY(store::JsonFile::write(path, {{u"name"_s, u"second"_s}}).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), store::JsonFile::format({{u"name"_s, u"second"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
