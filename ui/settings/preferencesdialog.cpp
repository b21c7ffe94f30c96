// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

PreferencesDialog::PreferencesDialog(const store::Preferences &preferences,
                                     const QString &proxyPassword, QWidget *parent)
    : QDialog(parent),
      m_base(preferences),
      m_timeout(new QSpinBox(this)),
      m_verifyTls(new QCheckBox(tr("Verify TLS certificates"), this)),
      m_proxyMode(new QComboBox(this)),
      m_proxyHost(new QLineEdit(preferences.proxyHost, this)),
      m_proxyPort(new QSpinBox(this)),
      m_proxyUser(new QLineEdit(preferences.proxyUser, this)),
      m_proxyPassword(new QLineEdit(proxyPassword, this)),
      m_historyEntries(new QSpinBox(this)),
      m_bodyCap(new QSpinBox(this)),
      m_totalCap(new QSpinBox(this)),
      m_theme(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_timeout->setObjectName(u"prefTimeout"_s);
    m_timeout->setRange(0, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setValue(preferences.timeoutMs / 1000);
    m_verifyTls->setObjectName(u"prefVerifyTls"_s);
    m_verifyTls->setChecked(preferences.verifyTls);
    m_proxyMode->setObjectName(u"prefProxyMode"_s);
    m_proxyMode->addItem(tr("System (desktop settings, http_proxy / no_proxy)"),
                         int(net::ProxyMode::System));
    m_proxyMode->addItem(tr("None (direct)"), int(net::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(net::ProxyMode::Manual));
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(preferences.proxyMode)));
    m_proxyHost->setObjectName(u"prefProxyHost"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.test"));
    m_proxyPort->setObjectName(u"prefProxyPort"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(preferences.proxyPort);
    m_proxyUser->setObjectName(u"prefProxyUser"_s);
    m_proxyPassword->setObjectName(u"prefProxyPassword"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("kept in the system keychain"));
    m_historyEntries->setObjectName(u"prefHistoryEntries"_s);
    m_historyEntries->setRange(0, 10'000'000);
    m_historyEntries->setSingleStep(1000);
    m_historyEntries->setSpecialValueText(tr("keep everything"));
    m_historyEntries->setValue(preferences.historyMaxEntries);
    m_bodyCap->setObjectName(u"prefBodyCap"_s);
    m_bodyCap->setRange(0, 1024 * 1024);
    m_bodyCap->setSuffix(tr(" KiB"));
    m_bodyCap->setValue(int(preferences.historyBodyCapBytes / 1024));
    m_totalCap->setObjectName(u"prefTotalCap"_s);
    m_totalCap->setRange(0, 1'000'000);
    m_totalCap->setSingleStep(50);
    m_totalCap->setSuffix(tr(" MB"));
    m_totalCap->setSpecialValueText(tr("no limit"));
    m_totalCap->setToolTip(tr("Past this the oldest bodies are dropped first, then the oldest "
                              "exchanges."));
    m_totalCap->setValue(int(preferences.historyTotalCapBytes / 1'000'000));
    m_theme->setObjectName(u"prefTheme"_s);
    m_theme->addItem(tr("Follow the system"), int(store::Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(store::Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(store::Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(preferences.theme)));

    auto *session = new QGroupBox(tr("New sessions"), this);
    auto *sessionForm = new QFormLayout(session);
    sessionForm->addRow(tr("Timeout per exchange"), m_timeout);
    sessionForm->addRow(QString(), m_verifyTls);
    sessionForm->addRow(tr("Proxy"), m_proxyMode);
    sessionForm->addRow(tr("Host"), m_proxyHost);
    sessionForm->addRow(tr("Port"), m_proxyPort);
    sessionForm->addRow(tr("User"), m_proxyUser);
    sessionForm->addRow(tr("Password"), m_proxyPassword);
    auto *history = new QGroupBox(tr("History"), this);
    auto *historyForm = new QFormLayout(history);
    historyForm->addRow(tr("Keep the newest"), m_historyEntries);
    historyForm->addRow(tr("Body kept per exchange"), m_bodyCap);
    historyForm->addRow(tr("History size at most"), m_totalCap);
    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("Theme"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateProxyFields);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(session);
    layout->addWidget(history);
    layout->addWidget(look);
    layout->addWidget(buttons);
    updateProxyFields();
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(net::ProxyMode::Manual);
    for (QWidget *field :
         {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
          static_cast<QWidget *>(m_proxyUser), static_cast<QWidget *>(m_proxyPassword)})
        field->setEnabled(manual);
}

store::Preferences PreferencesDialog::preferences() const
{
    store::Preferences preferences = m_base;
    preferences.timeoutMs = m_timeout->value() * 1000;
    preferences.verifyTls = m_verifyTls->isChecked();
    preferences.proxyMode = net::ProxyMode(m_proxyMode->currentData().toInt());
    preferences.proxyHost = m_proxyHost->text().trimmed();
    preferences.proxyPort = m_proxyPort->value();
    preferences.proxyUser = m_proxyUser->text().trimmed();
    preferences.historyMaxEntries = m_historyEntries->value();
    preferences.historyBodyCapBytes = qint64(m_bodyCap->value()) * 1024;
    preferences.historyTotalCapBytes = qint64(m_totalCap->value()) * 1'000'000;
    preferences.theme = store::Preferences::Theme(m_theme->currentData().toInt());
    return preferences;
}

QString PreferencesDialog::proxyPassword() const
{
    return m_proxyPassword->text();
}

} // namespace tether::ui
