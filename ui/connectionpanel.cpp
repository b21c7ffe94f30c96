#include "connectionpanel.h"
#include "timelineview.h"

#include "net/livepoolmonitor.h"
#include "net/originstatsmodel.h"
#include "net/recentexchangesmodel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

ConnectionPanel::ConnectionPanel(net::OriginStatsModel *origins, net::RecentExchangesModel *recent,
                                 net::LivePoolMonitor *monitor, QWidget *parent)
    : QWidget(parent),
      m_table(new QTableView(this)),
      m_timeline(new TimelineView(recent, this)),
      m_keepAlive(new QCheckBox(tr("Keep-alive"), this)),
      m_monitor(monitor)
{
    setObjectName(u"connectionPanel"_s);
    m_table->setObjectName(u"originTable"_s);
    m_table->setModel(origins);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(net::OriginStatsModel::OpenNowColumn,
                             !net::LivePoolMonitor::isSupported());
    for (int column : {int(net::OriginStatsModel::TlsHandshakesColumn),
                       int(net::OriginStatsModel::WaitMsColumn)})
        m_table->setColumnHidden(column, true); // in the tooltip and JSON; keep the panel narrow

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
    auto *title = new QLabel(tr("<b>Per origin</b> — exact counts; hover for details"), top);
    topLayout->addWidget(title);
    topLayout->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Timeline</b> — recent exchanges"), bottom));
    bottomLayout->addWidget(m_timeline, 1);

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
