// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The Variables dialog's table under QAbstractItemModelTester: a blank row grows the list, a
// secret's value is never shown or written to the file, only newly typed secrets are stored.
#include "store/variablelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using store::VariableListModel;

class TestVariableListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editingGrowsTheListAndKeepsSecretsOut()
    {
        VariableListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({{u"host"_s, u"127.0.0.1"_s}, {u"token"_s, QString(), true, true}});
        QCOMPARE(model.rowCount(), 3); // two and the blank row
        QCOMPARE(model.index(0, VariableListModel::ValueColumn).data().toString(), u"127.0.0.1"_s);
        QCOMPARE(model.index(1, VariableListModel::ValueColumn).data().toString(),
                 u"•••• (in keychain)"_s);
        QVERIFY(!model.index(1, VariableListModel::ValueColumn).data(Qt::EditRole).isValid());

        // Typing a name into the blank row adds a variable and a new blank row.
        QVERIFY(model.setData(model.index(2, VariableListModel::NameColumn), u" user{id} "_s));
        QCOMPARE(model.rowCount(), 4);
        // Trimmed, and without braces, so that {{…}} can refer to it.
        QCOMPARE(model.index(2, VariableListModel::NameColumn).data().toString(), u"user(id)"_s);
        QVERIFY(model.setData(model.index(2, VariableListModel::ValueColumn), u"42"_s));
        QVERIFY(!model.setData(model.index(3, VariableListModel::ValueColumn), QString()));

        // A new secret value: shown as new, kept out of the file, handed to the keychain.
        QVERIFY(model.setData(model.index(1, VariableListModel::ValueColumn), u"s3cret"_s));
        QCOMPARE(model.index(1, VariableListModel::ValueColumn).data().toString(), u"•••• (new)"_s);
        const QList<core::Variable> written = model.variables();
        QCOMPARE(written.size(), 3);
        QCOMPARE(written.at(1).name, u"token"_s);
        QVERIFY(written.at(1).value.isEmpty());
        const QList<core::Variable> secrets = model.changedSecrets();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().value, u"s3cret"_s);

        // Marking a plain variable secret moves its value to the keychain too.
        QVERIFY(model.setData(model.index(0, VariableListModel::SecretColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(model.changedSecrets().size(), 2);
        QVERIFY(model.variables().first().value.isEmpty());

        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.removeRows(2, 1)); // the blank row stays
    }
};

QTEST_GUILESS_MAIN(TestVariableListModel)
#include "tst_variablelistmodel.moc"
