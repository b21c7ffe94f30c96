// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The import summary names every local file the imported requests will upload.
#include "testdirs.h"

#include "collections/importdialog.h"
#include "formats/importer.h"
#include "formats/importresult.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDialogListsTheFilesItReads()
    {
        QTemporaryDir dir;
        const QString bruno = dir.filePath(u"bruno"_s);
        QVERIFY(QDir().mkpath(bruno + u"/data"_s));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(bruno + u"/bruno.json"_s, R"({"version":"1","name":"B","type":"collection"})");
        write(bruno + u"/data/a.txt"_s, "a\n");
        write(bruno + u"/upload.bru"_s,
              "meta {\n  name: upload\n  type: http\n  seq: 1\n}\n\npost {\n  url: "
              "http://127.0.0.1/post\n  body: multipartForm\n}\n\nbody:multipart-form {\n"
              "  file: @file(data/a.txt)\n  other: @file(/etc/hostname)\n}\n");
        auto imported = formats::Importer::importPath(bruno);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        ui::ImportDialog dialog(imported.value(), bruno, {}, {});
        auto *files = dialog.findChild<QListWidget *>(u"importFilesRead"_s);
        QVERIFY(files);
        QVERIFY(!files->isHidden());
        QCOMPARE(files->count(), 2);
        QCOMPARE(files->item(0)->text(), QDir::toNativeSeparators(bruno + u"/data/a.txt"_s));
        QCOMPARE(files->item(1)->text(), u"/etc/hostname"_s);

        write(bruno + u"/upload.bru"_s,
              "meta {\n  name: upload\n  type: http\n  seq: 1\n}\n\nget {\n  url: "
              "http://127.0.0.1/get\n}\n");
        auto plain = formats::Importer::importPath(bruno);
        QVERIFY(plain);
        ui::ImportDialog noFiles(plain.value(), bruno, {}, {});
        QVERIFY(noFiles.findChild<QListWidget *>(u"importFilesRead"_s)->isHidden());
    }

    void anEnvironmentAloneJoinsAnOpenCollection()
    {
        auto imported = formats::Importer::importPath(
                testsupport::corpus(u"postman/restful-booker.postman_environment.json"_s));
        QVERIFY(imported);
        QCOMPARE(imported.value().requestCount(), 0);
        const QStringList open{u"/c/one"_s, u"/c/two"_s};
        // Into the collection the user is in, else the first open one; a new collection only
        // when none is open.
        QCOMPARE(ui::ImportDialog::defaultTarget(imported.value(), open, u"/c/two"_s), u"/c/two"_s);
        QCOMPARE(ui::ImportDialog::defaultTarget(imported.value(), open, {}), u"/c/one"_s);
        QVERIFY(ui::ImportDialog::defaultTarget(imported.value(), {}, {})
                        .endsWith(u"/APIproject1"_s));

        ui::ImportDialog dialog(imported.value(), u"env.json"_s, open, u"/c/two"_s);
        QCOMPARE(dialog.targetDir(), u"/c/two"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"importHint"_s)->text().contains(u"environments"_s));

        // A collection with requests still becomes a new collection by default.
        auto booker = formats::Importer::importPath(
                testsupport::corpus(u"postman/restful-booker.postman_collection.json"_s));
        QVERIFY(booker);
        ui::ImportDialog collection(booker.value(), u"c.json"_s, open, u"/c/two"_s);
        QVERIFY(!open.contains(collection.targetDir()));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
