// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/auth.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace tether::ui {

// None, Basic, Bearer or API key (header or query).
class AuthEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AuthEditor(QWidget *parent = nullptr);
    core::Auth auth() const;
    void setAuth(const core::Auth &auth);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QLineEdit *m_keyName;
    QLineEdit *m_keyValue;
    QComboBox *m_keyLocation;
};

} // namespace tether::ui
