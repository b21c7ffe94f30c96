// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "connections/connectionpanel.h"
#include "connections/swimlanesview.h"

#include "net/connectionlifetimesmodel.h"
#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

ConnectionPanel::ConnectionPanel(net::OriginStatsModel *origins,
                                 net::ConnectionLifetimesModel *lifetimes,
                                 net::LivePoolMonitor *monitor, QWidget *parent)
    : QWidget(parent),
      m_table(new QTableView(this)),
      m_swimlanes(new SwimlanesView(lifetimes, this)),
      m_keepAlive(new QCheckBox(tr("Keep-alive"), this)),
      m_monitor(monitor)
{
    setObjectName(u"connectionPanel"_s);
    m_table->setObjectName(u"originTable"_s);
    m_table->setModel(origins);
    m_table->verticalHeader()->hide();
    // The figures take what they need and the origin the rest, elided on the left (the
    // tooltip has it whole): every column stays in view at the default width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(net::OriginStatsModel::OriginColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideLeft); // keeps host:port, the scheme is in the tooltip
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    // Full names must fit the panel at the default window width: the timing figures start
    // hidden (every figure is in the row's tooltip), and the header's menu shows any column.
    m_chosenColumns = {net::OriginStatsModel::OriginColumn, net::OriginStatsModel::ExchangesColumn,
                       net::OriginStatsModel::OpenedColumn, net::OriginStatsModel::ReusedColumn,
                       net::OriginStatsModel::ReuseRatioColumn};
    if (net::LivePoolMonitor::isSupported())
        m_chosenColumns.insert(net::OriginStatsModel::OpenNowColumn);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    header->setToolTip(tr("Right-click for more columns"));
    for (int column = 1; column < net::OriginStatsModel::ColumnCount; ++column) {
        auto *action = new QAction(origins->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(m_chosenColumns.contains(column));
        connect(action, &QAction::toggled, m_table, [this, column](bool shown) {
            if (shown)
                m_chosenColumns.insert(column);
            else
                m_chosenColumns.remove(column);
            fitColumns();
        });
        header->addAction(action);
    }
    m_table->viewport()->installEventFilter(this);
    connect(origins, &QAbstractItemModel::dataChanged, this, &ConnectionPanel::fitColumns);
    connect(origins, &QAbstractItemModel::rowsInserted, this, &ConnectionPanel::fitColumns);
    fitColumns();

    m_keepAlive->setObjectName(u"panelKeepAlive"_s);
    m_keepAlive->setChecked(true);
    auto *preconnect = new QPushButton(tr("Pre-connect"), this);
    preconnect->setObjectName(u"preconnect"_s);
    preconnect->setToolTip(tr("Open a connection to the URL's origin before sending"));
    auto *reset = new QPushButton(tr("Reset pool"), this);
    reset->setObjectName(u"resetPool"_s);
    reset->setToolTip(tr("Close idle pooled connections; the next request opens a new one"));
    auto *clear = new QPushButton(tr("Clear figures"), this);
    clear->setObjectName(u"clearFigures"_s);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *title
            = new QLabel(tr("<b>Per origin</b> — exact counts; hover a row for every figure"), top);
    title->setWordWrap(true); // the panel may be narrow
    topLayout->addWidget(title);
    topLayout->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *laneBar = new QHBoxLayout;
    auto *lanesTitle = new QLabel(tr("<b>Connections</b> — a lane each, one time axis"), bottom);
    lanesTitle->setToolTip(tr("Each exchange is a bar of its phases on the connection it rode; "
                              "the lane ends with why the connection closed. Ctrl+wheel "
                              "zooms, drag pans, 0 fits."));
    lanesTitle->setWordWrap(true);
    laneBar->addWidget(lanesTitle, 1);
    const auto zoomButton
            = [bottom, laneBar](const QString &text, const QString &tip, const QString &name) {
                  auto *button = new QToolButton(bottom);
                  button->setText(text);
                  button->setToolTip(tip);
                  button->setObjectName(name);
                  button->setAutoRaise(true);
                  laneBar->addWidget(button);
                  return button;
              };
    connect(zoomButton(u"−"_s, tr("Zoom out (-)"), u"zoomOut"_s), &QToolButton::clicked,
            m_swimlanes, [this] { m_swimlanes->zoomBy(1 / 1.5); });
    connect(zoomButton(u"+"_s, tr("Zoom in (+)"), u"zoomIn"_s), &QToolButton::clicked, m_swimlanes,
            [this] { m_swimlanes->zoomBy(1.5); });
    connect(zoomButton(tr("Fit"), tr("Show every connection from first to last (0)"), u"zoomFit"_s),
            &QToolButton::clicked, m_swimlanes, &SwimlanesView::fit);
    bottomLayout->addLayout(laneBar);
    bottomLayout->addWidget(m_swimlanes, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_keepAlive, 0, 0);
    buttons->addWidget(preconnect, 0, 1);
    buttons->addWidget(reset, 1, 0);
    buttons->addWidget(clear, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_keepAlive, &QCheckBox::toggled, this, &ConnectionPanel::keepAliveToggled);
    connect(preconnect, &QPushButton::clicked, this, &ConnectionPanel::preconnectRequested);
    connect(reset, &QPushButton::clicked, this, &ConnectionPanel::resetPoolRequested);
    connect(clear, &QPushButton::clicked, this, &ConnectionPanel::clearFiguresRequested);
}

void ConnectionPanel::setKeepAlive(bool on)
{
    const QSignalBlocker blocker(m_keepAlive);
    m_keepAlive->setChecked(on);
}

bool ConnectionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ConnectionPanel::fitColumns()
{
    using Model = net::OriginStatsModel;
    // Most telling first: what was sent and how much of it reused a connection.
    static constexpr int byImportance[]
            = {Model::ExchangesColumn,    Model::ReuseRatioColumn, Model::OpenedColumn,
               Model::ReusedColumn,       Model::OpenNowColumn,    Model::WaitMsColumn,
               Model::ConnectMsColumn,    Model::SavedMsColumn,    Model::RetriedColumn,
               Model::TlsHandshakesColumn};
    constexpr int originAtLeast = 110; // "127.0.0.1:8080" elided on the left still reads
    const QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemModel *model = m_table->model();
    const int padding = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
    int room = m_table->viewport()->width() - originAtLeast;
    for (int column : byImportance) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < model->rowCount(); ++row)
            width = std::max(width,
                             m_table->fontMetrics().horizontalAdvance(
                                     model->index(row, column).data().toString())
                                     + 2 * padding);
        width += m_table->showGrid() ? 1 : 0; // the grid line
        const bool fits = m_chosenColumns.contains(column) && width <= room;
        if (fits)
            room -= width;
        m_table->setColumnHidden(column, !fits);
    }
}

void ConnectionPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_monitor->setActive(true); // poll the live pool only while someone can see it
}

void ConnectionPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_monitor->setActive(false);
}

} // namespace tether::ui
