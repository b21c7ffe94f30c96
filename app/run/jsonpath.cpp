// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tether::run {

std::optional<QJsonValue> JsonPath::evaluate(const QJsonValue &root, const QString &path)
{
    QJsonValue current = root;
    qsizetype i = 0;
    const qsizetype size = path.size();
    if (i < size && path.at(i) == u'$')
        ++i;
    while (i < size) {
        const QChar c = path.at(i);
        if (c == u'.') {
            qsizetype end = i + 1;
            while (end < size && path.at(end) != u'.' && path.at(end) != u'[')
                ++end;
            const QString key = path.mid(i + 1, end - i - 1);
            if (!current.isObject() || !current.toObject().contains(key))
                return std::nullopt;
            current = current.toObject().value(key);
            i = end;
        } else if (c == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return std::nullopt;
            QString inside = path.mid(i + 1, close - i - 1).trimmed();
            if ((inside.startsWith(u'\'') && inside.endsWith(u'\''))
                || (inside.startsWith(u'"') && inside.endsWith(u'"'))) {
                const QString key = inside.mid(1, inside.size() - 2);
                if (!current.isObject() || !current.toObject().contains(key))
                    return std::nullopt;
                current = current.toObject().value(key);
            } else {
                bool ok = false;
                qsizetype index = inside.toLongLong(&ok);
                if (!ok || !current.isArray())
                    return std::nullopt;
                const QJsonArray array = current.toArray();
                if (index < 0)
                    index += array.size();
                if (index < 0 || index >= array.size())
                    return std::nullopt;
                current = array.at(index);
            }
            i = close + 1;
        } else {
            return std::nullopt; // not part of the subset
        }
    }
    return current;
}

QString JsonPath::toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Only integers a double holds exactly print without an exponent; converting a larger
        // one to qint64 is undefined behaviour.
        constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
        if (std::abs(number) <= exactIntegerLimit && number == std::trunc(number))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace tether::run
