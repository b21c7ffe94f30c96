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
};

} // namespace tether::net
