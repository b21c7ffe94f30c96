// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "runner/runnerview.h"
#include "runner/latencychart.h"
#include "workbench/dispatcher.h"
#include "workbench/historyrecorder.h"

#include "core/counted.h"

#include "net/session.h"
#include "run/datafile.h"
#include "run/keepaliveprobe.h"
#include "run/runner.h"
#include "run/runreport.h"
#include "run/runresultsmodel.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/historystore.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>

#include "connections/swimlanesview.h"
#include "net/connectionledger.h"
#include "net/connectionlifetimesmodel.h"
#include "net/session.h"
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

RunnerView::RunnerView(store::Workspace *workspace, workbench::HistoryRecorder *historyRecorder,
                       QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_historyRecorder(historyRecorder),
      m_results(new run::RunResultsModel(this))
{
    setObjectName(u"runnerView"_s);
    setWindowTitle(tr("Runner"));
    resize(980, 720);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createRunTab(), tr("Run"));
    tabs->addTab(createComparisonTab(), tr("Keep-alive comparison"));
    tabs->addTab(createProbeTab(), tr("Keep-alive probe"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    fillCollections();
    connect(m_folder, &QComboBox::currentIndexChanged, this, &RunnerView::updateBudgets);
    updateBudgets();
}

QWidget *RunnerView::createRunTab()
{
    auto *page = new QWidget(this);
    m_collection = new QComboBox(page);
    m_collection->setObjectName(u"runCollection"_s);
    m_folder = new QComboBox(page);
    m_folder->setObjectName(u"runFolder"_s);
    m_environment = new QComboBox(page);
    m_environment->setObjectName(u"runEnvironment"_s);
    m_iterations = new QSpinBox(page);
    m_iterations->setObjectName(u"runIterations"_s);
    m_iterations->setRange(1, 1000000);
    m_concurrency = new QSpinBox(page);
    m_concurrency->setObjectName(u"runConcurrency"_s);
    m_concurrency->setRange(1, 256);
    m_delay = new QSpinBox(page);
    m_delay->setObjectName(u"runDelay"_s);
    m_delay->setRange(0, 600000);
    m_delay->setSuffix(tr(" ms"));
    m_dataFile = new QLineEdit(page);
    m_dataFile->setPlaceholderText(
            tr("optional CSV or JSON: each row is one iteration's variables"));
    auto *browse = new QPushButton(tr("Choose…"), page);
    m_keepAlive = new QCheckBox(tr("Keep-alive"), page);
    m_keepAlive->setChecked(true);
    m_bail = new QCheckBox(tr("Stop at the first failure"), page);
    // Off by default: a collection from elsewhere must not upload the user's files unasked.
    m_allowOutsideFiles = new QCheckBox(tr("Allow files outside the collection"), page);
    m_allowOutsideFiles->setObjectName(u"runAllowOutsideFiles"_s);
    m_allowOutsideFiles->setToolTip(
            tr("Let requests upload body files that lie outside the collection folder"));
    m_start = new QPushButton(tr("Run"), page);
    m_start->setObjectName(u"runStart"_s);
    m_start->setDefault(true); // Enter runs
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(u"runCancel"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(page);
    m_counts = new QLabel(page);
    m_counts->setObjectName(u"runCounts"_s);
    m_table = new QTableView(page);
    m_table->setObjectName(u"runResults"_s);
    m_table->setModel(m_results);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->resizeSection(run::RunResultsModel::RequestColumn, 220);
    m_chart = new LatencyChart(page);
    m_origins = new QLabel(page);
    m_origins->setObjectName(u"runOrigins"_s);
    m_origins->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Collection"), m_collection);
    form->addRow(tr("Folder"), m_folder);
    form->addRow(tr("Environment"), m_environment);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Iterations"), page));
    numbers->addWidget(m_iterations);
    numbers->addWidget(new QLabel(tr("Concurrency"), page));
    numbers->addWidget(m_concurrency);
    numbers->addWidget(new QLabel(tr("Delay"), page));
    numbers->addWidget(m_delay);
    numbers->addWidget(m_keepAlive);
    numbers->addWidget(m_bail);
    numbers->addStretch();
    form->addRow(numbers);
    auto *data = new QHBoxLayout;
    data->addWidget(m_dataFile);
    data->addWidget(browse);
    data->addWidget(m_allowOutsideFiles);
    form->addRow(tr("Data file"), data);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_counts);
    auto *exports = new QHBoxLayout;
    for (const QString &kind : {u"json"_s, u"junit"_s, u"html"_s}) {
        auto *button = new QPushButton(tr("Export %1…").arg(kind.toUpper()), page);
        connect(button, &QPushButton::clicked, this, [this, kind] { exportReport(kind); });
        exports->addWidget(button);
    }
    exports->addStretch();
    m_runLifetimes = new net::ConnectionLifetimesModel(this);
    auto *lanes = new SwimlanesView(m_runLifetimes, page);
    lanes->setObjectName(u"runSwimlanes"_s);
    auto *below = new QTabWidget(page);
    below->setObjectName(u"runBelowTabs"_s);
    below->addTab(m_chart, tr("Latency"));
    below->addTab(lanes, tr("Connections"));
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_table);
    splitter->addWidget(below);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_origins);
    layout->addLayout(exports);

    connect(m_collection, &QComboBox::currentIndexChanged, this, &RunnerView::fillFolders);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Data file"), {},
                                                          tr("Data (*.csv *.json)"));
        if (!path.isEmpty())
            m_dataFile->setText(path);
    });
    connect(m_start, &QPushButton::clicked, this, &RunnerView::startRun);
    connect(m_cancel, &QPushButton::clicked, this, &RunnerView::cancel);
    m_table->setToolTip(tr("Double-click a row to open its request"));
    connect(m_table, &QTableView::doubleClicked, this, &RunnerView::openResult);
    // Enter on a row opens it; the view passes Enter on, which would press Run (the default).
    m_table->installEventFilter(this);
    restoreRunSettings();
    return page;
}

void RunnerView::openResult(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT openRequestRequested(m_collection->currentData().toString(),
                                    m_results->result(index.row()).path);
}

bool RunnerView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openResult(m_table->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// The Run tab's numbers and switches as last used, across restarts (not the data file: it may
// be gone, and a stale one would run rows nobody chose).
void RunnerView::restoreRunSettings()
{
    const QSettings settings;
    m_iterations->setValue(settings.value(u"runner/iterations"_s, 1).toInt());
    m_concurrency->setValue(settings.value(u"runner/concurrency"_s, 1).toInt());
    m_delay->setValue(settings.value(u"runner/delayMs"_s, 0).toInt());
    m_keepAlive->setChecked(settings.value(u"runner/keepAlive"_s, true).toBool());
    m_bail->setChecked(settings.value(u"runner/stopOnFailure"_s, false).toBool());
}

void RunnerView::saveRunSettings() const
{
    QSettings settings;
    settings.setValue(u"runner/iterations"_s, m_iterations->value());
    settings.setValue(u"runner/concurrency"_s, m_concurrency->value());
    settings.setValue(u"runner/delayMs"_s, m_delay->value());
    settings.setValue(u"runner/keepAlive"_s, m_keepAlive->isChecked());
    settings.setValue(u"runner/stopOnFailure"_s, m_bail->isChecked());
}

QWidget *RunnerView::createComparisonTab()
{
    auto *page = new QWidget(this);
    m_compareStart = new QPushButton(tr("Compare keep-alive on and off"), page);
    m_compareStart->setObjectName(u"compareStart"_s);
    m_compareCancel = new QPushButton(tr("Cancel"), page);
    m_compareCancel->setObjectName(u"compareCancel"_s);
    m_compareCancel->setEnabled(false);
    m_compareIterations = new QSpinBox(page);
    m_compareIterations->setObjectName(u"compareIterations"_s);
    m_compareIterations->setRange(1, 100000);
    m_compareIterations->setValue(QSettings().value(u"runner/compareIterations"_s, 20).toInt());
    m_compareConcurrency = new QSpinBox(page);
    m_compareConcurrency->setObjectName(u"compareConcurrency"_s);
    m_compareConcurrency->setRange(1, 256);
    m_compareConcurrency->setValue(QSettings().value(u"runner/compareConcurrency"_s, 1).toInt());
    m_compareBudget = new QLabel(page);
    m_compareBudget->setObjectName(u"compareBudget"_s);
    m_compareBudget->setWordWrap(true);
    m_compareProgress = new QProgressBar(page);
    m_comparison = new QLabel(tr("Runs the Run tab's collection, folder and environment twice, "
                                 "each on a fresh pool: once reusing connections, once opening "
                                 "one per request."),
                              page);
    m_comparison->setObjectName(u"comparisonText"_s);
    m_comparison->setWordWrap(true);
    m_comparison->setTextFormat(Qt::RichText);
    m_comparisonChart = new LatencyChart(page);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(new QLabel(tr("Iterations"), page));
    numbers->addWidget(m_compareIterations);
    numbers->addWidget(new QLabel(tr("Concurrency"), page));
    numbers->addWidget(m_compareConcurrency);
    numbers->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compareStart);
    buttons->addWidget(m_compareCancel);
    buttons->addWidget(m_compareProgress, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(numbers);
    layout->addWidget(m_compareBudget);
    layout->addLayout(buttons);
    layout->addWidget(m_comparison);
    layout->addWidget(m_comparisonChart, 1);
    connect(m_compareStart, &QPushButton::clicked, this, &RunnerView::startComparison);
    connect(m_compareCancel, &QPushButton::clicked, this, &RunnerView::cancel);
    for (QSpinBox *box : {m_compareIterations, m_compareConcurrency})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            QSettings settings;
            settings.setValue(u"runner/compareIterations"_s, m_compareIterations->value());
            settings.setValue(u"runner/compareConcurrency"_s, m_compareConcurrency->value());
            updateBudgets();
        });
    return page;
}

QWidget *RunnerView::createProbeTab()
{
    auto *page = new QWidget(this);
    m_probeUrl = new QLineEdit(page);
    m_probeUrl->setObjectName(u"probeUrl"_s);
    m_probeUrl->setPlaceholderText(u"https://api.example.test/health"_s);
    m_probeWait = new QSpinBox(page);
    m_probeWait->setObjectName(u"probeWait"_s);
    m_probeWait->setRange(1, 3600);
    m_probeWait->setValue(120);
    m_probeWait->setSuffix(tr(" s idle at most"));
    m_probeLimit = new QSpinBox(page);
    m_probeLimit->setObjectName(u"probeLimit"_s);
    m_probeLimit->setRange(2, 10000);
    m_probeLimit->setValue(100);
    m_probeLimit->setSuffix(tr(" requests on one connection at most"));
    m_probeBudget = new QLabel(page);
    m_probeBudget->setObjectName(u"probeBudget"_s);
    m_probeBudget->setWordWrap(true);
    m_probeStart = new QPushButton(tr("Probe"), page);
    m_probeStart->setObjectName(u"probeStart"_s);
    m_probeCancel = new QPushButton(tr("Cancel"), page);
    m_probeCancel->setObjectName(u"probeCancel"_s);
    m_probeCancel->setEnabled(false);
    m_probeResult = new QPlainTextEdit(page);
    m_probeResult->setObjectName(u"probeResult"_s);
    m_probeResult->setReadOnly(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_probeUrl, 1);
    row->addWidget(m_probeStart);
    row->addWidget(m_probeCancel);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_probeWait);
    limits->addWidget(m_probeLimit);
    limits->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("How long does the server keep an idle connection, and how "
                                    "many requests does it serve on one? (Takes about twice the "
                                    "idle timeout.)"),
                                 page));
    layout->addLayout(row);
    layout->addLayout(limits);
    layout->addWidget(m_probeBudget);
    layout->addWidget(m_probeResult, 1);
    connect(m_probeStart, &QPushButton::clicked, this, &RunnerView::startProbe);
    connect(m_probeCancel, &QPushButton::clicked, this, [this] {
        if (m_probe)
            m_probe->cancel();
    });
    for (QSpinBox *box : {m_probeWait, m_probeLimit})
        connect(box, &QSpinBox::valueChanged, this, &RunnerView::updateBudgets);
    return page;
}

void RunnerView::fillCollections()
{
    m_collection->clear();
    for (const QString &dir : m_workspace->collections()->collectionDirs())
        m_collection->addItem(m_workspace->collections()->collection(dir)->name, dir);
    fillFolders();
}

static void addFolders(QComboBox *combo, const core::CollectionFolder &folder)
{
    for (const core::CollectionFolder &child : folder.folders) {
        combo->addItem(child.path, child.path);
        addFolders(combo, child);
    }
}

void RunnerView::fillFolders()
{
    m_folder->clear();
    m_environment->clear();
    m_folder->addItem(tr("(whole collection)"), QString());
    m_environment->addItem(tr("No environment"), QString());
    const QString dir = m_collection->currentData().toString();
    if (const core::Collection *collection = m_workspace->collections()->collection(dir)) {
        addFolders(m_folder, collection->root);
        for (const QString &name : collection->environments)
            m_environment->addItem(name, name);
    }
}

void RunnerView::setCollection(const QString &dir, const QString &environment,
                               const QString &folder)
{
    fillCollections();
    m_collection->setCurrentIndex(qMax(0, m_collection->findData(dir)));
    if (!environment.isEmpty())
        m_environment->setCurrentIndex(qMax(0, m_environment->findData(environment)));
    m_folder->setCurrentIndex(qMax(0, m_folder->findData(folder)));
}

void RunnerView::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_compareStart->setEnabled(!busy);
    m_compareCancel->setEnabled(busy);
    m_probeStart->setEnabled(!busy);
}

// What a comparison or a probe will cost, said before it starts.
void RunnerView::updateBudgets()
{
    const QString dir = m_collection->currentData().toString();
    const core::Collection *collection = m_workspace->collections()->collection(dir);
    const core::CollectionFolder *folder
            = collection ? collection->findFolder(m_folder->currentData().toString()) : nullptr;
    const int requests = folder ? folder->requestCount() : 0;
    const int perRun = requests * m_compareIterations->value();
    m_compareBudget->setText(
            tr("Sends %1 twice (keep-alive on, then off, each on a fresh pool): %2 in all, %3 at "
               "a time, no delay.")
                    .arg(core::counted(perRun, tr("request"), tr("requests")))
                    .arg(2 * perRun)
                    .arg(m_compareConcurrency->value()));
    const int probeRequests
            = run::KeepAliveProbe::requestBudget(m_probeLimit->value(), m_probeWait->value());
    m_probeBudget->setText(
            tr("Sends at most %1 requests to this URL and takes up to about %2 "
               "(mostly waiting on idle connections).")
                    .arg(probeRequests)
                    .arg(QLocale().toString(run::KeepAliveProbe::secondsBudget(m_probeWait->value())
                                                    / 60.0,
                                            'f', 1)
                         + tr(" min")));
}

bool RunnerView::launch(const Launch &how, std::function<void(const run::RunSummary &)> done)
{
    const QString dir = m_collection->currentData().toString();
    const core::Collection *collection = m_workspace->collections()->collection(dir);
    if (!collection) {
        how.counts->setText(tr("Open a collection first."));
        return false;
    }
    run::RunOptions options;
    options.folder = m_folder->currentData().toString();
    options.environment = m_environment->currentData().toString();
    options.iterations = how.iterations;
    options.concurrency = how.concurrency;
    options.delayMs = how.delayMs;
    options.stopOnFailure = m_bail->isChecked();
    options.allowOutsideFiles = m_allowOutsideFiles->isChecked();
    options.settings.keepAlive = how.keepAlive;
    if (!m_dataFile->text().isEmpty()) {
        auto rows = run::DataFile::load(m_dataFile->text());
        if (!rows) {
            how.counts->setText(rows.error().message);
            return false;
        }
        options.data = rows.value();
    }
    m_results->clear();
    // A fresh session (its own pool) per run, read variables once; both go with the runner.
    auto *dispatcher = new workbench::Dispatcher(new net::Session, m_workspace->secretStore(),
                                                 workbench::Dispatcher::VariableReads::Once);
    dispatcher->session()->setParent(dispatcher);
    auto *runner = new run::Runner(*collection, options, dispatcher, this);
    dispatcher->setParent(runner);
    m_runner = runner;
    runner->session()->ledger()->setKeepRides(true); // for the Connections lanes
    m_historyRecorder->watch(runner->session(), store::HistoryStore::runnerSource);
    connect(runner, &run::Runner::resultReady, m_results, &run::RunResultsModel::append);
    connect(runner, &run::Runner::progressed, this, [how, runner](int finished, int total) {
        how.progress->setMaximum(total);
        how.progress->setValue(finished);
        // From the runner: the list keeps the details of a bounded number of results.
        how.counts->setText(tr("%1 passed, %2 failed")
                                    .arg(finished - runner->failedSoFar())
                                    .arg(runner->failedSoFar()));
    });
    connect(runner, &run::Runner::finished, this,
            [this, runner, done](const run::RunSummary &summary) {
                runner->deleteLater();
                m_runner = nullptr;
                done(summary);
            });
    auto started = runner->start();
    if (!started) {
        how.counts->setText(started.error().message);
        runner->deleteLater();
        m_runner = nullptr;
        return false;
    }
    if (m_runner != runner) // every request failed before it was sent: done already
        return true;
    how.progress->setMaximum(runner->totalPlanned());
    how.progress->setValue(0);
    setBusy(true);
    return true;
}

static QString originsText(const run::RunSummary &summary)
{
    QStringList lines;
    for (const net::OriginStats &origin : summary.origins)
        lines.append(run::RunReport::originLine(origin));
    return lines.join(u'\n');
}

void RunnerView::startRun()
{
    saveRunSettings();
    // Nothing of the previous run stays on screen while this one goes.
    m_chart->setRuns({}, {});
    m_origins->clear();
    m_runLifetimes->setLifetimes({}, 0);
    m_last = {};
    Launch how;
    how.keepAlive = m_keepAlive->isChecked();
    how.iterations = m_iterations->value();
    how.concurrency = m_concurrency->value();
    how.delayMs = m_delay->value();
    how.progress = m_progress;
    how.counts = m_counts;
    launch(how, [this](const run::RunSummary &summary) {
        m_last = summary;
        setBusy(false);
        m_counts->setText(
                tr("%1 passed, %2 failed · %3 req/s%4")
                        .arg(summary.passed())
                        .arg(summary.failed())
                        .arg(summary.requestsPerSecond(), 0, 'f', 1)
                        .arg((summary.cancelled ? tr(" · cancelled") : QString())
                             + (summary.omittedResults > 0
                                        ? tr(" · %1 more not listed").arg(summary.omittedResults)
                                        : QString())));
        m_chart->setRuns({summary},
                         {m_keepAlive->isChecked() ? tr("keep-alive on") : tr("keep-alive off")});
        m_origins->setText(originsText(summary));
        m_runLifetimes->setLifetimes(summary.lifetimes, summary.endedAtMs);
        Q_EMIT runFinished(summary);
    });
}

void RunnerView::startComparison()
{
    m_compared.clear();
    // Its own numbers, no delay: a delay would measure the server's idle timeout, not reuse.
    Launch how;
    how.iterations = m_compareIterations->value();
    how.concurrency = m_compareConcurrency->value();
    how.progress = m_compareProgress;
    how.counts = m_comparison;
    m_comparison->setText(tr("Keep-alive on…"));
    m_comparisonChart->setRuns({}, {});
    launch(how, [this, how](const run::RunSummary &on) mutable {
        m_compared.append(on);
        if (on.cancelled) {
            setBusy(false);
            m_comparison->setText(tr("Comparison cancelled."));
            return;
        }
        m_comparison->setText(tr("Keep-alive off…"));
        how.keepAlive = false;
        launch(how, [this](const run::RunSummary &off) {
            m_compared.append(off);
            setBusy(false);
            if (off.cancelled) {
                m_comparison->setText(tr("Comparison cancelled."));
                return;
            }
            const run::RunSummary &on = m_compared.first();
            const QJsonObject figures = run::RunReport::comparison(on, off);
            auto row = [](const QString &name, const QString &a, const QString &b) {
                return u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>"_s.arg(
                        name, a, b);
            };
            auto connections = [](const run::RunSummary &summary) {
                int opened = 0;
                for (const net::OriginStats &origin : summary.origins)
                    opened += origin.connectionsOpened();
                return QString::number(opened);
            };
            const QList<double> onTimes = on.allTimes();
            const QList<double> offTimes = off.allTimes();
            run::RequestStats onAll;
            onAll.times = onTimes;
            run::RequestStats offAll;
            offAll.times = offTimes;
            QString table
                    = u"<table cellspacing=6><tr><th></th><th>keep-alive on</th><th>off</th></tr>"_s;
            table += row(tr("requests per second"), QString::number(on.requestsPerSecond(), 'f', 1),
                         QString::number(off.requestsPerSecond(), 'f', 1));
            table += row(tr("mean ms"), QString::number(onAll.mean(), 'f', 2),
                         QString::number(offAll.mean(), 'f', 2));
            for (double p : {50.0, 90.0, 99.0})
                table += row(tr("p%1 ms").arg(p), QString::number(onAll.percentile(p), 'f', 2),
                             QString::number(offAll.percentile(p), 'f', 2));
            table += row(tr("connections opened"), connections(on), connections(off));
            table += u"</table>"_s;
            // On loopback a connect costs next to nothing: reuse may save nothing, and then the
            // headline says so instead of "saves -0.5 ms".
            const double saved = figures.value(u"timeSavedPerRequestMs"_s).toDouble();
            const QString headline = saved > 0
                    ? tr("Keep-alive saves %1 ms per request here").arg(saved, 0, 'f', 2)
                    : tr("Keep-alive saved no time per request here (%1 ms; connecting costs "
                         "next to nothing on this path)")
                              .arg(saved, 0, 'f', 2);
            m_comparison->setText(
                    tr("<b>%1; throughput ×%2.</b>%3")
                            .arg(headline)
                            .arg(figures.value(u"throughputRatio"_s).toDouble(), 0, 'f', 2)
                            .arg(table));
            m_comparisonChart->setRuns({on, off}, {tr("keep-alive on"), tr("off")});
            Q_EMIT comparisonFinished();
        });
    });
}

void RunnerView::startProbe()
{
    m_probeResult->setPlainText(tr("Probing… this takes about twice the idle timeout."));
    net::SessionSettings settings;
    run::KeepAliveProbe probe(m_probeUrl->text().trimmed(), m_probeWait->value(), settings);
    probe.setRequestLimit(m_probeLimit->value());
    m_probe = &probe;
    connect(&probe, &run::KeepAliveProbe::progressed, this, [this](const QString &step, int sent) {
        m_probeResult->setPlainText(
                tr("%1\n%2 sent so far.")
                        .arg(step, core::counted(sent, tr("request"), tr("requests"))));
    });
    m_probeStart->setEnabled(false);
    m_probeCancel->setEnabled(true);
    auto result = probe.run(); // a nested event loop: Cancel and the window stay live
    m_probe = nullptr;
    m_probeStart->setEnabled(!m_runner);
    m_probeCancel->setEnabled(false);
    if (!result) {
        m_probeResult->setPlainText(result.error().message);
    } else {
        QStringList lines{result.value().summary, QString()};
        for (const auto &[seconds, reused] : result.value().idleProbes)
            lines.append(tr("idle %1 s → %2")
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(reused ? tr("reused") : tr("new connection")));
        m_probeResult->setPlainText(lines.join(u'\n'));
    }
    Q_EMIT probeFinished();
}

void RunnerView::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

QString RunnerView::comparisonText() const
{
    return m_comparison->text();
}

QString RunnerView::probeText() const
{
    return m_probeResult->toPlainText();
}

void RunnerView::exportReport(const QString &kind)
{
    if (m_last.results.isEmpty())
        return;
    const QString suffix = kind == u"junit" ? u"xml"_s : kind;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      u"tether-run.%1"_s.arg(suffix));
    if (path.isEmpty())
        return;
    const QByteArray bytes = kind == u"json" ? QJsonDocument(run::RunReport::json(m_last)).toJson()
            : kind == u"junit"               ? run::RunReport::junit(m_last)
                                             : run::RunReport::html(m_last);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_counts->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace tether::ui
