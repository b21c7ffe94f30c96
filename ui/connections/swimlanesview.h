// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>

namespace tether::net {
class ConnectionLifetimesModel;
struct ConnectionLifetime;
} // namespace tether::net

namespace tether::ui {

// Connections as swimlanes on one shared time axis: a lane per connection (C1, C2, ... in
// their colours), each exchange a bar of its phases on the lane it rode, idle gaps as a thin
// line, and the lane closed with its end reason. Ctrl+wheel or +/- zooms around the pointer,
// dragging or the scroll bar pans, 0 fits everything; live lanes follow time while fitted.
class SwimlanesView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int gutterWidth = 118;
    static constexpr int axisHeight = 22;
    static constexpr int laneHeight = 32;
    static constexpr double maxPixelsPerMs = 400; // 2.5 µs a pixel: past any signal's resolution

    explicit SwimlanesView(net::ConnectionLifetimesModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {480, 260}; }
    QSize minimumSizeHint() const override { return {260, 120}; }

    void zoomBy(double factor, int anchorX = -1);
    void fit();
    bool isFitted() const { return m_fitted; }
    double pixelsPerMs() const { return m_pixelsPerMs; }
    // The time (session clock, ms) under a viewport x; -1 left of the axis.
    double timeAt(int x) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    double xFor(double ms) const;
    void scheduleUpdate();
    void updateScrollBars();
    QString toolTipAt(const QPoint &position) const;
    void paintAxis(QPainter &painter, double fromMs, double toMs);
    void paintLane(QPainter &painter, const net::ConnectionLifetime &lifetime, int top);

    QPointer<net::ConnectionLifetimesModel> m_model;
    QTimer m_repaint;
    double m_pixelsPerMs = 1;
    double m_originMs = 0; // time at the axis' left edge with the scroll bar at 0
    bool m_fitted = true;
    int m_dragX = -1;
};

} // namespace tether::ui
