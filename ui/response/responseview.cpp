// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "response/responseview.h"
#include "common/keyvaluetableeditor.h"
#include "common/phasebarpainter.h"
#include "common/theme.h"
#include "connections/phasebarsview.h"
#include "response/bodyview.h"

#include "core/keyvaluemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

static core::KeyValueList toKeyValues(const net::HeaderList &headers)
{
    core::KeyValueList list;
    for (const auto &[name, value] : headers)
        list.append({QString::fromLatin1(name), QString::fromUtf8(value), true});
    return list;
}

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_badge(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_message(new QLabel(this)),
      m_trust(new QPushButton(tr("Trust this certificate for this session"), this)),
      m_tabs(new QTabWidget(this)),
      m_body(new BodyView(this)),
      m_headers(new core::KeyValueModel(false, this)),
      m_sentHeaders(new core::KeyValueModel(false, this)),
      m_timing(new PhaseBarsView(this))
{
    m_status->setObjectName(u"responseStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(u"connectionBadge"_s);
    m_message->setObjectName(u"responseMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_trust->setObjectName(u"trustCertificate"_s);
    m_trust->hide();
    m_tabs->setObjectName(u"responseTabs"_s);
    m_status->setText(tr("No response yet: enter a URL and press Ctrl+Enter."));

    auto *statusBar = new QHBoxLayout;
    statusBar->addWidget(m_status, 1);
    m_progress->setObjectName(u"downloadProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar->addWidget(m_progress);
    statusBar->addWidget(m_badge);
    m_tabs->addTab(m_body, tr("Body"));
    m_headers->setNameHeader(tr("Header"));
    m_tabs->addTab(new KeyValueTableEditor(m_headers, {}, this), tr("Headers"));
    m_tabs->addTab(m_timing, tr("Timing"));
    m_sentHeaders->setNameHeader(tr("Header"));
    m_tabs->addTab(new KeyValueTableEditor(
                           m_sentHeaders,
                           tr("Headers Tether set. Qt also sends Host, Connection, User-Agent, "
                              "Accept-Encoding and Accept-Language unless set here."),
                           this),
                   tr("Request sent"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(statusBar);
    layout->addWidget(m_message);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    layout->addWidget(m_tabs, 1);

    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_trust->hide();
        Q_EMIT trustRequested(m_exchange.originName(), m_exchange.peerCertificateSha256);
    });
}

QString ResponseView::statusText() const
{
    return m_status->text();
}

QString ResponseView::badgeText() const
{
    return m_badge->text();
}

void ResponseView::showProgress(qint64 received, qint64 total)
{
    auto mib = [](qint64 bytes) { return QString::number(bytes / 1048576.0, 'f', 1); };
    m_status->setText(tr("Receiving %1 — %2 MiB%3 (Esc cancels)")
                              .arg(m_pending, mib(received),
                                   total > 0 ? tr(" of %1").arg(mib(total)) : QString()));
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    } else {
        m_progress->setRange(0, 0); // busy: the server did not say how much
    }
    m_progress->show();
}

void ResponseView::showPending(const QString &what)
{
    m_pending = what;
    m_progress->hide();
    m_status->setText(tr("Sending %1…").arg(what));
    m_badge->clear();
    m_message->hide();
    m_trust->hide();
}

void ResponseView::clear()
{
    m_exchange = {};
    m_progress->hide();
    m_status->setText(tr("No response yet: enter a URL and press Ctrl+Enter."));
    m_badge->clear();
    m_message->hide();
    m_trust->hide();
    m_headers->setEntries({});
    m_tabs->setTabText(1, tr("Headers"));
    m_sentHeaders->setEntries({});
    m_timing->clear();
    m_body->clear();
}

void ResponseView::showError(const QString &message)
{
    clear(); // nothing was sent: no earlier response stays under the message
    m_status->setText(u"<b style='color:%1'>%2</b>"_s.arg(Theme::error().name(), tr("Not sent")));
    m_badge->clear();
    m_message->setText(message);
    m_message->show();
    m_trust->hide();
}

void ResponseView::showExchange(const net::Exchange &exchange)
{
    m_progress->hide();
    m_exchange = exchange;
    const QLocale locale;
    if (exchange.gotResponse() && !exchange.error.isEmpty()) {
        // A head arrived but the exchange failed (truncated, reset, broken framing, timeout):
        // red, and said in words, never a bare "200 OK".
        m_status->setText(u"<b style='color:%1'>%2 %3 · %4</b> · %5 ms · %6 · %7"_s.arg(
                Theme::error().name(), QString::number(exchange.status),
                QString::fromLatin1(exchange.reason).toHtmlEscaped(), tr("incomplete"),
                QString::number(exchange.phases.totalMs, 'f', 1),
                locale.formattedDataSize(exchange.bodySize()), exchange.protocol));
    } else if (exchange.gotResponse()) {
        const QString color = (exchange.status >= 500           ? Theme::error()
                                       : exchange.status >= 400 ? Theme::warning()
                                       : exchange.status >= 300 ? Theme::info()
                                                                : Theme::success())
                                      .name();
        m_status->setText(u"<b style='color:%1'>%2 %3</b> · %4 ms · %5 · %6"_s.arg(
                color, QString::number(exchange.status),
                QString::fromLatin1(exchange.reason).toHtmlEscaped(),
                QString::number(exchange.phases.totalMs, 'f', 1),
                locale.formattedDataSize(exchange.bodySize()), exchange.protocol));
    } else {
        m_status->setText(
                u"<b style='color:"_s + Theme::error().name()
                + u"'>%1</b> · %2 ms"_s.arg(tr("No response"),
                                            QString::number(exchange.phases.totalMs, 'f', 1)));
    }
    const QColor badgeColor = PhaseBarPainter::verdictColor(exchange.verdict);
    QString badge = net::verdictLabel(exchange.verdict);
    if (exchange.connection > 0) {
        // Which connection, in its colour, as the Connections panel's lanes name it.
        const QString id
                = u"<b style='color:%1'>C%2</b>"_s
                          .arg(PhaseBarPainter::connectionColor(exchange.connection).name())
                          .arg(exchange.connection);
        badge += exchange.requestOnConnection <= 1
                ? u" · "_s + id
                : tr(" · %1 · request %2 on it").arg(id).arg(exchange.requestOnConnection);
    }
    m_badge->setText(exchange.gotResponse()
                             ? u"<span style='color:%1'>●</span> %2"_s.arg(badgeColor.name(), badge)
                             : QString());
    m_badge->setToolTip(net::verdictExplanation(exchange.verdict));
    m_message->setVisible(!exchange.error.isEmpty());
    m_message->setText(exchange.error);
    m_trust->setVisible(!exchange.tlsErrors.isEmpty() && !exchange.peerCertificateSha256.isEmpty());
    m_headers->setEntries(toKeyValues(exchange.responseHeaders));
    m_tabs->setTabText(1, tr("Headers (%1)").arg(exchange.responseHeaders.size()));
    m_sentHeaders->setEntries(toKeyValues(exchange.requestHeaders));
    m_timing->setExchange(exchange.phases, exchange.verdict);
    if (exchange.body && exchange.body->size() > 0)
        m_body->setBody(exchange.body, exchange.responseHeader("Content-Type"), exchange.url);
    else
        m_body->clear();
}

} // namespace tether::ui
