// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonValue>

namespace tether::formats {

// The part of YAML 1.2 that exported collections use (Insomnia's YAML export, Bruno's
// OpenCollection files): block mappings and sequences, plain/quoted scalars, literal and folded
// block scalars, flow [..] and {..}, comments. Anchors, tags and multi-document streams are
// refused with the line they are on rather than misread.
class YamlReader
{
public:
    static Result<QJsonValue> parse(const QByteArray &text, const QString &pathForMessages);
};

} // namespace tether::formats
