// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// libFuzzer: any bytes as a runner data file, CSV (RFC 4180 quoting) and JSON.
#include "run/datafile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)tether::run::DataFile::parseCsv(QString::fromUtf8(bytes), QStringLiteral("fuzz.csv"));
    (void)tether::run::DataFile::parseJson(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
