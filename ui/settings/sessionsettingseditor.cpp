// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "settings/sessionsettingseditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace tether::ui {

SessionSettingsEditor::SessionSettingsEditor(QWidget *parent)
    : QWidget(parent),
      m_keepAlive(new QCheckBox(tr("Keep connections alive"), this)),
      m_http2(new QCheckBox(tr("Allow HTTP/2"), this)),
      m_followRedirects(new QCheckBox(tr("Follow redirects"), this)),
      m_verifyTls(new QCheckBox(tr("Verify TLS certificates"), this)),
      m_oneAtATime(new QCheckBox(tr("One request at a time per origin (exact badges)"), this)),
      m_idleExpiry(new QSpinBox(this)),
      m_timeout(new QSpinBox(this)),
      m_caFiles(new QLineEdit(this))
{
    m_keepAlive->setObjectName(u"settingsKeepAlive"_s);
    m_http2->setObjectName(u"settingsHttp2"_s);
    m_verifyTls->setObjectName(u"settingsVerifyTls"_s);
    m_oneAtATime->setObjectName(u"settingsOneAtATime"_s);
    m_idleExpiry->setRange(0, 3600);
    m_idleExpiry->setSuffix(tr(" s"));
    m_idleExpiry->setToolTip(tr("Close pooled connections idle this long (Qt's default: 120 s)"));
    m_timeout->setRange(0, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_caFiles->setPlaceholderText(tr("extra CA files (PEM), separated by ;"));

    auto *form = new QFormLayout(this);
    form->addRow(m_keepAlive);
    form->addRow(m_http2);
    form->addRow(m_followRedirects);
    form->addRow(m_verifyTls);
    form->addRow(m_oneAtATime);
    form->addRow(tr("Idle connection expiry"), m_idleExpiry);
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Extra CAs"), m_caFiles);

    for (QCheckBox *box : {m_keepAlive, m_http2, m_followRedirects, m_verifyTls, m_oneAtATime})
        connect(box, &QCheckBox::toggled, this, &SessionSettingsEditor::emitEdited);
    for (QSpinBox *spin : {m_idleExpiry, m_timeout})
        connect(spin, &QSpinBox::valueChanged, this, &SessionSettingsEditor::emitEdited);
    connect(m_caFiles, &QLineEdit::editingFinished, this, &SessionSettingsEditor::emitEdited);
}

void SessionSettingsEditor::setSettings(const net::SessionSettings &settings)
{
    m_updating = true;
    m_base = settings;
    m_keepAlive->setChecked(settings.keepAlive);
    m_http2->setChecked(settings.http2Allowed);
    m_followRedirects->setChecked(settings.followRedirects);
    m_verifyTls->setChecked(settings.verifyTls);
    m_oneAtATime->setChecked(settings.oneAtATimePerOrigin);
    m_idleExpiry->setValue(settings.idleExpirySeconds);
    m_timeout->setValue(settings.timeoutMs / 1000);
    m_caFiles->setText(settings.extraCaFiles.join(u';'));
    m_updating = false;
}

net::SessionSettings SessionSettingsEditor::settings() const
{
    net::SessionSettings settings = m_base;
    settings.keepAlive = m_keepAlive->isChecked();
    settings.http2Allowed = m_http2->isChecked();
    settings.followRedirects = m_followRedirects->isChecked();
    settings.verifyTls = m_verifyTls->isChecked();
    settings.oneAtATimePerOrigin = m_oneAtATime->isChecked();
    settings.idleExpirySeconds = m_idleExpiry->value();
    settings.timeoutMs = m_timeout->value() * 1000;
    settings.extraCaFiles.clear();
    for (const QString &path : m_caFiles->text().split(u';', Qt::SkipEmptyParts))
        settings.extraCaFiles.append(path.trimmed());
    return settings;
}

void SessionSettingsEditor::emitEdited()
{
    if (!m_updating)
        Q_EMIT settingsEdited(settings());
}

} // namespace tether::ui
