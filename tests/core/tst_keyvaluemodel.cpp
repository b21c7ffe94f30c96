// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/keyvaluemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether::core;

class TestKeyValueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingInTheBlankRowAddsAnEntry()
    {
        KeyValueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &KeyValueModel::entriesEdited);
        QCOMPARE(model.rowCount(), 1); // the blank row
        QVERIFY(model.setData(model.index(0, KeyValueModel::NameColumn), u"Accept"_s));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(model.index(0, KeyValueModel::ValueColumn), u"application/json"_s));
        QCOMPARE(model.entries(), (KeyValueList{{u"Accept"_s, u"application/json"_s, true}}));
        QVERIFY(!model.setData(model.index(1, KeyValueModel::NameColumn),
                               QString())); // empty: nothing
        QCOMPARE(edited.size(), 2);
    }

    void checkboxDisables()
    {
        KeyValueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{u"a"_s, u"1"_s, true}, {u"b"_s, u"2"_s, true}});
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.enabledCount(), 1);
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.entries(), (KeyValueList{{u"b"_s, u"2"_s, false}}));
        QVERIFY(!model.removeRows(1, 1)); // the blank row cannot be removed
    }

    void readOnlyHasNoBlankRow()
    {
        KeyValueModel model(false);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{u"Server"_s, u"nginx"_s, true}});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 1), u"x"_s));
    }

    void fixedNamesEditOnlyValues()
    {
        KeyValueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFixedNames(true);
        model.setEntries({{u"id"_s, QString(), true}});
        QCOMPARE(model.rowCount(), 1); // no blank row
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(!model.data(model.index(0, 0), Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(model.index(0, 0), u"other"_s));
        QVERIFY(!model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, 1), u"42"_s));
        QVERIFY(!model.removeRows(0, 1));
        QCOMPARE(model.entries(), (KeyValueList{{u"id"_s, u"42"_s, true}}));
    }
};

QTEST_MAIN(TestKeyValueModel)
#include "tst_keyvaluemodel.moc"
