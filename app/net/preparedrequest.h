// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "net/exchange.h"

#include <QByteArray>
#include <QHttpMultiPart>
#include <QIODevice>
#include <QList>
#include <QNetworkRequest>
#include <QStringList>

#include <memory>

namespace tether::net {

// A request translated for QNetworkAccessManager: the QNetworkRequest, the verb and whichever
// body form it needs. Owns the body device or multipart until it is handed to the reply.
struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray verb;
    QByteArray data;
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<QHttpMultiPart> multipart;
    qint64 bodySize = 0;
    HeaderList headers; // what Tether set, in order
    QStringList warnings; // sent anyway (e.g. a JSON body that does not parse)
    bool decodeBody = false; // Tether asked for gzip/deflate: it inflates the body itself
    // Headers a redirect to another origin drops (RedirectStep::Policy).
    QList<QByteArray> credentialHeaders;
    // Credential values sent (whole header values, tokens, passwords), masked wherever the
    // exchange is written or printed, as secret variables are.
    QStringList credentialValues;

    bool hasBody() const { return !data.isEmpty() || device || multipart; }
};

} // namespace tether::net
