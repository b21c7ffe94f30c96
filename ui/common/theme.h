// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "store/preferences.h"

#include <QColor>
#include <QString>

namespace tether::ui {

// Light and dark palettes (Fusion), or the system's: the platform palette, switched to dark
// when the desktop asks for it (the XDG portal's color-scheme, or GTK_THEME=…:dark).
// Status colours come from here so text stays readable on either background.
class Theme
{
public:
    static void apply(store::Preferences::Theme choice);
    static bool isDark();
    static bool systemPrefersDark();

    static QColor error();
    static QColor success();
    static QColor warning();
    static QColor info();
    // An HTTP method's colour, as peers colour them: GET green, POST amber, PUT blue, PATCH
    // purple, DELETE red, others the text colour (readable on either background).
    static QColor method(const QString &method);
    // "color: #rrggbb" for a style sheet.
    static QString textStyle(const QColor &color);
};

} // namespace tether::ui
