#pragma once

#include <QPointer>
#include <QWidget>

namespace tether::net {
class RecentExchangesModel;
}

namespace tether::ui {

// The recent exchanges as phase bars on one time scale, newest at the bottom, each marked
// new (orange), reused (green), retried (red) or ambiguous (grey).
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(net::RecentExchangesModel *model, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {320, 260}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<net::RecentExchangesModel> m_model;
};

} // namespace tether::ui
