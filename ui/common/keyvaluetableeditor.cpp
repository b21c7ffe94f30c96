// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "common/keyvaluetableeditor.h"

#include "core/keyvaluemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tether::ui {

KeyValueTableEditor::KeyValueTableEditor(core::KeyValueModel *model, const QString &hint,
                                         QWidget *parent)
    : QWidget(parent), m_model(model), m_table(new QTableView(this))
{
    m_table->setModel(model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 220);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *remove = new QAction(tr("Remove row"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &KeyValueTableEditor::removeSelectedRows);
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, this);
        label->setEnabled(false);
        label->setWordWrap(true); // a long hint must not set the narrowest width
        layout->addWidget(label);
    }
}

void KeyValueTableEditor::fitHeightToRows()
{
    const auto fit = [this] {
        const int rows = std::max(1, m_table->model()->rowCount());
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                                + rows * m_table->verticalHeader()->defaultSectionSize()
                                + 2 * m_table->frameWidth());
    };
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, fit);
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this, fit);
    connect(m_table->model(), &QAbstractItemModel::rowsRemoved, this, fit);
    fit();
}

void KeyValueTableEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

} // namespace tether::ui
