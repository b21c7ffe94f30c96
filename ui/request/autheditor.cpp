// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/autheditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

AuthEditor::AuthEditor(QWidget *parent)
    : QWidget(parent),
      m_type(new QComboBox(this)),
      m_pages(new QStackedWidget(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_token(new QLineEdit(this)),
      m_keyName(new QLineEdit(this)),
      m_keyValue(new QLineEdit(this)),
      m_keyLocation(new QComboBox(this))
{
    m_type->setObjectName(u"authType"_s);
    m_type->addItems({tr("No auth"), tr("Basic"), tr("Bearer token"), tr("API key"),
                      tr("Inherit from folder")});
    m_username->setObjectName(u"authUsername"_s);
    m_password->setObjectName(u"authPassword"_s);
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_token->setObjectName(u"authToken"_s);
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_keyName->setPlaceholderText(u"X-API-Key"_s);
    m_keyLocation->addItems({tr("Header"), tr("Query parameter")});

    auto *none = new QLabel(tr("This request sends no authentication."), this);
    none->setEnabled(false);
    m_pages->addWidget(none);
    auto *basic = new QWidget(this);
    auto *basicForm = new QFormLayout(basic);
    basicForm->addRow(tr("Username"), m_username);
    basicForm->addRow(tr("Password"), m_password);
    m_pages->addWidget(basic);
    auto *bearer = new QWidget(this);
    auto *bearerForm = new QFormLayout(bearer);
    bearerForm->addRow(tr("Token"), m_token);
    m_pages->addWidget(bearer);
    auto *apiKey = new QWidget(this);
    auto *apiKeyForm = new QFormLayout(apiKey);
    apiKeyForm->addRow(tr("Name"), m_keyName);
    apiKeyForm->addRow(tr("Value"), m_keyValue);
    apiKeyForm->addRow(tr("Send in"), m_keyLocation);
    m_pages->addWidget(apiKey);
    auto *inherit
            = new QLabel(tr("Uses the auth of the nearest folder, or of the collection."), this);
    inherit->setEnabled(false);
    m_pages->addWidget(inherit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_type, 0, Qt::AlignLeft);
    layout->addWidget(m_pages);
    layout->addStretch();
    connect(m_type, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AuthEditor::changed);
    connect(m_keyLocation, &QComboBox::currentIndexChanged, this, &AuthEditor::changed);
    for (QLineEdit *edit : {m_username, m_password, m_token, m_keyName, m_keyValue})
        connect(edit, &QLineEdit::textEdited, this, &AuthEditor::changed);
}

core::Auth AuthEditor::auth() const
{
    core::Auth auth;
    auth.type = core::AuthType(m_type->currentIndex());
    auth.username = m_username->text();
    auth.password = m_password->text();
    auth.token = m_token->text();
    auth.keyName = m_keyName->text();
    auth.keyValue = m_keyValue->text();
    auth.keyLocation = core::ApiKeyLocation(m_keyLocation->currentIndex());
    return auth;
}

void AuthEditor::setAuth(const core::Auth &auth)
{
    m_type->setCurrentIndex(int(auth.type));
    m_username->setText(auth.username);
    m_password->setText(auth.password);
    m_token->setText(auth.token);
    m_keyName->setText(auth.keyName);
    m_keyValue->setText(auth.keyValue);
    m_keyLocation->setCurrentIndex(int(auth.keyLocation));
}

} // namespace tether::ui
