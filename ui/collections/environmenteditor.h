// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace tether::store {
class VariableListModel;
class Workspace;
} // namespace tether::store

namespace tether::ui {

// Edits a collection's variables and its environments: a table of variables with a secret
// toggle per variable. Secret values go to the keychain, never into the files.
class EnvironmentEditor : public QDialog
{
    Q_OBJECT
public:
    EnvironmentEditor(store::Workspace *workspace, const QString &collectionDir,
                      const QString &environment, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    store::VariableListModel *model() const { return m_model; }
    bool save();
    void selectScope(const QString &environment);

private:
    void load();
    void addEnvironment();

    store::Workspace *m_workspace;
    QString m_dir;
    QComboBox *m_scope;
    QTableView *m_table;
    QLabel *m_message;
    store::VariableListModel *m_model;
};

} // namespace tether::ui
