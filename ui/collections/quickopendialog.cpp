// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/quickopendialog.h"

#include "store/collectiontreemodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace tether::ui {

QuickOpenDialog::QuickOpenDialog(QList<Item> items, QWidget *parent)
    : QDialog(parent),
      m_items(std::move(items)),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    setObjectName(u"quickOpen"_s);
    setWindowTitle(tr("Open a request"));
    m_filter->setObjectName(u"quickOpenFilter"_s);
    m_filter->setPlaceholderText(tr("Type parts of a request's name or folder…"));
    m_list->setObjectName(u"quickOpenList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(560, 380);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickOpenDialog::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    setFilter({});
}

void QuickOpenDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    m_list->clear();
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString &label = m_items.at(i).label;
        if (std::all_of(words.begin(), words.end(), [&](const QString &word) {
                return label.contains(word, Qt::CaseInsensitive);
            })) {
            auto *item = new QListWidgetItem(label, m_list);
            item->setData(Qt::UserRole, int(i));
        }
    }
    m_list->setCurrentRow(0);
}

int QuickOpenDialog::visibleCount() const
{
    return m_list->count();
}

QuickOpenDialog::Item QuickOpenDialog::chosen() const
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item && m_list->count() > 0)
        item = m_list->item(0);
    return item ? m_items.at(item->data(Qt::UserRole).toInt()) : Item{};
}

QList<QuickOpenDialog::Item> QuickOpenDialog::itemsOf(const store::CollectionTreeModel &collections)
{
    QList<Item> items;
    for (const QString &dir : collections.collectionDirs()) {
        const core::Collection *collection = collections.collection(dir);
        std::function<void(const core::CollectionFolder &)> visit = [&](const core::CollectionFolder
                                                                                &folder) {
            for (const core::SavedRequest &request : folder.requests)
                items.append({dir, request.path, collection->name + u" › "_s + request.path});
            for (const core::CollectionFolder &child : folder.folders)
                visit(child);
        };
        visit(collection->root);
    }
    return items;
}

} // namespace tether::ui
