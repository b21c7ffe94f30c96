// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/headercompleterdelegate.h"

#include "core/keyvaluemodel.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tether::ui {

QStringList HeaderCompleterDelegate::headerNames()
{
    return {u"Accept"_s,
            u"Accept-Charset"_s,
            u"Accept-Encoding"_s,
            u"Accept-Language"_s,
            u"Authorization"_s,
            u"Cache-Control"_s,
            u"Connection"_s,
            u"Content-Disposition"_s,
            u"Content-Encoding"_s,
            u"Content-Language"_s,
            u"Content-Length"_s,
            u"Content-Type"_s,
            u"Cookie"_s,
            u"Date"_s,
            u"Expect"_s,
            u"Forwarded"_s,
            u"From"_s,
            u"Host"_s,
            u"If-Match"_s,
            u"If-Modified-Since"_s,
            u"If-None-Match"_s,
            u"If-Range"_s,
            u"If-Unmodified-Since"_s,
            u"Origin"_s,
            u"Pragma"_s,
            u"Prefer"_s,
            u"Proxy-Authorization"_s,
            u"Range"_s,
            u"Referer"_s,
            u"TE"_s,
            u"Upgrade"_s,
            u"User-Agent"_s,
            u"Via"_s,
            u"X-Api-Key"_s,
            u"X-Correlation-ID"_s,
            u"X-Forwarded-For"_s,
            u"X-Forwarded-Host"_s,
            u"X-Forwarded-Proto"_s,
            u"X-Request-ID"_s,
            u"X-Requested-With"_s};
}

QStringList HeaderCompleterDelegate::valuesFor(const QString &header)
{
    static const QStringList mediaTypes{u"application/json"_s,
                                        u"application/xml"_s,
                                        u"application/x-www-form-urlencoded"_s,
                                        u"application/octet-stream"_s,
                                        u"application/pdf"_s,
                                        u"application/problem+json"_s,
                                        u"application/graphql"_s,
                                        u"application/ld+json"_s,
                                        u"application/vnd.api+json"_s,
                                        u"multipart/form-data"_s,
                                        u"text/plain"_s,
                                        u"text/html"_s,
                                        u"text/csv"_s,
                                        u"text/event-stream"_s,
                                        u"image/png"_s,
                                        u"image/jpeg"_s,
                                        u"image/svg+xml"_s,
                                        u"*/*"_s};
    const QString name = header.trimmed().toLower();
    if (name == u"content-type" || name == u"accept")
        return mediaTypes;
    if (name == u"accept-encoding" || name == u"content-encoding" || name == u"te")
        return {u"gzip"_s, u"deflate"_s, u"br"_s, u"identity"_s, u"gzip, deflate, br"_s};
    if (name == u"cache-control" || name == u"pragma")
        return {u"no-cache"_s, u"no-store"_s, u"max-age=0"_s, u"must-revalidate"_s};
    if (name == u"connection")
        return {u"keep-alive"_s, u"close"_s, u"upgrade"_s};
    if (name == u"authorization" || name == u"proxy-authorization")
        return {u"Bearer {{token}}"_s, u"Basic "_s};
    if (name == u"accept-language")
        return {u"en-US,en;q=0.9"_s, u"en"_s, u"*"_s};
    if (name == u"prefer")
        return {u"return=minimal"_s, u"return=representation"_s, u"respond-async"_s};
    if (name == u"expect")
        return {u"100-continue"_s};
    return {};
}

QWidget *HeaderCompleterDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto *line = qobject_cast<QLineEdit *>(editor);
    if (!line)
        return editor;
    const QStringList words = index.column() == core::KeyValueModel::NameColumn
            ? headerNames()
            : valuesFor(index.siblingAtColumn(core::KeyValueModel::NameColumn).data().toString());
    if (words.isEmpty())
        return editor;
    auto *completer = new QCompleter(words, line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "type" finds Content-Type
    completer->setCompletionMode(QCompleter::PopupCompletion);
    line->setCompleter(completer);
    return editor;
}

} // namespace tether::ui
