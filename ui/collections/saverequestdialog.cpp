// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/saverequestdialog.h"

#include "collections/newcollectiondialog.h"
#include "store/collectionstore.h"
#include "store/collectiontreemodel.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

using store::CollectionStore;
using store::CollectionTreeModel;

SaveRequestDialog::SaveRequestDialog(store::Workspace *workspace, const QString &name,
                                     QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_folders(new QSortFilterProxyModel(this)),
      m_tree(new QTreeView(this)),
      m_name(new QLineEdit(name, this)),
      m_target(new QLabel(this)),
      m_newFolder(new QPushButton(tr("New folder…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save request"));
    m_name->setObjectName(u"saveRequestName"_s);
    m_name->setPlaceholderText(tr("e.g. List users"));
    m_tree->setObjectName(u"saveRequestTree"_s);
    m_target->setObjectName(u"saveRequestTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::RichText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newFolder->setObjectName(u"saveRequestNewFolder"_s);

    // Collections and folders only: requests are not places to save into.
    m_folders->setSourceModel(workspace->collections());
    m_folders->setFilterRole(CollectionTreeModel::KindRole);
    m_folders->setFilterRegularExpression(
            u"^(%1|%2)$"_s.arg(int(CollectionTreeModel::Kind::Collection))
                    .arg(int(CollectionTreeModel::Kind::Folder)));
    m_tree->setModel(m_folders);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->expandAll();

    auto *newCollection = new QPushButton(tr("New collection…"), this);
    newCollection->setObjectName(u"saveRequestNewCollection"_s);
    auto *openCollection = new QPushButton(tr("Open collection…"), this);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_newFolder);
    treeButtons->addWidget(newCollection);
    treeButtons->addWidget(openCollection);
    treeButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Save in"), this));
    layout->addWidget(m_tree, 1);
    layout->addLayout(treeButtons);
    layout->addWidget(m_target);
    layout->addWidget(m_buttons);
    resize(560, 460);

    connect(m_name, &QLineEdit::textChanged, this, &SaveRequestDialog::update);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SaveRequestDialog::update);
    // The tree is rebuilt under a collection when it is written: keep it open and chosen.
    connect(m_folders, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_folders, &QAbstractItemModel::rowsInserted, this, &SaveRequestDialog::update);
    connect(m_folders, &QAbstractItemModel::rowsRemoved, this, &SaveRequestDialog::update);
    connect(m_newFolder, &QPushButton::clicked, this, &SaveRequestDialog::chooseNewFolder);
    connect(newCollection, &QPushButton::clicked, this, &SaveRequestDialog::chooseNewCollection);
    connect(openCollection, &QPushButton::clicked, this, &SaveRequestDialog::chooseOpenCollection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_folders->rowCount() > 0)
        m_tree->setCurrentIndex(m_folders->index(0, 0));
    setTabOrder(m_name, m_tree);
    m_name->selectAll();
    m_name->setFocus();
    update();
}

void SaveRequestDialog::setOwnPlace(const QString &collectionDir, const QString &path)
{
    m_ownDir = collectionDir;
    m_ownPath = path;
    update();
}

bool SaveRequestDialog::select(const QString &collectionDir, const QString &folder)
{
    const QModelIndex index
            = m_folders->mapFromSource(m_workspace->collections()->indexFor(collectionDir, folder));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

QString SaveRequestDialog::collectionDir() const
{
    return m_tree->currentIndex().data(CollectionTreeModel::CollectionDirRole).toString();
}

QString SaveRequestDialog::folder() const
{
    return m_tree->currentIndex().data(CollectionTreeModel::PathRole).toString();
}

QString SaveRequestDialog::name() const
{
    return m_name->text().simplified();
}

QString SaveRequestDialog::path() const
{
    if (collectionDir().isEmpty() || name().isEmpty())
        return {};
    return CollectionStore::joinPath(folder(), CollectionStore::safeFileName(name()));
}

Result<void> SaveRequestDialog::createCollection(const QString &dir, const QString &name)
{
    auto created = m_workspace->newCollection(dir, name);
    if (!created)
        return created.error();
    select(created.value(), {});
    return {};
}

Result<void> SaveRequestDialog::createFolder(const QString &name)
{
    const QString dir = collectionDir();
    if (dir.isEmpty())
        return Error{u"no-collection"_s, tr("Choose a collection for the folder first.")};
    auto created = m_workspace->newFolder(dir, folder(), name.simplified());
    if (!created)
        return created.error();
    select(dir, created.value());
    return {};
}

void SaveRequestDialog::chooseNewCollection()
{
    QSettings settings;
    NewCollectionDialog dialog(
            settings.value(u"collections/lastLocation"_s, QDir::homePath()).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(u"collections/lastLocation"_s, dialog.location());
    if (auto created = createCollection(dialog.directory(), dialog.name()); !created)
        QMessageBox::warning(this, tr("Collection not created"), created.error().message);
}

void SaveRequestDialog::chooseOpenCollection()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a collection folder"));
    if (dir.isEmpty())
        return;
    auto opened = m_workspace->openCollection(dir);
    if (!opened)
        return (void)QMessageBox::warning(this, tr("Not opened"), opened.error().message);
    select(opened.value(), {});
}

void SaveRequestDialog::chooseNewFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"), tr("Folder name"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.simplified().isEmpty())
        return;
    if (auto created = createFolder(name); !created)
        QMessageBox::warning(this, tr("Folder not created"), created.error().message);
}

void SaveRequestDialog::update()
{
    const QString dir = collectionDir();
    const QString target = path();
    m_newFolder->setEnabled(!dir.isEmpty());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!target.isEmpty());
    save->setText(tr("Save"));
    if (m_folders->rowCount() == 0) {
        m_target->setText(tr("No collection is open. Create one (a folder of plain files you can "
                             "keep in git) or open one to save the request in."));
        return;
    }
    if (dir.isEmpty()) {
        m_target->setText(tr("Choose a collection or folder to save in."));
        return;
    }
    if (name().isEmpty()) {
        m_target->setText(tr("Give the request a name."));
        return;
    }
    const QString file = QDir::toNativeSeparators(CollectionStore::requestFile(dir, target));
    const core::Collection *collection = m_workspace->collections()->collection(dir);
    const core::SavedRequest *existing = collection ? collection->findRequest(target) : nullptr;
    if (existing && !(dir == m_ownDir && target == m_ownPath)) {
        save->setText(tr("Replace"));
        m_target->setText(tr("<b>Replaces</b> the request “%1” saved in %2.")
                                  .arg(existing->name.toHtmlEscaped(), file.toHtmlEscaped()));
        return;
    }
    m_target->setText(tr("Writes %1").arg(file.toHtmlEscaped()));
}

} // namespace tether::ui
