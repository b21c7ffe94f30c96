// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/environment.h"
#include "core/request.h"
#include "core/result.h"
#include "core/variableset.h"

namespace tether::secrets {
class SecretStore;
}

namespace tether::store {

// Everything needed to send a saved request: the request with inherited headers and auth
// applied (still holding {{references}}), and the variables in precedence order
// globals < collection < environment, secret values fetched from the keychain.
struct ResolvedRequest
{
    core::Request request;
    core::VariableSet variables;
};

class RequestResolver
{
public:
    // Applies folder and collection headers (the request's own win by name) and resolves
    // "inherit" auth to the nearest folder's.
    static core::Request withInheritance(const core::Collection &collection,
                                         const QString &requestPath, const core::Request &request);
    static Result<core::VariableSet> variables(const core::Collection &collection,
                                               const core::Environment *environment,
                                               const core::Environment &globals,
                                               secrets::SecretStore *secretStore);
    // The same, loading the named environment (may be empty) and the globals from disk.
    static Result<core::VariableSet> variablesFor(const core::Collection &collection,
                                                  const QString &environmentName,
                                                  secrets::SecretStore *secretStore);
    // The files a request's body reads (a body file, multipart file fields), {{references}}
    // substituted: relative paths are taken from the collection folder (not the working
    // directory), and a file outside the collection — following symbolic links — is an error
    // ("outside-file", naming it) unless allowOutside: a collection from elsewhere must not
    // upload ~/.ssh/id_rsa without the user saying so.
    static Result<core::Request> withFilesResolved(const core::Collection &collection,
                                                   core::Request request,
                                                   const core::VariableSet &variables,
                                                   bool allowOutside);
    static Result<ResolvedRequest> resolve(const core::Collection &collection,
                                           const QString &requestPath,
                                           const core::Environment *environment,
                                           const core::Environment &globals,
                                           secrets::SecretStore *secretStore);
};

} // namespace tether::store
