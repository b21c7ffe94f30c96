// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "workbench/historyrecorder.h"

#include "net/session.h"
#include "store/historystore.h"

namespace tether::workbench {

HistoryRecorder::HistoryRecorder(store::HistoryStore *history, QObject *parent)
    : QObject(parent), m_history(history)
{ }

void HistoryRecorder::watch(net::Session *session, const QString &source)
{
    connect(session, &net::Session::exchangeFinished, this,
            [this, source](const net::Exchange &exchange) { record(exchange, source); });
}

void HistoryRecorder::record(const net::Exchange &exchange, const QString &source)
{
    if (!exchange.context.recordHistory)
        return;
    m_history->record(exchange, exchange.context.collectionDir, exchange.context.environment,
                      source);
}

} // namespace tether::workbench
