// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "common/themestyle.h"

#include <QPainter>
#include <QStyleOption>

namespace tether::ui {

ThemeStyle::ThemeStyle(QStyle *base) : QProxyStyle(base) { }

QColor ThemeStyle::indicatorFrame(bool dark)
{
    return dark ? QColor(0x9a, 0x9a, 0x9a) : QColor(0x76, 0x76, 0x76);
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const QColor frame = indicatorFrame(option->palette.color(QPalette::Base).lightness() < 128);
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(frame);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    } else if (element == PE_IndicatorRadioButton) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(frame);
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
}

} // namespace tether::ui
