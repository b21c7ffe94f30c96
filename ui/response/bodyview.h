// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#pragma once

#include "body/bodyformatter.h"
#include "body/bodysearch.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace tether::body {
class BodyLinesModel;
class FileLines;
} // namespace tether::body
namespace tether::net {
class ResponseBody;
}

namespace tether::ui {

class LinesView;

// Response body: pretty or raw, formatted on a worker, painted line by line from an index of
// line offsets so a 50 MB body never blocks the window; search runs over the bytes. A body
// beyond displayLimit is not loaded at all: its rows are read from its file as they show.
class BodyView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 displayLimit = 64LL * 1024 * 1024; // largest body formatted

    explicit BodyView(QWidget *parent = nullptr);
    // `url` names the file "Save…" suggests.
    void setBody(std::shared_ptr<net::ResponseBody> body, const QByteArray &contentType,
                 const QUrl &url = {});
    // The whole body as received (also one read from its file), written atomically.
    Result<void> saveTo(const QString &path) const;
    // A file name for the body: the URL's last path segment, else "response", with an
    // extension from the content type when it has none.
    static QString suggestedFileName(const QUrl &url, const QByteArray &contentType);
    void clear();
    void focusSearch();
    QListView *lines() const { return m_lines; }
    LinesView *fileLines() const { return m_fileLines; } // for a body read from its file
    body::BodyLinesModel *model() const { return m_model; }

Q_SIGNALS:
    void formatted();

private:
    void reformat();
    void chooseSaveFile();
    // Enter: the next line with a match; Shift+Enter: the previous one.
    void findNext(bool backwards = false);
    body::BodySearch::Query query() const;
    QString queryKey() const; // the query and its options, to match a count to its search
    // Counts the matches on a worker (the body can be 64 MB) and says how many.
    void countMatches();
    void showCount();

    std::shared_ptr<net::ResponseBody> m_body;
    QByteArray m_contentType;
    QUrl m_url;
    QToolButton *m_save;
    QCheckBox *m_pretty;
    QLineEdit *m_search;
    QToolButton *m_caseSensitive;
    QToolButton *m_regularExpression;
    QTimer *m_searchDelay;
    QFutureWatcher<body::BodySearch::Hits> m_searchWatcher;
    body::BodySearch::Hits m_hits;
    bool m_hitsCurrent = false; // m_hits are for the query and body shown
    QLabel *m_info;
    QListView *m_lines;
    LinesView *m_fileLines;
    QStackedWidget *m_stack;
    body::BodyLinesModel *m_model;
    QFutureWatcher<body::FormattedBody> m_watcher;
    QFutureWatcher<std::shared_ptr<body::FileLines>> m_fileWatcher;
    int m_generation = 0;
};

} // namespace tether::ui
