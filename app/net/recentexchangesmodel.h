#pragma once

#include "exchange.h"

#include <QAbstractListModel>
#include <QList>

namespace tether::net {

// The last N exchanges (newest last) as the timeline draws them. Appends and trims with
// row inserts/removals, never a reset, so a run at thousands of requests stays cheap.
class RecentExchangesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Entry
    {
        quint64 id = 0;
        QString label; // "GET /path"
        QString origin;
        int status = 0;
        ConnectionVerdict verdict = ConnectionVerdict::None;
        Phases phases;
        QString protocol;
        QString error;
    };
    enum Role {
        VerdictRole = Qt::UserRole + 1,
        VerdictNameRole,
        StatusRole,
        QueuedMsRole,
        ConnectMsRole,
        UploadMsRole,
        WaitMsRole,
        DownloadMsRole,
        TotalMsRole,
        OriginRole,
    };

    explicit RecentExchangesModel(int capacity = 200, QObject *parent = nullptr);

    void append(const Exchange &exchange);
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int m_capacity;
    QList<Entry> m_entries;
};

} // namespace tether::net
