// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "collections/importdialog.h"

#include "store/collectionstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

QString ImportDialog::defaultNewCollectionDir(const QString &name)
{
    const QDir base(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + u"/Tether"_s);
    const QString stem
            = store::CollectionStore::safeFileName(name.isEmpty() ? tr("Imported") : name);
    QString dir = base.filePath(stem);
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = base.filePath(u"%1 %2"_s.arg(stem).arg(n));
    return dir;
}

static bool environmentsOnly(const formats::ImportResult &result)
{
    return result.requestCount() == 0 && !result.environments.isEmpty();
}

QString ImportDialog::defaultTarget(const formats::ImportResult &result,
                                    const QStringList &openCollections,
                                    const QString &preferredCollection)
{
    if (!environmentsOnly(result) || openCollections.isEmpty())
        return defaultNewCollectionDir(result.collection.name);
    return openCollections.contains(preferredCollection) ? preferredCollection
                                                         : openCollections.first();
}

ImportDialog::ImportDialog(const formats::ImportResult &result, const QString &source,
                           const QStringList &openCollections, const QString &preferredCollection,
                           QWidget *parent)
    : QDialog(parent),
      m_intoNew(new QRadioButton(tr("A new collection in"), this)),
      m_intoOpen(new QRadioButton(tr("The open collection"), this)),
      m_newDir(new QLineEdit(defaultNewCollectionDir(result.collection.name), this)),
      m_open(new QComboBox(this)),
      m_history(new QCheckBox(tr("Also add the %1 recorded exchanges to the history (timings and "
                                 "the browser's connections)")
                                      .arg(result.exchanges.size()),
                              this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import %1").arg(QFileInfo(source).fileName()));
    static const QHash<QString, QString> formatNames{
            {u"postman"_s, tr("Postman")}, {u"insomnia"_s, tr("Insomnia")},
            {u"bruno"_s, tr("Bruno")},     {u"har"_s, tr("HAR")},
            {u"http"_s, tr(".http file")}, {u"curl"_s, tr("curl")}};
    const int requests = result.requestCount();
    const int environments = int(result.environments.size());
    QString counts = requests == 1 ? tr("1 request") : tr("%1 requests").arg(requests);
    if (environments > 0)
        counts += environments == 1 ? tr(", 1 environment")
                                    : tr(", %1 environments").arg(environments);
    auto *summary
            = new QLabel(tr("<b>%1</b> — %2: %3")
                                 .arg(result.collection.name.toHtmlEscaped(),
                                      formatNames.value(result.format, result.format), counts),
                         this);
    summary->setObjectName(u"importSummary"_s);

    auto *warnings = new QListWidget(this);
    warnings->setObjectName(u"importWarnings"_s);
    warnings->setWordWrap(true);
    warnings->addItems(result.warnings);
    warnings->setVisible(!result.warnings.isEmpty());
    auto *warningsLabel = new QLabel(
            result.warnings.isEmpty()
                    ? tr("Everything in the file has a place in Tether.")
                    : tr("Not imported or changed on the way (%1):").arg(result.warnings.size()),
            this);

    // Every local file the requests upload, before anything is written or run.
    const QStringList filesRead = result.filesRead();
    auto *files = new QListWidget(this);
    files->setObjectName(u"importFilesRead"_s);
    for (const QString &file : filesRead)
        files->addItem(QDir::toNativeSeparators(file));
    files->setVisible(!filesRead.isEmpty());
    files->setMaximumHeight(files->sizeHintForRow(0) * 4 + 2 * files->frameWidth() + 4);
    auto *filesLabel = new QLabel(
            tr("The requests upload these local files (%1); files outside the collection are "
               "sent only when you allow it:")
                    .arg(filesRead.size()),
            this);
    filesLabel->setWordWrap(true);
    filesLabel->setVisible(!filesRead.isEmpty());

    m_newDir->setObjectName(u"importNewDir"_s);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
                = QFileDialog::getExistingDirectory(this, tr("Folder for the collection"));
        if (!dir.isEmpty())
            m_newDir->setText(dir);
    });
    m_open->setObjectName(u"importOpenCollection"_s);
    for (const QString &dir : openCollections)
        m_open->addItem(QDir::toNativeSeparators(dir), dir);
    const QString target = defaultTarget(result, openCollections, preferredCollection);
    m_open->setCurrentIndex(qMax(0, int(openCollections.indexOf(target))));
    m_intoOpen->setEnabled(!openCollections.isEmpty());
    connect(m_intoOpen, &QRadioButton::toggled, m_open, &QWidget::setEnabled);
    connect(m_intoNew, &QRadioButton::toggled, m_newDir, &QWidget::setEnabled);
    connect(m_intoNew, &QRadioButton::toggled, browse, &QWidget::setEnabled);
    const bool intoOpen = openCollections.contains(target);
    m_intoOpen->setChecked(intoOpen);
    m_intoNew->setChecked(!intoOpen);
    m_open->setEnabled(intoOpen);
    m_newDir->setEnabled(!intoOpen);
    browse->setEnabled(!intoOpen);
    m_history->setObjectName(u"importHistory"_s);
    m_history->setVisible(!result.exchanges.isEmpty());

    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_intoNew);
    newRow->addWidget(m_newDir, 1);
    newRow->addWidget(browse);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_intoOpen);
    openRow->addWidget(m_open, 1);
    auto *hint = new QLabel(
            environmentsOnly(result)
                    ? tr("An environment alone joins the collection's environments; variables "
                         "that are already there keep their values.")
                    : tr("Into an open collection, the import becomes a folder of its own."),
            this);
    hint->setObjectName(u"importHint"_s);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(u"importButton"_s);
    import->setDefault(true);
    import->setEnabled(result.requestCount() > 0 || !result.environments.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(warningsLabel);
    layout->addWidget(warnings, 1);
    layout->addWidget(filesLabel);
    layout->addWidget(files);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Import into:"), this));
    layout->addLayout(newRow);
    layout->addLayout(openRow);
    layout->addWidget(hint);
    layout->addWidget(m_history);
    layout->addWidget(buttons);
    resize(760, (result.warnings.isEmpty() ? 260 : 460) + (filesRead.isEmpty() ? 0 : 120));
}

QString ImportDialog::targetDir() const
{
    return m_intoOpen->isChecked() ? m_open->currentData().toString()
                                   : QDir::cleanPath(m_newDir->text().trimmed());
}

bool ImportDialog::addToHistory() const
{
    return !m_history->isHidden() && m_history->isChecked();
}

} // namespace tether::ui
