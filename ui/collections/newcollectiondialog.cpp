// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/newcollectiondialog.h"

#include "store/collectionstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

NewCollectionDialog::NewCollectionDialog(const QString &location, QWidget *parent)
    : QDialog(parent),
      m_name(new QLineEdit(this)),
      m_location(new QLineEdit(QDir::toNativeSeparators(location), this)),
      m_target(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New collection"));
    m_name->setObjectName(u"newCollectionName"_s);
    m_name->setPlaceholderText(tr("e.g. Payments API"));
    m_location->setObjectName(u"newCollectionLocation"_s);
    m_target->setObjectName(u"newCollectionTarget"_s);
    m_target->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("In folder"), where);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_target);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewCollectionDialog::update);
    connect(m_location, &QLineEdit::textChanged, this, &NewCollectionDialog::update);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
                this, tr("Folder to create the collection in"), this->location());
        if (!chosen.isEmpty())
            m_location->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString NewCollectionDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewCollectionDialog::location() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

QString NewCollectionDialog::directory() const
{
    if (name().isEmpty() || location().isEmpty())
        return {};
    const QString folder = store::CollectionStore::safeFileName(name());
    return QDir::cleanPath(QDir(location()).absoluteFilePath(folder));
}

void NewCollectionDialog::update()
{
    const QString target = directory();
    bool ok = !target.isEmpty();
    if (target.isEmpty())
        m_target->setText(tr("Give it a name and a folder."));
    else if (QFileInfo::exists(QDir(target).filePath(u"collection.json"_s)))
        m_target->setText(tr("%1 already holds a collection: it will be opened.")
                                  .arg(QDir::toNativeSeparators(target)));
    else if (QFileInfo(target).exists() && !QFileInfo(target).isDir()) {
        m_target->setText(tr("%1 is a file.").arg(QDir::toNativeSeparators(target)));
        ok = false;
    } else
        m_target->setText(tr("Creates %1 (folders that do not exist yet are made).")
                                  .arg(QDir::toNativeSeparators(target)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace tether::ui
