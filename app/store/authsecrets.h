#pragma once

#include "collection.h"
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
    // With keepForSession, a keychain that is not reachable ("no-keychain") holds the value in
    // memory for this process instead (the user chose that); the file still gets the reference.
    static Result<SavedRequest> extract(Collection &collection, const SavedRequest &request,
                                        secrets::SecretStore &secretStore,
                                        bool keepForSession = false);
    // The same for the auth of a folder or of the collection; names start with `stem`.
    static Result<core::Auth> extractAuth(Collection &collection, const core::Auth &auth,
                                          const QString &stem, secrets::SecretStore &secretStore,
                                          bool keepForSession = false);
    static bool isReference(const QString &value);
};

} // namespace tether::store
