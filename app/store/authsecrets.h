// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/result.h"

namespace tether::secrets {
class SecretStore;
}

namespace tether::store {

// Keeps typed auth secrets out of files: before a request is saved, a password, token or API
// key value that is not already a {{reference}} goes to the keychain as a secret variable of the
// collection, and the request keeps {{that-name}}. Without a keychain the save is refused with
// the keychain's message; nothing falls back to plain text.
class AuthSecrets
{
public:
    // Returns the request to write; `collection` gains the secret variable declarations (the
    // caller saves it after the request).
    // With keepForSession, a keychain that cannot store the value (SecretStore::couldNotStore)
    // is replaced by memory for this process (the user chose that); the file still gets the
    // reference.
    static Result<core::SavedRequest> extract(core::Collection &collection,
                                              const core::SavedRequest &request,
                                              secrets::SecretStore &secretStore,
                                              bool keepForSession = false);
    // The same for the auth of a folder or of the collection; names start with `stem`.
    static Result<core::Auth> extractAuth(core::Collection &collection, const core::Auth &auth,
                                          const QString &stem, secrets::SecretStore &secretStore,
                                          bool keepForSession = false);
    // The same for credential headers typed as text (Authorization, Proxy-Authorization,
    // Cookie): a value that refers to no variable becomes {{stem.header.Name}}.
    static Result<core::KeyValueList> extractHeaders(core::Collection &collection,
                                                     const core::KeyValueList &headers,
                                                     const QString &stem,
                                                     secrets::SecretStore &secretStore,
                                                     bool keepForSession = false);
    static bool isCredentialHeader(const QString &name);
    static bool isReference(const QString &value);

private:
    // value to the keychain as the collection's secret variable `name`; its {{reference}}.
    static Result<QString> keep(core::Collection &collection, const QString &name,
                                const QString &value, secrets::SecretStore &secretStore,
                                bool keepForSession);
};

} // namespace tether::store
