// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "response/jsonlinedelegate.h"

#include "body/bodyformatter.h"
#include "body/bodylinesmodel.h"
#include "body/jsonlinelexer.h"

#include <QApplication>
#include <QPainter>

namespace tether::ui {

using body::JsonLineLexer;

static QColor colorFor(JsonLineLexer::Kind kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case JsonLineLexer::Kind::Key:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae);
    case JsonLineLexer::Kind::String:
        return dark ? QColor(0xa5, 0xd6, 0xff) : QColor(0x0a, 0x30, 0x69);
    case JsonLineLexer::Kind::Number:
        return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00);
    case JsonLineLexer::Kind::Keyword:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    case JsonLineLexer::Kind::Punctuation:
    case JsonLineLexer::Kind::Plain:
        break;
    }
    return palette.color(QPalette::Text);
}

void JsonLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto kind = body::FormattedBody::Kind(index.data(body::BodyLinesModel::KindRole).toInt());
    if (kind != body::FormattedBody::Kind::Json) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                                   .adjusted(2, 0, 0, 0);
    painter->save();
    painter->setClipRect(textRect);
    painter->setFont(opt.font);
    const QFontMetrics metrics(opt.font);
    int x = textRect.left();
    const int baseline
            = textRect.top() + (textRect.height() + metrics.ascent() - metrics.descent()) / 2;
    const bool selected = opt.state & QStyle::State_Selected;
    for (const auto &span : JsonLineLexer::lex(text)) {
        const QString piece = text.mid(span.start, span.length);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                 : colorFor(span.kind, opt.palette));
        painter->drawText(x, baseline, piece);
        x += metrics.horizontalAdvance(piece);
        if (x > textRect.right())
            break;
    }
    painter->restore();
}

QSize JsonLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize hint = QStyledItemDelegate::sizeHint(option, index);
    return {hint.width(), QFontMetrics(option.font).height() + 2};
}

} // namespace tether::ui
