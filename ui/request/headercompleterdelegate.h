// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace tether::ui {

// Editing a header row offers completions, as peers do: standard request header names in the
// name column; in the value column, values for that header (media types for Content-Type and
// Accept, encodings for Accept-Encoding, …). Anything else may still be typed.
class HeaderCompleterDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    static QStringList headerNames();
    // Values offered for a header (case-insensitive name); empty when there are none.
    static QStringList valuesFor(const QString &header);
};

} // namespace tether::ui
