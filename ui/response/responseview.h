// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace tether::core {
class KeyValueModel;
}

namespace tether::ui {

class BodyView;
class PhaseBarsView;

// Status line (code, reason, time, size, protocol, connection badge) over the Body, Headers,
// Timing and "Request as sent" tabs.
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget *parent = nullptr);

    void showPending(const QString &what);
    // While a response downloads: bytes so far (and of how many, if known); Esc cancels.
    void showProgress(qint64 received, qint64 total);
    void clear();
    void showExchange(const net::Exchange &exchange);
    void showError(const QString &message);
    BodyView *bodyView() const { return m_body; }
    QString statusText() const;
    QString badgeText() const;

Q_SIGNALS:
    void trustRequested(const QString &origin, const QByteArray &sha256);

private:
    QLabel *m_status;
    QLabel *m_badge;
    QProgressBar *m_progress;
    QString m_pending;
    QLabel *m_message;
    QPushButton *m_trust;
    QTabWidget *m_tabs;
    BodyView *m_body;
    core::KeyValueModel *m_headers;
    core::KeyValueModel *m_sentHeaders;
    PhaseBarsView *m_timing;
    net::Exchange m_exchange;
};

} // namespace tether::ui
