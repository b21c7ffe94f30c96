// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/sessionsettings.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace tether::ui {

// The session's connection settings; every change is applied at once.
class SessionSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SessionSettingsEditor(QWidget *parent = nullptr);
    void setSettings(const net::SessionSettings &settings);
    net::SessionSettings settings() const;

Q_SIGNALS:
    void settingsEdited(const tether::net::SessionSettings &settings);

private:
    void emitEdited();

    net::SessionSettings m_base;
    bool m_updating = false;
    QCheckBox *m_keepAlive;
    QCheckBox *m_http2;
    QCheckBox *m_followRedirects;
    QCheckBox *m_verifyTls;
    QCheckBox *m_oneAtATime;
    QSpinBox *m_idleExpiry;
    QSpinBox *m_timeout;
    QLineEdit *m_caFiles;
};

} // namespace tether::ui
