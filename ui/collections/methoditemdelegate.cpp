// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/methoditemdelegate.h"

#include "common/theme.h"
#include "store/collectiontreemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tether::ui {

using store::CollectionTreeModel;

void MethodItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (CollectionTreeModel::Kind(index.data(CollectionTreeModel::KindRole).toInt())
        != CollectionTreeModel::Kind::Request)
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString method = index.data(CollectionTreeModel::MethodRole).toString().toUpper();
    const QString name = item.text.mid(method.size()).trimmed();
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    const bool selected = item.state & QStyle::State_Selected;
    QFont small = item.font;
    small.setPointSizeF(item.font.pointSizeF() * 0.85);
    small.setBold(true);
    // Wide enough for "DELETE", so names line up.
    const int methodWidth = QFontMetrics(small).horizontalAdvance(u"OPTIONS"_s) + 4;
    painter->save();
    painter->setFont(small);
    painter->setPen(selected ? item.palette.color(QPalette::HighlightedText)
                             : Theme::method(method));
    painter->drawText(text.left(), text.top(), methodWidth, text.height(),
                      Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(small).elidedText(method, Qt::ElideRight, methodWidth));
    painter->setFont(item.font);
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect = text.adjusted(methodWidth, 0, 0, 0);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      item.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->restore();
}

} // namespace tether::ui
