// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "store/outgoing.h"

#include <QList>

namespace tether::formats {
struct ExportOptions;
}
namespace tether::net {
struct Exchange;
}
namespace tether::store {
class HistoryStore;
}

namespace tether::workbench {

class Dispatcher;

// What the window and `tether-run export` share when data leaves Tether: a collection's
// history as exchanges, HAR and collection files written atomically, a request as a command.
class ExportService
{
public:
    // The exchanges recorded for a collection, oldest first; only the newest `limit` when it
    // is above 0.
    static Result<QList<net::Exchange>>
    collectionHistory(store::HistoryStore &history, const QString &collectionDir, int limit = 0);
    // The exchanges (oldest first) as a HAR file; returns the sentence to show.
    static Result<QString> writeHar(const QList<net::Exchange> &exchanges, const QString &file);
    // The collection (or options.folder) in a format, written to file; a HAR export takes the
    // collection's history from `history`. Returns the sentence to show.
    static Result<QString> writeCollection(const core::Collection &collection,
                                           const QString &format, formats::ExportOptions options,
                                           const QString &file, store::HistoryStore &history);
    // The request as curl or code in a format, with inheritance and variables applied as a send
    // would apply them; secret and undefined variables stay {{references}}.
    static QString requestAs(Dispatcher &dispatcher, store::Outgoing outgoing,
                             const QString &format);
};

} // namespace tether::workbench
