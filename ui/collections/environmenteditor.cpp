// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/environmenteditor.h"
#include "common/theme.h"

#include "store/collectiontreemodel.h"
#include "store/environmentstore.h"
#include "store/variablelistmodel.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

EnvironmentEditor::EnvironmentEditor(store::Workspace *workspace, const QString &collectionDir,
                                     const QString &environment, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_dir(collectionDir),
      m_scope(new QComboBox(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_model(new store::VariableListModel(this))
{
    setObjectName(u"environmentEditor"_s);
    setWindowTitle(tr("Variables and environments"));
    resize(640, 420);
    m_scope->setObjectName(u"environmentScope"_s);
    m_scope->addItem(tr("Collection variables"), QString());
    for (const QString &name : workspace->environments(collectionDir))
        m_scope->addItem(tr("Environment: %1").arg(name), name);
    m_table->setObjectName(u"variableTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(store::VariableListModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("New environment…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Precedence: globals < collection < environment. Tick "
                                    "\"Secret\" to keep a value in the OS keychain only."),
                                 this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &EnvironmentEditor::load);
    connect(add, &QPushButton::clicked, this, &EnvironmentEditor::addEnvironment);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectScope(environment);
    load();
}

void EnvironmentEditor::selectScope(const QString &environment)
{
    const int index = m_scope->findData(environment);
    m_scope->setCurrentIndex(qMax(0, index));
}

void EnvironmentEditor::load()
{
    m_message->clear();
    const QString name = m_scope->currentData().toString();
    if (name.isEmpty()) {
        const core::Collection *collection = m_workspace->collections()->collection(m_dir);
        m_model->setVariables(collection ? collection->variables : QList<core::Variable>{});
        return;
    }
    auto environment = m_workspace->environment(m_dir, name);
    if (!environment) {
        m_message->setText(environment.error().message);
        m_model->setVariables({});
        return;
    }
    m_model->setVariables(environment.value().variables);
}

bool EnvironmentEditor::save()
{
    const QString name = m_scope->currentData().toString();
    Result<void> saved = name.isEmpty()
            ? m_workspace->saveCollectionVariables(m_dir, m_model->variables(),
                                                   m_model->changedSecrets())
            : m_workspace->saveEnvironment(m_dir, {name, m_model->variables(), {}},
                                           m_model->changedSecrets());
    m_message->setText(saved ? tr("Saved.") : saved.error().message);
    m_message->setStyleSheet(saved ? QString() : Theme::textStyle(Theme::error()));
    if (saved)
        load();
    return bool(saved);
}

void EnvironmentEditor::addEnvironment()
{
    bool ok = false;
    const QString name
            = QInputDialog::getText(this, tr("New environment"), tr("Name (e.g. staging)"),
                                    QLineEdit::Normal, {}, &ok)
                      .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto saved = m_workspace->saveEnvironment(m_dir, {name, {}, {}}, {});
    if (!saved) {
        m_message->setText(saved.error().message);
        return;
    }
    m_scope->addItem(tr("Environment: %1").arg(name), name);
    m_scope->setCurrentIndex(m_scope->count() - 1);
}

} // namespace tether::ui
