// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "response/bodyview.h"
#include "core/counted.h"
#include "response/jsonlinedelegate.h"
#include "response/linesview.h"

#include "body/bodylinesmodel.h"
#include "body/filelines.h"
#include "net/responsebody.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tether::ui {

BodyView::BodyView(QWidget *parent)
    : QWidget(parent),
      m_save(new QToolButton(this)),
      m_pretty(new QCheckBox(tr("Pretty"), this)),
      m_search(new QLineEdit(this)),
      m_caseSensitive(new QToolButton(this)),
      m_regularExpression(new QToolButton(this)),
      m_searchDelay(new QTimer(this)),
      m_info(new QLabel(this)),
      m_lines(new QListView(this)),
      m_fileLines(new LinesView(this)),
      m_stack(new QStackedWidget(this)),
      m_model(new body::BodyLinesModel(this))
{
    m_pretty->setObjectName(u"bodyPretty"_s);
    m_pretty->setChecked(true);
    m_search->setObjectName(u"bodySearch"_s);
    m_search->setPlaceholderText(tr("Search body (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_caseSensitive->setObjectName(u"bodySearchCase"_s);
    m_caseSensitive->setText(u"Aa"_s);
    m_caseSensitive->setToolTip(tr("Match case"));
    m_caseSensitive->setCheckable(true);
    m_regularExpression->setObjectName(u"bodySearchRegex"_s);
    m_regularExpression->setText(u".*"_s);
    m_regularExpression->setToolTip(tr("Regular expression (Perl syntax), line by line"));
    m_regularExpression->setCheckable(true);
    m_save->setObjectName(u"bodySave"_s);
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the response body to a file, as received"));
    m_save->setEnabled(false);
    connect(m_save, &QToolButton::clicked, this, &BodyView::chooseSaveFile);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150); // count once typing pauses, not per key
    m_info->setObjectName(u"bodyInfo"_s);
    m_lines->setObjectName(u"bodyLines"_s);
    m_lines->setModel(m_model);
    m_lines->setUniformItemSizes(true); // the list never measures more than one row
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lines->setItemDelegate(new JsonLineDelegate(m_lines));
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_fileLines->setObjectName(u"bodyFileLines"_s);
    m_fileLines->setFont(m_lines->font());
    m_fileLines->setItemDelegate(m_lines->itemDelegate());
    m_stack->addWidget(m_lines);
    m_stack->addWidget(m_fileLines);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pretty);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_caseSensitive);
    bar->addWidget(m_regularExpression);
    bar->addWidget(m_info);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack);

    connect(m_pretty, &QCheckBox::toggled, this, &BodyView::reformat);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search);
    previous->setContext(Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });
    auto *previousEnter = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Enter), m_search);
    previousEnter->setContext(Qt::WidgetShortcut);
    connect(previousEnter, &QShortcut::activated, this, [this] { findNext(true); });
    for (QToolButton *option : {m_caseSensitive, m_regularExpression})
        connect(option, &QToolButton::toggled, this, [this] {
            m_hitsCurrent = false;
            m_searchDelay->start();
        });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_hitsCurrent = false;
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &BodyView::countMatches);
    connect(this, &BodyView::formatted, this, [this] {
        m_hitsCurrent = false; // line numbers change with Pretty
        if (!m_search->text().isEmpty())
            countMatches();
    });
    connect(&m_searchWatcher, &QFutureWatcher<body::BodySearch::Hits>::finished, this, [this] {
        if (m_searchWatcher.property("generation").toInt() != m_generation
            || m_searchWatcher.property("query").toString() != queryKey())
            return; // typed on, an option changed, or another body
        m_hits = m_searchWatcher.result();
        m_hitsCurrent = true;
        showCount();
    });
    connect(&m_watcher, &QFutureWatcher<body::FormattedBody>::finished, this, [this] {
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // a newer body replaced this one
        body::FormattedBody formattedBody = m_watcher.result();
        const bool truncated = formattedBody.truncated;
        const qint64 size = formattedBody.originalSize;
        m_model->setBody(std::move(formattedBody));
        m_info->setText(truncated ? tr("first %1 of %2 shown")
                                            .arg(QLocale().formattedDataSize(displayLimit),
                                                 QLocale().formattedDataSize(size))
                                  : core::counted(m_model->rowCount(), tr("line"), tr("lines")));
        Q_EMIT formatted();
    });
    connect(&m_fileWatcher, &QFutureWatcher<std::shared_ptr<body::FileLines>>::finished, this,
            [this] {
                if (m_fileWatcher.property("generation").toInt() != m_generation)
                    return;
                const std::shared_ptr<body::FileLines> lines = m_fileWatcher.result();
                const bool json = m_contentType.toLower().contains("json");
                m_model->setFileLines(lines,
                                      json ? body::FormattedBody::Kind::Json
                                           : body::FormattedBody::Kind::Text);
                m_fileLines->setModel(m_model);
                m_lines->setModel(nullptr); // it would lay out every row
                m_stack->setCurrentWidget(m_fileLines);
                m_info->setText(lines->error().isEmpty()
                                        ? tr("%1 · %2, as received (too large to format)")
                                                  .arg(QLocale().formattedDataSize(lines->size()),
                                                       core::counted(lines->rowCount(), tr("line"),
                                                                     tr("lines")))
                                        : lines->error());
                Q_EMIT formatted();
            });
}

void BodyView::setBody(std::shared_ptr<net::ResponseBody> body, const QByteArray &contentType,
                       const QUrl &url)
{
    m_url = url;
    if (body != m_body)
        m_search->clear(); // a search belongs to the body it was typed over
    m_body = std::move(body);
    m_contentType = contentType;
    reformat();
}

void BodyView::clear()
{
    ++m_generation;
    m_search->clear();
    m_body.reset();
    m_save->setEnabled(false);
    m_model->setBody({});
    m_info->clear();
}

void BodyView::reformat()
{
    if (!m_body) {
        clear();
        return;
    }
    ++m_generation;
    m_save->setEnabled(m_body->size() > 0);
    if (m_body->size() > displayLimit && m_body->spilledToFile()) {
        // Indexed on a worker, read on demand: the window never holds the body.
        m_pretty->setEnabled(false);
        m_info->setText(tr("indexing lines…"));
        m_fileWatcher.setProperty("generation", m_generation);
        m_fileWatcher.setFuture(
                QtConcurrent::run(&body::FileLines::build, m_body->filePath(), m_body->size()));
        return;
    }
    m_pretty->setEnabled(true);
    if (m_stack->currentWidget() != m_lines) {
        m_fileLines->setModel(nullptr);
        m_lines->setModel(m_model);
        m_stack->setCurrentWidget(m_lines);
    }
    m_info->setText(tr("formatting…"));
    const QByteArray bytes = m_body->read(displayLimit);
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(body::BodyFormatter::format(bytes, m_contentType,
                                                    m_pretty->isChecked()
                                                            ? body::BodyFormatter::Mode::Pretty
                                                            : body::BodyFormatter::Mode::Raw,
                                                    m_body->size()));
}

Result<void> BodyView::saveTo(const QString &path) const
{
    if (!m_body)
        return Error{u"no-body"_s, tr("There is no response body to save.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
                u"write-failed"_s,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    if (auto written = m_body->writeTo(&file); !written)
        return written.error(); // QSaveFile discards what it wrote
    if (!file.commit())
        return Error{
                u"write-failed"_s,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

QString BodyView::suggestedFileName(const QUrl &url, const QByteArray &contentType)
{
    QString name = url.fileName(QUrl::FullyDecoded);
    if (name.isEmpty())
        name = u"response"_s;
    if (!name.contains(u'.')) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(
                QString::fromLatin1(contentType.split(';').first().trimmed()));
        if (type.isValid() && !type.preferredSuffix().isEmpty())
            name += u'.' + type.preferredSuffix();
    }
    return name;
}

void BodyView::chooseSaveFile()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Save response body"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                    .filePath(suggestedFileName(m_url, m_contentType)));
    if (path.isEmpty())
        return;
    if (auto saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Not saved"), saved.error().message);
    else
        m_info->setText(tr("saved %1").arg(QDir::toNativeSeparators(path)));
}

void BodyView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

body::BodySearch::Query BodyView::query() const
{
    return {m_search->text(), m_caseSensitive->isChecked(), m_regularExpression->isChecked()};
}

QString BodyView::queryKey() const
{
    return u"%1%2\n"_s.arg(int(m_caseSensitive->isChecked()))
                   .arg(int(m_regularExpression->isChecked()))
            + m_search->text();
}

void BodyView::countMatches()
{
    m_regularExpression->setEnabled(!m_model->isFileBacked());
    if (m_model->isFileBacked() || m_search->text().isEmpty()) {
        m_hits = {};
        m_hitsCurrent = !m_model->isFileBacked();
        return;
    }
    m_searchWatcher.setProperty("generation", m_generation);
    m_searchWatcher.setProperty("query", queryKey());
    m_searchWatcher.setFuture(QtConcurrent::run(&body::BodySearch::run, m_model->body(), query()));
}

void BodyView::showCount()
{
    if (!m_hits.error.isEmpty()) {
        m_info->setText(tr("not a valid expression: %1").arg(m_hits.error));
        return;
    }
    const auto total = m_hits.matchLines.size();
    m_info->setText(total == 0              ? tr("no matches")
                            : m_hits.capped ? tr("%1+ matches").arg(total)
                                            : core::counted(total, tr("match"), tr("matches")));
}

void BodyView::findNext(bool backwards)
{
    if (!m_model->isFileBacked()) {
        if (!m_hitsCurrent) { // Enter before the count came: count now
            m_hits = body::BodySearch::run(m_model->body(), query());
            m_hitsCurrent = true;
        }
        const QModelIndex current = m_lines->currentIndex();
        const int at
                = body::BodySearch::next(m_hits, current.isValid() ? current.row() : -1, backwards);
        if (at < 0)
            return showCount();
        const int row = m_hits.matchLines.at(at);
        const QModelIndex index = m_model->index(row);
        m_lines->setCurrentIndex(index);
        m_lines->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_info->setText(tr("match %1 of %2%3 · line %4")
                                .arg(at + 1)
                                .arg(m_hits.matchLines.size())
                                .arg(m_hits.capped ? u"+"_s : QString())
                                .arg(row + 1));
        return;
    }
    // A body read from its file (too large to hold): plain text, forward from the row shown,
    // not counted (that would read the whole file).
    const int row
            = m_model->find(m_search->text(), m_fileLines->currentRow() + 1,
                            m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (row < 0) {
        m_info->setText(tr("not found"));
        return;
    }
    m_fileLines->setCurrentRow(row);
    m_fileLines->scrollToRow(row);
    m_info->setText(tr("line %1").arg(row + 1));
}

} // namespace tether::ui
