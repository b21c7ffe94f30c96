// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace tether::secrets {

// Secret values in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store), keyed by collection id and name. Never falls back to a file: where
// no keychain answers, the caller is told and may keep the value for this process only.
// The calls wait for the keychain (a nested event loop), so the CLI and resolution stay simple.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    static constexpr auto service = "org.tetherhttp.Tether";

    explicit SecretStore(QObject *parent = nullptr);

    // The value, or an error: code "not-found", "locked", "no-keychain" or "keychain".
    Result<QString> read(const QString &collectionId, const QString &name);
    Result<void> write(const QString &collectionId, const QString &name, const QString &value);
    Result<void> remove(const QString &collectionId, const QString &name);

    // Held in memory until the process ends, for when no keychain is reachable; read() sees it.
    void keepForSession(const QString &collectionId, const QString &name, const QString &value);
    // A write failed because no keychain could take the value (none reachable, one without a
    // default collection, a locked or refusing one): keeping it for this run is the way out.
    static bool couldNotStore(const Error &error);

    static QString keyFor(const QString &collectionId, const QString &name);

private:
    QHash<QString, QString> m_sessionOnly;
};

} // namespace tether::secrets
