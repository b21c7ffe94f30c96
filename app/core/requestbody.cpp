// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "core/requestbody.h"

using namespace Qt::StringLiterals;

namespace tether::core {

static constexpr struct
{
    BodyMode mode;
    const char16_t *name;
} bodyModeNames[] = {
        {BodyMode::None, u"none"},           {BodyMode::Raw, u"raw"},
        {BodyMode::Json, u"json"},           {BodyMode::FormUrlEncoded, u"form-urlencoded"},
        {BodyMode::Multipart, u"multipart"}, {BodyMode::BinaryFile, u"file"},
};

QString bodyModeName(BodyMode mode)
{
    for (const auto &entry : bodyModeNames) {
        if (entry.mode == mode)
            return QString::fromUtf16(entry.name);
    }
    return u"none"_s;
}

BodyMode bodyModeFromName(const QString &name, bool *ok)
{
    for (const auto &entry : bodyModeNames) {
        if (name == QString::fromUtf16(entry.name)) {
            if (ok)
                *ok = true;
            return entry.mode;
        }
    }
    if (ok)
        *ok = false;
    return BodyMode::None;
}

} // namespace tether::core
