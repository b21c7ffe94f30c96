// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "secrets/secretstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace tether::secrets {

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

QString SecretStore::keyFor(const QString &collectionId, const QString &name)
{
    return collectionId + u'/' + name;
}

static void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

static Error keychainError(const QKeychain::Job &job, const QString &action)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {u"not-found"_s, QObject::tr("No secret stored for %1.").arg(job.key())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // A locked Secret Service answers writes with AccessDenied (reads look like "not found").
        return {u"locked"_s,
                QObject::tr("The keyring is locked or refused access (%1 %2): "
                            "unlock it and try again.")
                        .arg(action, job.key())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        if (job.errorString().contains(u"D-Bus"_s) || job.error() == QKeychain::NoBackendAvailable)
            return {u"no-keychain"_s,
                    QObject::tr("No keychain is reachable (%1). Start a Secret Service such as "
                                "gnome-keyring or KWallet in your session; nothing was written "
                                "to disk.")
                            .arg(job.errorString())};
        break;
    default:
        break;
    }
    return {u"keychain"_s,
            QObject::tr("The keychain failed to %1 %2: %3")
                    .arg(action, job.key(), job.errorString())};
}

Result<QString> SecretStore::read(const QString &collectionId, const QString &name)
{
    const QString key = keyFor(collectionId, name);
    const auto session = m_sessionOnly.constFind(key);
    if (session != m_sessionOnly.constEnd())
        return *session;
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, tr("read"));
    return job.textData();
}

Result<void> SecretStore::write(const QString &collectionId, const QString &name,
                                const QString &value)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(keyFor(collectionId, name));
    job.setTextData(value);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, tr("store"));
    m_sessionOnly.remove(keyFor(collectionId, name));
    return {};
}

Result<void> SecretStore::remove(const QString &collectionId, const QString &name)
{
    m_sessionOnly.remove(keyFor(collectionId, name));
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(keyFor(collectionId, name));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, tr("delete"));
    return {};
}

bool SecretStore::couldNotStore(const Error &error)
{
    return error.code == u"no-keychain" || error.code == u"keychain" || error.code == u"locked";
}

void SecretStore::keepForSession(const QString &collectionId, const QString &name,
                                 const QString &value)
{
    m_sessionOnly.insert(keyFor(collectionId, name), value);
}

} // namespace tether::secrets
