// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStyledItemDelegate>

namespace tether::ui {

// A request in the collections tree: its method in the method's colour, in a column of its
// own width, then its name; collections and folders as the style draws them.
class MethodItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace tether::ui
