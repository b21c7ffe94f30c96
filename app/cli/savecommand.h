// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>

namespace tether::cli {

// tether-run save DIR/FOLDER/NAME [send's options] URL: writes the request into a collection,
// creating the collection and folders if missing; saving again overwrites it in place.
class SaveCommand
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace tether::cli
