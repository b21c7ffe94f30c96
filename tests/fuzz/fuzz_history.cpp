// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: history rows as a damaged or hostile database could hold them, decoded into an
// entry and the exchange the response view shows. Input: column values separated by NUL bytes,
// in the table's column order; integer columns are given as text, as SQLite may hand them back.
#include "store/historystore.h"

#include <QSqlField>
#include <QSqlRecord>

using namespace tether;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("started_at"),
                                     QStringLiteral("method"),
                                     QStringLiteral("url"),
                                     QStringLiteral("origin"),
                                     QStringLiteral("status"),
                                     QStringLiteral("reason"),
                                     QStringLiteral("protocol"),
                                     QStringLiteral("tls"),
                                     QStringLiteral("verdict"),
                                     QStringLiteral("phases"),
                                     QStringLiteral("request"),
                                     QStringLiteral("collection"),
                                     QStringLiteral("environment"),
                                     QStringLiteral("request_headers"),
                                     QStringLiteral("response_headers"),
                                     QStringLiteral("body"),
                                     QStringLiteral("body_size"),
                                     QStringLiteral("body_truncated"),
                                     QStringLiteral("error"),
                                     QStringLiteral("connection_id")};
    const QList<QByteArray> values
            = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    QSqlRecord record;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
        const bool blob = columns.at(i) == QStringLiteral("body");
        QSqlField field(columns.at(i),
                        blob ? QMetaType(QMetaType::QByteArray) : QMetaType(QMetaType::QString));
        field.setValue(blob ? QVariant(values.at(i)) : QVariant(QString::fromUtf8(values.at(i))));
        record.append(field);
    }
    const store::HistoryEntry entry = store::HistoryStore::fromRecord(record);
    const net::Exchange exchange = store::HistoryStore::toExchange(entry);
    (void)exchange.bodySize();
    return 0;
}
