// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QList>
#include <QString>

namespace tether::core {

// One row of a params, headers or form table; disabled rows are kept but not sent.
struct KeyValue
{
    QString name;
    QString value;
    bool enabled = true;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

using KeyValueList = QList<KeyValue>;

} // namespace tether::core
