#pragma once

#include "collection.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tether::store {

// A named set of variables (dev, staging, prod) kept in DIR/environments/NAME.json, or the
// global variables kept in the user's config folder.
struct Environment
{
    QString name;
    QList<Variable> variables;
    QJsonObject raw;
};

} // namespace tether::store
