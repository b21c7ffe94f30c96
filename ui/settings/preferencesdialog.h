// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "store/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tether::ui {

// Edit › Preferences: defaults for new sessions (timeout, TLS verification, proxy), how much
// history is kept, the theme.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const store::Preferences &preferences, const QString &proxyPassword,
                      QWidget *parent = nullptr);
    store::Preferences preferences() const;
    QString proxyPassword() const;

private:
    void updateProxyFields();

    store::Preferences m_base;
    QSpinBox *m_timeout;
    QCheckBox *m_verifyTls;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_historyEntries;
    QSpinBox *m_bodyCap;
    QSpinBox *m_totalCap;
    QComboBox *m_theme;
};

} // namespace tether::ui
