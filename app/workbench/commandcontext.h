// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"
#include "store/historystore.h"

#include <QObject>

#include <optional>

namespace tether::net {
class Session;
}
namespace tether::secrets {
class SecretStore;
}

namespace tether::workbench {

// tether-run's long-lived parts, built once in its main and handed to the command: the
// session, the keychain and history. Each is made on first use, so a command touches only what
// it needs (`send URL` never opens the keychain, `history` never writes the database), and two
// parts of one command share one (replay reads its entry from the history it records to).
class CommandContext : public QObject
{
    Q_OBJECT
public:
    explicit CommandContext(QObject *parent = nullptr);
    ~CommandContext() override;

    // The command's session. `run --compare` and `probe` want a fresh pool per pass and make
    // their own.
    net::Session *session();
    secrets::SecretStore *secretStore();
    // History at its default path, opened on first use with the access asked for (ReadOnly
    // never creates, migrates or moves the file). A failure is returned to every caller asking
    // the same; ReadWrite after ReadOnly is refused rather than written through a read-only
    // handle.
    Result<store::HistoryStore *> history(store::HistoryStore::Access access);

private:
    net::Session *m_session = nullptr;
    secrets::SecretStore *m_secrets = nullptr;
    store::HistoryStore *m_history = nullptr;
    store::HistoryStore::Access m_historyAccess = store::HistoryStore::Access::ReadOnly;
    std::optional<Error> m_historyError;
};

} // namespace tether::workbench
