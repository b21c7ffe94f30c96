// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "run/runresult.h"

#include <QAbstractTableModel>

namespace tether::run {

// A run's results as they arrive (rows appended, never reset mid-run), failures first to catch
// the eye through their colour and tooltip.
class RunResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { PassedRole = Qt::UserRole + 1 };
    enum Column {
        RequestColumn,
        IterationColumn,
        StatusColumn,
        TimeColumn,
        ConnectionColumn,
        ChecksColumn,
        ColumnCount
    };

    explicit RunResultsModel(QObject *parent = nullptr);

    void clear();
    void append(const RequestResult &result);
    const RequestResult &result(int row) const { return m_results.at(row); }
    int failures() const { return m_failures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RequestResult> m_results;
    int m_failures = 0;
};

} // namespace tether::run
