// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// The Runner's result table under QAbstractItemModelTester: rows appended as results arrive,
// failures counted and marked, cleared between runs.
#include "run/runresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;
using run::RunResultsModel;

class TestRunResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsArriveFailuresAreCountedAndMarked()
    {
        RunResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        run::RequestResult ok;
        ok.name = u"list"_s;
        ok.path = u"users/list"_s;
        ok.method = u"GET"_s;
        ok.status = 200;
        ok.iteration = 1;
        run::RequestResult failed = ok;
        failed.name = u"create"_s;
        failed.path = u"users/create"_s;
        failed.status = 0;
        failed.error = u"Connection refused"_s;
        failed.errorCode = u"connection-refused"_s;
        model.append(ok);
        model.append(failed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.failures(), 1);
        QVERIFY(model.index(0, 0).data(RunResultsModel::PassedRole).toBool());
        QVERIFY(!model.index(1, 0).data(RunResultsModel::PassedRole).toBool());
        QCOMPARE(model.index(1, RunResultsModel::RequestColumn).data().toString(),
                 u"users/create"_s);
        QCOMPARE(model.index(1, RunResultsModel::StatusColumn).data().toString(), u"error"_s);
        QCOMPARE(model.index(0, RunResultsModel::IterationColumn).data().toInt(), 2);
        QVERIFY2(model.index(1, RunResultsModel::ChecksColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .contains(u"Connection refused"_s),
                 qPrintable(model.index(1, RunResultsModel::ChecksColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString()));
        QCOMPARE(model.result(1).name, u"create"_s);
        // An "ambiguous" badge says why, where it is shown.
        run::RequestResult overlapped = ok;
        overlapped.verdict = net::ConnectionVerdict::Ambiguous;
        model.append(overlapped);
        QCOMPARE(model.index(2, RunResultsModel::ConnectionColumn).data().toString(),
                 u"ambiguous"_s);
        const QString why = model.index(2, RunResultsModel::ConnectionColumn)
                                    .data(Qt::ToolTipRole)
                                    .toString();
        QVERIFY2(why.contains(u"in flight"_s) && why.contains(u"totals"_s), qPrintable(why));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.failures(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunResultsModel)
#include "tst_runresultsmodel.moc"
