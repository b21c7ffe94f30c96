// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/variable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tether::core {

// A named set of variables (dev, staging, prod) kept in DIR/environments/NAME.json, or the
// global variables kept in the user's config folder.
struct Environment
{
    QString name;
    QList<Variable> variables;
    QJsonObject raw;
};

} // namespace tether::core
