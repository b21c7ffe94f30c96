// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/collection.h"
#include "core/environment.h"

#include <QString>

namespace tether::formats {

// A collection or folder as a k6 load-test script (docs/load-testing.md): the requests in
// order with inherited headers and auth, bodies (files opened in k6's init stage), variables
// from __ENV over the collection's and environment's values, assertions as check()s and
// extractions chained into later requests. The same file runs with `k6 run` and unchanged on
// k6's distributed runners.
class K6Exporter
{
public:
    // folder "" = the whole collection; environment may be null.
    static QString exportScript(const core::Collection &collection, const QString &folder,
                                const core::Environment *environment);
    // "$.items[0].id" → "items.0.id" (k6's Response.json() selector syntax).
    static QString selectorFor(const QString &jsonPath);
};

} // namespace tether::formats
