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

// History with filters (text, method, status class, origin, who sent it); a run of a
// collection is one row until opened; select an exchange to view it, Replay, Save.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(store::HistoryModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    int currentRow() const;
    // Lists one run's exchanges ("" : back to all history, runs as one row each).
    void showRun(const QString &runId);

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
    QComboBox *m_source;
    QWidget *m_runBar;
    QLabel *m_runText;
    QTableView *m_table;
    QLabel *m_error;
    QString m_runId; // the run being listed
};

} // namespace tether::ui
