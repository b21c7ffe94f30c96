// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "connections/connectionpanel.h"
#include "connections/swimlanesview.h"

#include "net/connectionlifetimesmodel.h"
#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
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
    m_table->setColumnHidden(net::OriginStatsModel::OpenNowColumn,
                             !net::LivePoolMonitor::isSupported());
    // Full names must fit the panel at the default window width: the timing figures start
    // hidden (every figure is in the row's tooltip), and the header's menu shows any column.
    for (int column :
         {int(net::OriginStatsModel::TlsHandshakesColumn),
          int(net::OriginStatsModel::RetriedColumn), int(net::OriginStatsModel::ConnectMsColumn),
          int(net::OriginStatsModel::WaitMsColumn), int(net::OriginStatsModel::SavedMsColumn)})
        m_table->setColumnHidden(column, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    header->setToolTip(tr("Right-click for more columns"));
    for (int column = 1; column < net::OriginStatsModel::ColumnCount; ++column) {
        auto *action = new QAction(origins->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, m_table,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
        header->addAction(action);
    }

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
