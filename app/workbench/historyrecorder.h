// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QObject>
#include <QString>

namespace tether::net {
class Session;
struct Exchange;
} // namespace tether::net
namespace tether::store {
class HistoryStore;
}

namespace tether::workbench {

// The one writer of history: records every finished exchange of the sessions it watches, with
// the collection and environment its sender put in the exchange's context (unless the context
// says not to). The window, the Runner, `send`, `replay` and `run` all go through it.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(store::HistoryStore *history, QObject *parent = nullptr);

    // Records what the session finishes from now on, until either of them is destroyed, as
    // sent by `source` (store::HistoryStore::sources()).
    void watch(net::Session *session, const QString &source);
    void record(const net::Exchange &exchange, const QString &source);

private:
    store::HistoryStore *m_history;
};

} // namespace tether::workbench
