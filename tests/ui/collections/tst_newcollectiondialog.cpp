// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// New collection: a name and a folder to put it in; its own folder need not exist yet.
#include "testdirs.h"

#include "collections/newcollectiondialog.h"
#include "store/collectionstore.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestNewCollectionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { testsupport::useOwnUserDirs(m_home); }

    void createsItsFolderWhereverAsked()
    {
        QTemporaryDir dir;
        const QString location = dir.filePath(u"not/there/yet"_s);
        ui::NewCollectionDialog dialog(location);
        auto *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled()); // no name yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"newCollectionName"_s),
                         u"Payments: API?"_s);
        QVERIFY(create->isEnabled());
        // Named after the collection, safe as a file name on every system.
        QCOMPARE(dialog.directory(), location + u"/Payments- API-"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"newCollectionTarget"_s)
                        ->text()
                        .startsWith(u"Creates "_s));

        store::Workspace workspace;
        auto created = workspace.newCollection(dialog.directory(), dialog.name());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto loaded = store::CollectionStore::load(dialog.directory());
        QVERIFY(loaded);
        QCOMPARE(loaded.value().name, u"Payments: API?"_s);

        // The same name again: that collection is opened, and the dialog says so.
        ui::NewCollectionDialog again(location);
        QTest::keyClicks(again.findChild<QLineEdit *>(u"newCollectionName"_s), u"Payments: API?"_s);
        QVERIFY(again.findChild<QLabel *>(u"newCollectionTarget"_s)
                        ->text()
                        .contains(u"already holds a collection"_s));

        // A file in the way: nothing to create.
        QFile file(dir.filePath(u"taken"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ui::NewCollectionDialog blocked(dir.path());
        QTest::keyClicks(blocked.findChild<QLineEdit *>(u"newCollectionName"_s), u"taken"_s);
        QVERIFY(!blocked.findChild<QDialogButtonBox *>()
                         ->button(QDialogButtonBox::Ok)
                         ->isEnabled());
    }
};

QTEST_MAIN(TestNewCollectionDialog)
#include "tst_newcollectiondialog.moc"
