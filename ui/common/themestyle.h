// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QProxyStyle>

namespace tether::ui {

// Fusion, with check boxes and radio buttons that can be seen: Fusion draws their frame a
// shade darker than the window, which vanishes on a dark base (an empty Params checkbox was
// invisible) and is under 3:1 on a light one. The frame is drawn in a grey at least 3:1
// against the background in either theme (WCAG 1.4.11).
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ThemeStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    static QColor indicatorFrame(bool dark);
};

} // namespace tether::ui
