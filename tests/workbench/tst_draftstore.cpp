// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Drafts of unsaved tabs: written whole or not at all, read back as written, and every failure
// (a file that cannot be written, removed or parsed) an error naming it rather than silence.
#include "workbench/draftstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReadsBack()
    {
        QTemporaryDir dir;
        const workbench::DraftStore store(dir.filePath(u"drafts.json"_s));
        auto none = store.read();
        QVERIFY(none);
        QVERIFY(none.value().isEmpty()); // no file: no drafts, no error

        workbench::Draft saved{u"/c/api"_s, u"users/list"_s, u"list"_s, u"users"_s, {}};
        saved.request.method = u"POST"_s;
        saved.request.url = u"http://127.0.0.1/{{id}}"_s;
        workbench::Draft fresh{{}, {}, u"Untitled"_s, {}, {}};
        fresh.request.url = u"http://[::1]/"_s;
        QVERIFY(store.write({saved, fresh}));
        auto read = store.read();
        QVERIFY(read);
        QCOMPARE(read.value().size(), 2);
        QCOMPARE(read.value().at(0).collectionDir, u"/c/api"_s);
        QCOMPARE(read.value().at(0).path, u"users/list"_s);
        QCOMPARE(read.value().at(0).folder, u"users"_s);
        QCOMPARE(read.value().at(0).request.method, u"POST"_s);
        QCOMPARE(read.value().at(0).request.url, u"http://127.0.0.1/{{id}}"_s);
        QCOMPARE(read.value().at(1).name, u"Untitled"_s);
        QCOMPARE(read.value().at(1).request.url, u"http://[::1]/"_s);

        QVERIFY(store.write({})); // nothing unsaved: the file goes
        QVERIFY(!QFile::exists(store.path()));
    }

    void failuresAreErrorsNamingTheFile()
    {
        QTemporaryDir dir;
        // A folder where the file should be: it can be neither written nor removed.
        const QString blocked = dir.filePath(u"blocked"_s);
        QVERIFY(QDir().mkpath(blocked + u"/inside"_s));
        const workbench::DraftStore store(blocked);
        workbench::Draft draft;
        draft.request.url = u"http://127.0.0.1/"_s;
        auto written = store.write({draft});
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(blocked), qPrintable(written.error().message));
        QVERIFY(!store.write({}));

        const QString broken = dir.filePath(u"broken.json"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"tabs\": [");
        file.close();
        auto read = workbench::DraftStore(broken).read();
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(u"broken.json"_s), qPrintable(read.error().message));
        QVERIFY(QFile::exists(broken)); // left for the user, not deleted
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
