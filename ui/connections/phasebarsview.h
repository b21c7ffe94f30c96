// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"

#include <QWidget>

namespace tether::ui {

// The Timing tab: one labelled bar per phase of the shown exchange, waterfall style.
class PhaseBarsView : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseBarsView(QWidget *parent = nullptr);
    void setExchange(const net::Phases &phases, net::ConnectionVerdict verdict);
    void clear();
    QSize sizeHint() const override { return {480, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    net::Phases m_phases;
    net::ConnectionVerdict m_verdict = net::ConnectionVerdict::None;
    bool m_hasExchange = false;
};

} // namespace tether::ui
