#pragma once

#include "body/bodyformatter.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;

namespace tether::body {
class BodyLinesModel;
}
namespace tether::net {
class ResponseBody;
}

namespace tether::ui {

// Response body: pretty or raw, formatted on a worker, painted line by line from an index of
// line offsets so a 50 MB body never blocks the window; search runs over the bytes.
class BodyView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 displayLimit = 64LL * 1024 * 1024;

    explicit BodyView(QWidget *parent = nullptr);
    void setBody(std::shared_ptr<net::ResponseBody> body, const QByteArray &contentType);
    void clear();
    void focusSearch();
    QListView *lines() const { return m_lines; }
    body::BodyLinesModel *model() const { return m_model; }

Q_SIGNALS:
    void formatted();

private:
    void reformat();
    void findNext();

    std::shared_ptr<net::ResponseBody> m_body;
    QByteArray m_contentType;
    QCheckBox *m_pretty;
    QLineEdit *m_search;
    QLabel *m_info;
    QListView *m_lines;
    body::BodyLinesModel *m_model;
    QFutureWatcher<body::FormattedBody> m_watcher;
    int m_generation = 0;
};

} // namespace tether::ui
