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
    // Where an import goes unless the user says otherwise: an environment alone (no requests)
    // joins the preferred open collection (else the first open one), as Postman adds an
    // environment to the workspace; anything else becomes a new collection.
    static QString defaultTarget(const formats::ImportResult &result,
                                 const QStringList &openCollections,
                                 const QString &preferredCollection);

private:
    QRadioButton *m_intoNew;
    QRadioButton *m_intoOpen;
    QLineEdit *m_newDir;
    QComboBox *m_open;
    QCheckBox *m_history;
};

} // namespace tether::ui
