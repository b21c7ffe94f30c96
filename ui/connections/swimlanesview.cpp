// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "connections/swimlanesview.h"
#include "common/phasebarpainter.h"
#include "core/counted.h"

#include "net/connectionlifetimesmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QUrl>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tether::ui {

namespace {

QColor endColor(net::ConnectionLifetime::End end)
{
    switch (end) {
    case net::ConnectionLifetime::End::ServerCloseHeader:
        return QColor(0x2f, 0x81, 0xf7);
    case net::ConnectionLifetime::End::ServerIdleClose:
        return QColor(0xf0, 0x88, 0x3e);
    case net::ConnectionLifetime::End::ClientClose:
        return QColor(0x6e, 0x76, 0x81);
    case net::ConnectionLifetime::End::Error:
        return QColor(0xcf, 0x22, 0x2e);
    case net::ConnectionLifetime::End::Open:
        break;
    }
    return QColor(0x2d, 0xa4, 0x4e);
}

QString timeLabel(double ms)
{
    if (std::abs(ms) < 1000)
        return u"%1 ms"_s.arg(ms, 0, 'f', ms == std::floor(ms) ? 0 : 1);
    return u"%1 s"_s.arg(ms / 1000.0, 0, 'f', ms / 1000.0 == std::floor(ms / 1000.0) ? 0 : 1);
}

} // namespace

SwimlanesView::SwimlanesView(net::ConnectionLifetimesModel *model, QWidget *parent)
    : QAbstractScrollArea(parent), m_model(model)
{
    setObjectName(u"swimlanes"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(100); // live runs change lanes at request rate: paint at most 10/s
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        if (m_fitted)
            fit();
        updateScrollBars();
        viewport()->update();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &SwimlanesView::scheduleUpdate);
    connect(model, &QAbstractItemModel::modelReset, this, &SwimlanesView::scheduleUpdate);
    connect(model, &QAbstractItemModel::dataChanged, this, &SwimlanesView::scheduleUpdate);
}

void SwimlanesView::scheduleUpdate()
{
    if (!m_repaint.isActive())
        m_repaint.start();
}

double SwimlanesView::xFor(double ms) const
{
    return gutterWidth + (ms - m_originMs) * m_pixelsPerMs - horizontalScrollBar()->value();
}

double SwimlanesView::timeAt(int x) const
{
    if (x < gutterWidth)
        return -1;
    return m_originMs + (x - gutterWidth + horizontalScrollBar()->value()) / m_pixelsPerMs;
}

void SwimlanesView::fit()
{
    const double first = m_model ? m_model->firstMs() : 0;
    const double last = m_model ? m_model->lastMs() : 0;
    // Room on the right for the last lane's end reason.
    const int width = qMax(40, viewport()->width() - gutterWidth - 24);
    m_originMs = first;
    m_pixelsPerMs = qBound(1e-6, width / qMax(1.0, last - first), maxPixelsPerMs);
    m_fitted = true;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void SwimlanesView::zoomBy(double factor, int anchorX)
{
    if (anchorX < gutterWidth)
        anchorX = gutterWidth + (viewport()->width() - gutterWidth) / 2;
    const double anchorMs = timeAt(anchorX);
    const double before = m_pixelsPerMs;
    const double fitted = [this] {
        const double span = qMax(1.0, (m_model ? m_model->lastMs() - m_model->firstMs() : 1));
        return qMin(maxPixelsPerMs, qMax(40, viewport()->width() - gutterWidth - 24) / span);
    }();
    m_pixelsPerMs = qBound(fitted, m_pixelsPerMs * factor, maxPixelsPerMs);
    if (m_pixelsPerMs <= fitted * 1.0001) {
        fit();
        return;
    }
    m_fitted = false;
    updateScrollBars();
    horizontalScrollBar()->setValue(
            int(std::lround((anchorMs - m_originMs) * m_pixelsPerMs - (anchorX - gutterWidth))));
    if (before != m_pixelsPerMs)
        viewport()->update();
}

void SwimlanesView::updateScrollBars()
{
    const double span = m_model ? qMax(0.0, m_model->lastMs() - m_originMs) : 0;
    const int visible = qMax(1, viewport()->width() - gutterWidth);
    const int content = int(std::ceil(span * m_pixelsPerMs)) + 24;
    horizontalScrollBar()->setPageStep(visible);
    horizontalScrollBar()->setSingleStep(qMax(1, visible / 20));
    horizontalScrollBar()->setRange(0, qMax(0, content - visible));
    const int lanes = m_model ? m_model->rowCount() : 0;
    const int visibleHeight = qMax(1, viewport()->height() - axisHeight);
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(laneHeight);
    verticalScrollBar()->setRange(0, qMax(0, lanes * laneHeight - visibleHeight));
}

void SwimlanesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        fit();
    else
        updateScrollBars();
}

void SwimlanesView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void SwimlanesView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void SwimlanesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->position().x() >= gutterWidth) {
        m_dragX = int(event->position().x());
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void SwimlanesView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX >= 0) {
        const int x = int(event->position().x());
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (x - m_dragX));
        m_dragX = x;
        if (horizontalScrollBar()->maximum() > 0)
            m_fitted = false;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SwimlanesView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragX = -1;
    viewport()->unsetCursor();
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void SwimlanesView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    case Qt::Key_0:
        fit();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool SwimlanesView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString SwimlanesView::toolTipAt(const QPoint &position) const
{
    if (!m_model || position.y() < axisHeight)
        return {};
    const int row = (position.y() - axisHeight + verticalScrollBar()->value()) / laneHeight;
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const net::ConnectionLifetime &lifetime = m_model->lifetime(row);
    if (position.x() >= gutterWidth) {
        for (const net::ConnectionLifetime::Ride &ride : lifetime.rides) {
            if (position.x() < xFor(ride.startMs) - 2 || position.x() > xFor(ride.endMs) + 2)
                continue;
            return tr("Exchange #%1%2 · %3 · %4 · %5 ms")
                    .arg(ride.exchange)
                    .arg(ride.hop > 0 ? tr(", hop %1").arg(ride.hop + 1) : QString())
                    .arg(ride.status ? QString::number(ride.status) : tr("no response"),
                         net::verdictLabel(ride.verdict),
                         QString::number(ride.endMs - ride.startMs, 'f', 1));
        }
    }
    return m_model->data(m_model->index(row, 0), Qt::ToolTipRole).toString();
}

void SwimlanesView::paintAxis(QPainter &painter, double fromMs, double toMs)
{
    const QRect bar(0, 0, viewport()->width(), axisHeight);
    painter.fillRect(bar, palette().alternateBase());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, axisHeight - 1, viewport()->width(), axisHeight - 1);
    // Ticks 1, 2 or 5 × 10^k ms apart, at least 90 px.
    double step = std::pow(10.0, std::floor(std::log10(qMax(1e-3, 90 / m_pixelsPerMs))));
    for (double multiple : {1.0, 2.0, 5.0, 10.0}) {
        if (step * multiple * m_pixelsPerMs >= 90) {
            step *= multiple;
            break;
        }
    }
    const double base = m_model ? m_model->firstMs() : 0;
    painter.setPen(palette().color(QPalette::Text));
    for (double t = std::floor((fromMs - base) / step) * step; base + t <= toMs; t += step) {
        const double x = xFor(base + t);
        if (x < gutterWidth)
            continue;
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(QPointF(x, axisHeight - 6), QPointF(x, viewport()->height()));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 3, axisHeight - 7), timeLabel(t));
    }
    painter.drawText(
            QRect(6, 0, gutterWidth - 8, axisHeight), Qt::AlignVCenter,
            core::counted(m_model ? m_model->rowCount() : 0, tr("connection"), tr("connections")));
}

void SwimlanesView::paintLane(QPainter &painter, const net::ConnectionLifetime &lifetime, int top)
{
    const int width = viewport()->width();
    const QColor colour = PhaseBarPainter::connectionColor(lifetime.id);
    const double endMs = lifetime.isOpen() ? m_model->nowMs() : lifetime.endedAtMs;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    // The upper third carries the end reason, the rest the bars: text never covers a bar.
    const int textTop = top + 1;
    const int textHeight = laneHeight / 3 + 1;
    const int barTop = top + textHeight + 2;
    const int barHeight = laneHeight - textHeight - 6;

    // The lane: a thin line for the connection's life, bars for what rode it.
    painter.save();
    painter.setClipRect(QRect(gutterWidth, top, width - gutterWidth, laneHeight));
    const double middle = barTop + barHeight / 2.0;
    const double lineStart = qMax<double>(gutterWidth, xFor(lifetime.openedAtMs));
    const double lineEnd = qMin<double>(width, xFor(endMs));
    QColor line = colour;
    line.setAlpha(160);
    painter.fillRect(QRectF(lineStart, middle - 1, qMax(0.0, lineEnd - lineStart), 2), line);
    const bool multiplexed = lifetime.protocol == u"HTTP/2";
    for (const net::ConnectionLifetime::Ride &ride : lifetime.rides) {
        const double left = xFor(ride.startMs);
        const double right = xFor(ride.endMs);
        if (right < gutterWidth || left > width)
            continue;
        const QRectF bar(left, barTop, qMax(2.0, right - left), barHeight);
        painter.setOpacity(multiplexed ? 0.7 : 1.0); // streams overlap on one connection
        if (ride.phases.totalMs > 0 && right - left >= 3)
            PhaseBarPainter::paint(&painter, bar, ride.phases, m_pixelsPerMs);
        else
            painter.fillRect(bar, PhaseBarPainter::verdictColor(ride.verdict));
        painter.setOpacity(1.0);
        if (ride.failed) {
            painter.setPen(QPen(endColor(net::ConnectionLifetime::End::Error), 1.5));
            painter.drawRect(bar);
        }
    }
    // The end, and why: right of the mark if it fits, else ending at it.
    const double endX = xFor(endMs);
    if (endX >= gutterWidth - 2 && endX <= width + 2) {
        painter.fillRect(QRectF(endX - 1, barTop - 2, 3, barHeight + 4), endColor(lifetime.end));
        painter.setFont(small);
        const QFontMetrics metrics(small);
        const QString reason = m_model->describe(lifetime);
        const int wanted = metrics.horizontalAdvance(reason);
        painter.setPen(palette().color(QPalette::Text));
        // Right of the mark, or left of it when that side has more room; elided if need be.
        const int rightRoom = int(width - endX - 8);
        const int leftRoom = int(endX - gutterWidth - 6);
        const bool right = rightRoom >= wanted || rightRoom >= leftRoom;
        const int room = qMin(wanted, right ? rightRoom : leftRoom);
        if (room > 30)
            painter.drawText(QRectF(right ? endX + 5 : endX - 4 - room, textTop, room, textHeight),
                             Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(reason, Qt::ElideRight, room));
        painter.setFont(font());
    }
    painter.restore();

    // The label: colour, id and requests, then the origin.
    painter.fillRect(QRect(4, top + 5, 5, laneHeight - 10), colour);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const QRect firstLine(14, top + 2, gutterWidth - 18, laneHeight / 2 - 2);
    painter.drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter, lifetime.label());
    const int idWidth = QFontMetrics(bold).horizontalAdvance(lifetime.label() + u' ');
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(firstLine.adjusted(idWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%n req", nullptr, lifetime.requests)
                             + (lifetime.protocol == u"HTTP/2" ? u" · h2"_s : QString()));
    const QUrl origin(lifetime.origin);
    const QString host = origin.host() + u':' + QString::number(origin.port());
    painter.drawText(QRect(14, top + laneHeight / 2, gutterWidth - 18, laneHeight / 2 - 2),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(small).elidedText(host, Qt::ElideMiddle, gutterWidth - 18));
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Midlight));
    painter.drawLine(0, top + laneHeight - 1, width, top + laneHeight - 1);
}

void SwimlanesView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    if (!m_model)
        return;
    const double fromMs = timeAt(gutterWidth);
    const double toMs = timeAt(viewport()->width());
    paintAxis(painter, fromMs, toMs);
    if (m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(0, axisHeight, 0, 0), Qt::AlignCenter,
                         tr("Connections appear here as lanes once requests are sent."));
        return;
    }
    painter.setClipRect(QRect(0, axisHeight, viewport()->width(), viewport()->height()));
    const int first = verticalScrollBar()->value() / laneHeight;
    for (int row = first; row < m_model->rowCount(); ++row) {
        const int top = axisHeight + row * laneHeight - verticalScrollBar()->value();
        if (top > viewport()->height())
            break;
        paintLane(painter, m_model->lifetime(row), top);
    }
    painter.setClipping(false);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(gutterWidth - 1, 0, gutterWidth - 1, viewport()->height());
}

} // namespace tether::ui
