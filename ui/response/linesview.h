// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

class QAbstractItemDelegate;
class QAbstractItemModel;

namespace tether::ui {

// A list of millions of one-line rows that keeps nothing per row: it paints the visible ones
// through the delegate and scrolls by row. QListView lays out every row (≈ 13 bytes each: 70
// MiB for the 5.4 million lines of a 300 MB body), so the body view uses this one for bodies
// read from their file.
class LinesView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LinesView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setItemDelegate(QAbstractItemDelegate *delegate);
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // Brings the row to the middle of the view.
    void scrollToRow(int row);
    int firstVisibleRow() const;
    int rowHeight() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int visibleRows() const;
    void updateScrollBars();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemDelegate> m_delegate;
    int m_current = -1;
    int m_widestPixels = 0; // of the rows painted so far: the horizontal range only grows
};

} // namespace tether::ui
