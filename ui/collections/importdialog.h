// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "formats/importresult.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace tether::ui {

// The import summary: what was read (format, requests, environments), what could not be
// mapped, and where it goes: a new collection folder or an open collection.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const formats::ImportResult &result, const QString &source,
                 const QStringList &openCollections, const QString &preferredCollection,
                 QWidget *parent = nullptr);

    QString targetDir() const; // a new folder, or an open collection's
    bool addToHistory() const;

    // Documents/Tether/NAME, numbered if it exists.
    static QString defaultNewCollectionDir(const QString &name);

private:
    QRadioButton *m_intoNew;
    QRadioButton *m_intoOpen;
    QLineEdit *m_newDir;
    QComboBox *m_open;
    QCheckBox *m_history;
};

} // namespace tether::ui
