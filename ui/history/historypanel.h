// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tether::store {
class HistoryModel;
}

namespace tether::ui {

// History with filters (text, method, status class, origin); select to view, Replay, Save.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(store::HistoryModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    int currentRow() const;

Q_SIGNALS:
    void entrySelected(int row);
    void replayRequested(int row);
    void saveRequested(int row);
    void exportHarRequested(); // the entries the filter shows

private:
    void applyFilter();

    store::HistoryModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_method;
    QComboBox *m_status;
    QLineEdit *m_origin;
    QTableView *m_table;
    QLabel *m_error;
};

} // namespace tether::ui
