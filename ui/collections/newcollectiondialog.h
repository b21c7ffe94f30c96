// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tether::ui {

// A new collection: its name and the folder it goes in; the collection's own folder (named
// after it, made safe as a file name) is created there, so it need not exist yet.
class NewCollectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCollectionDialog(const QString &location, QWidget *parent = nullptr);

    QString name() const;
    QString location() const;
    // Where the collection will be: location/safe-name; empty until both are given.
    QString directory() const;

private:
    void update();

    QLineEdit *m_name;
    QLineEdit *m_location;
    QLabel *m_target;
    QDialogButtonBox *m_buttons;
};

} // namespace tether::ui
