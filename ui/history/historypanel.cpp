// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "history/historypanel.h"
#include "common/theme.h"

#include "store/historymodel.h"
#include "store/historystore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

HistoryPanel::HistoryPanel(store::HistoryModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_text(new QLineEdit(this)),
      m_method(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_origin(new QLineEdit(this)),
      m_source(new QComboBox(this)),
      m_runBar(new QWidget(this)),
      m_runText(new QLabel(m_runBar)),
      m_table(new QTableView(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"historyPanel"_s);
    m_text->setObjectName(u"historyFilter"_s);
    m_text->setPlaceholderText(tr("Filter URL or method"));
    m_text->setClearButtonEnabled(true);
    m_method->addItems({tr("Any method"), u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s,
                        u"HEAD"_s, u"OPTIONS"_s});
    m_status->addItems({tr("Any status"), u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s});
    m_origin->setPlaceholderText(tr("Origin, e.g. https://api.test:443"));
    m_source->setObjectName(u"historySource"_s);
    m_source->addItem(tr("Any sender"), QString());
    for (const QString &source : store::HistoryStore::sources())
        m_source->addItem(tr("From %1").arg(store::HistoryModel::sourceName(source)), source);
    m_runBar->setObjectName(u"historyRunBar"_s);
    auto *allHistory = new QPushButton(tr("← All history"), m_runBar);
    allHistory->setObjectName(u"historyAll"_s);
    m_runText->setWordWrap(true);
    auto *runLayout = new QHBoxLayout(m_runBar);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(allHistory);
    runLayout->addWidget(m_runText, 1);
    m_runBar->hide();
    connect(allHistory, &QPushButton::clicked, this, [this] { showRun({}); });
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::textStyle(Theme::error()));
    m_error->setVisible(!model->lastError().isEmpty());
    m_error->setText(model->lastError());

    auto *replay = new QPushButton(tr("Replay"), this);
    replay->setObjectName(u"historyReplay"_s);
    auto *save = new QPushButton(tr("Save to collection…"), this);
    save->setObjectName(u"historySave"_s);
    auto *exportHar = new QPushButton(tr("Export HAR…"), this);
    exportHar->setObjectName(u"historyExportHar"_s);
    exportHar->setToolTip(tr("The entries shown, as HAR 1.2 with Tether's timings and connection "
                             "flags"));
    auto *filters = new QGridLayout;
    filters->addWidget(m_text, 0, 0, 1, 2);
    filters->addWidget(m_method, 1, 0);
    filters->addWidget(m_status, 1, 1);
    filters->addWidget(m_origin, 2, 0, 1, 2);
    filters->addWidget(m_source, 3, 0, 1, 2);
    auto *buttons = new QGridLayout; // two rows: the dock stays narrow on a 1024 px screen
    buttons->addWidget(replay, 0, 0);
    buttons->addWidget(exportHar, 0, 1);
    buttons->addWidget(save, 1, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_runBar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_origin, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_method, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A run's row is opened (activated), not shown: it is many exchanges.
                if (current.isValid()
                    && current.data(store::HistoryModel::RunIdRole).toString().isEmpty())
                    Q_EMIT entrySelected(current.row());
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString runId = index.data(store::HistoryModel::RunIdRole).toString();
        if (!runId.isEmpty()) {
            m_runText->setText(
                    index.siblingAtColumn(store::HistoryModel::UrlColumn).data().toString());
            showRun(runId);
        }
    });
    applyFilter();
    connect(replay, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT replayRequested(currentRow());
    });
    connect(exportHar, &QPushButton::clicked, this, &HistoryPanel::exportHarRequested);
    connect(save, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            Q_EMIT saveRequested(currentRow());
    });
}

int HistoryPanel::currentRow() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void HistoryPanel::showRun(const QString &runId)
{
    m_runId = runId;
    m_runBar->setVisible(!runId.isEmpty());
    applyFilter();
}

void HistoryPanel::applyFilter()
{
    store::HistoryQuery query = m_model->query();
    query.source = m_source->currentData().toString();
    query.runId = m_runId;
    query.groupRuns = m_runId.isEmpty();
    query.text = m_text->text().trimmed();
    query.method = m_method->currentIndex() > 0 ? m_method->currentText() : QString();
    query.statusClass = m_status->currentIndex() > 0 ? m_status->currentIndex() + 1 : 0;
    query.origin = m_origin->text().trimmed();
    m_model->setQuery(query);
    m_error->setVisible(!m_model->lastError().isEmpty());
    m_error->setText(m_model->lastError());
}

} // namespace tether::ui
