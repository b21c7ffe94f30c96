// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "run/runner.h"
#include "run/runresult.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QPlainTextEdit;

namespace tether::run {
class KeepAliveProbe;
class Runner;
class RunResultsModel;
} // namespace tether::run
namespace tether::net {
class ConnectionLifetimesModel;
}
namespace tether::store {
class Workspace;
}

namespace tether::workbench {
class HistoryRecorder;
}

namespace tether::ui {

class LatencyChart;

// Runs collections and folders, compares keep-alive on/off, and probes a server's keep-alive.
class RunnerView : public QDialog
{
    Q_OBJECT
public:
    RunnerView(store::Workspace *workspace, workbench::HistoryRecorder *historyRecorder,
               QWidget *parent = nullptr);

    // The collection to run, and the environment the window sends with (when it has it).
    // The Run tab's collection, environment and folder ("" = the whole collection).
    void setCollection(const QString &dir, const QString &environment = {},
                       const QString &folder = {});
    void startRun();
    void startComparison();
    void startProbe();
    void cancel();
    bool isBusy() const { return m_runner != nullptr; }
    run::RunResultsModel *results() const { return m_results; }
    const run::RunSummary &lastSummary() const { return m_last; }
    QString comparisonText() const;
    QString probeText() const;

Q_SIGNALS:
    void runFinished(const tether::run::RunSummary &summary);
    void comparisonFinished();
    void probeFinished();
    // A result row was opened: its saved request, to show in the editor.
    void openRequestRequested(const QString &collectionDir, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openResult(const QModelIndex &index);
    QWidget *createRunTab();
    QWidget *createComparisonTab();
    QWidget *createProbeTab();
    void fillCollections();
    void fillFolders();
    // One run of the Run tab's collection, folder and environment with these numbers; its
    // progress and counts go to the tab that started it.
    struct Launch
    {
        bool keepAlive = true;
        int iterations = 1;
        int concurrency = 1;
        int delayMs = 0;
        QProgressBar *progress = nullptr;
        QLabel *counts = nullptr;
    };
    bool launch(const Launch &how, std::function<void(const run::RunSummary &)> done);
    void updateBudgets();
    void exportReport(const QString &kind);
    void setBusy(bool busy);
    void restoreRunSettings();
    void saveRunSettings() const;

    store::Workspace *m_workspace;
    workbench::HistoryRecorder *m_historyRecorder;
    QComboBox *m_collection;
    QComboBox *m_folder;
    QComboBox *m_environment;
    QSpinBox *m_iterations;
    QSpinBox *m_concurrency;
    QSpinBox *m_delay;
    QLineEdit *m_dataFile;
    QCheckBox *m_keepAlive;
    QCheckBox *m_bail;
    QCheckBox *m_allowOutsideFiles;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QTableView *m_table;
    LatencyChart *m_chart;
    net::ConnectionLifetimesModel *m_runLifetimes = nullptr;
    QLabel *m_origins;
    QLabel *m_comparison;
    LatencyChart *m_comparisonChart;
    QSpinBox *m_compareIterations;
    QSpinBox *m_compareConcurrency;
    QLabel *m_compareBudget;
    QPushButton *m_compareStart;
    QPushButton *m_compareCancel;
    QProgressBar *m_compareProgress;
    QLineEdit *m_probeUrl;
    QSpinBox *m_probeWait;
    QSpinBox *m_probeLimit;
    QLabel *m_probeBudget;
    QPushButton *m_probeStart;
    QPushButton *m_probeCancel;
    QPlainTextEdit *m_probeResult;
    QPointer<run::KeepAliveProbe> m_probe;
    run::RunResultsModel *m_results;
    QPointer<run::Runner> m_runner;
    run::RunSummary m_last;
    QList<run::RunSummary> m_compared;
};

} // namespace tether::ui
