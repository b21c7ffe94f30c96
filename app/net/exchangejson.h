#pragma once

#include "exchange.h"
#include "originstats.h"

#include <QJsonObject>

namespace tether::net {

// The JSON shapes scripts read (tether-run --json): one exchange, one origin's figures.
class ExchangeJson
{
public:
    static QJsonObject exchange(const Exchange &exchange, qint64 bodyLimit);
    static QJsonObject origin(const OriginStats &stats);
    static QJsonObject phases(const Phases &phases);
    // {"code", "message", "bytesReceived", "bytesExpected"}: the error object of an exchange
    // or run result (bytesExpected only when the server declared a length).
    static QJsonObject error(const QString &code, const QString &message, qint64 received = -1,
                             qint64 expected = -1);
};

} // namespace tether::net
