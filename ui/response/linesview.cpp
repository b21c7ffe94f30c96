// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "response/linesview.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionViewItem>

namespace tether::ui {

LinesView::LinesView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void LinesView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_current = -1;
    m_widestPixels = 0;
    if (model) {
        const auto reset = [this] {
            m_current = -1;
            m_widestPixels = 0;
            verticalScrollBar()->setValue(0);
            updateScrollBars();
            viewport()->update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, reset);
        connect(model, &QAbstractItemModel::rowsInserted, this, reset);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    updateScrollBars();
    viewport()->update();
}

void LinesView::setItemDelegate(QAbstractItemDelegate *delegate)
{
    m_delegate = delegate;
    viewport()->update();
}

int LinesView::rowHeight() const
{
    return fontMetrics().height() + 2;
}

int LinesView::visibleRows() const
{
    return qMax(1, viewport()->height() / rowHeight());
}

int LinesView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void LinesView::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    verticalScrollBar()->setRange(0, qMax(0, rows - visibleRows()));
    verticalScrollBar()->setPageStep(visibleRows());
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setRange(0, qMax(0, m_widestPixels - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void LinesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LinesView::setCurrentRow(int row)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    m_current = qBound(0, row, m_model->rowCount() - 1);
    if (m_current < firstVisibleRow())
        verticalScrollBar()->setValue(m_current);
    else if (m_current >= firstVisibleRow() + visibleRows())
        verticalScrollBar()->setValue(m_current - visibleRows() + 1);
    viewport()->update();
}

void LinesView::scrollToRow(int row)
{
    verticalScrollBar()->setValue(row - visibleRows() / 2);
    viewport()->update();
}

void LinesView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (!m_model || !m_delegate)
        return;
    const int rows = m_model->rowCount();
    const int height = rowHeight();
    const int first = firstVisibleRow();
    const int shift = horizontalScrollBar()->value();
    QStyleOptionViewItem option;
    option.initFrom(viewport());
    option.font = font();
    option.fontMetrics = fontMetrics();
    option.widget = this;
    int widest = m_widestPixels;
    for (int row = first; row < rows && (row - first) * height < viewport()->height(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const int width = qMax(viewport()->width(),
                               fontMetrics().horizontalAdvance(index.data().toString()) + 8);
        widest = qMax(widest, width);
        option.rect = QRect(-shift, (row - first) * height, width + shift, height);
        option.state = QStyle::State_Enabled;
        if (row == m_current) {
            option.state |= QStyle::State_Selected;
            painter.fillRect(QRect(0, option.rect.top(), viewport()->width(), height),
                             palette().highlight());
        }
        m_delegate->paint(&painter, option, index);
    }
    if (widest != m_widestPixels) {
        m_widestPixels = widest;
        updateScrollBars();
    }
}

void LinesView::mousePressEvent(QMouseEvent *event)
{
    setCurrentRow(firstVisibleRow() + int(event->position().y()) / rowHeight());
    QAbstractScrollArea::mousePressEvent(event);
}

void LinesView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && m_model && m_current >= 0) {
        QApplication::clipboard()->setText(m_model->index(m_current, 0).data().toString());
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        setCurrentRow(m_current + 1);
        return;
    case Qt::Key_Up:
        setCurrentRow(m_current - 1);
        return;
    case Qt::Key_PageDown:
        setCurrentRow(m_current + visibleRows());
        return;
    case Qt::Key_PageUp:
        setCurrentRow(m_current - visibleRows());
        return;
    case Qt::Key_Home:
        setCurrentRow(0);
        return;
    case Qt::Key_End:
        setCurrentRow(m_model ? m_model->rowCount() - 1 : 0);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace tether::ui
