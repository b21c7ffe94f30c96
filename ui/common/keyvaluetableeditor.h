// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QWidget>

class QTableView;

namespace tether::core {
class KeyValueModel;
}

namespace tether::ui {

// A params/headers/form table: check to enable, type in the last row to add, Delete to remove.
class KeyValueTableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KeyValueTableEditor(core::KeyValueModel *model, const QString &hint,
                                 QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    // As tall as its rows and no taller (a short list beside a longer one).
    void fitHeightToRows();

private:
    void removeSelectedRows();

    core::KeyValueModel *m_model;
    QTableView *m_table;
};

} // namespace tether::ui
