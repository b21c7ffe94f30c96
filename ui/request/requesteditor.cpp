// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/requesteditor.h"
#include "common/keyvaluetableeditor.h"
#include "request/autheditor.h"
#include "request/bodyeditor.h"
#include "request/headercompleterdelegate.h"

#include "core/keyvaluemodel.h"
#include "core/pathvariables.h"
#include "core/urlquery.h"
#include "formats/curlimporter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent),
      m_method(new QComboBox(this)),
      m_url(new QLineEdit(this)),
      m_send(new QPushButton(tr("Send"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_code(new QPushButton(tr("Code"), this)),
      m_tabs(new QTabWidget(this)),
      m_params(new core::KeyValueModel(true, this)),
      m_pathVariables(new core::KeyValueModel(true, this)),
      m_pathVariablesBox(new QWidget(this)),
      m_headers(new core::KeyValueModel(true, this)),
      m_body(new BodyEditor(this)),
      m_auth(new AuthEditor(this)),
      m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner))
{
    m_method->setObjectName(u"method"_s);
    m_method->setEditable(true); // any token is a method: wHat, PURGE, PROPFIND...
    m_method->addItems(
            {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_method->setMinimumContentsLength(7);
    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(
            tr("https://api.example.test/users?page=2  —  {{variables}} allowed, or paste a "
               "curl command"));
    m_url->setClearButtonEnabled(true);
    m_send->setObjectName(u"send"_s);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setToolTip(tr("Cancel (Esc)"));
    m_cancel->setEnabled(false);
    // Cancel takes Send's place while a request runs (as in Postman): the URL keeps the width
    // of one button more on a narrow window, and does not move when they swap.
    m_cancel->setVisible(false);
    const int buttonWidth = std::max(m_send->sizeHint().width(), m_cancel->sizeHint().width());
    m_send->setMinimumWidth(buttonWidth);
    m_cancel->setMinimumWidth(buttonWidth);
    m_tabs->setObjectName(u"requestTabs"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_method);
    bar->addWidget(m_url, 1);
    bar->addWidget(m_send);
    bar->addWidget(m_cancel);
    bar->addWidget(m_code);
    m_code->setObjectName(u"code"_s);
    m_code->setToolTip(tr("Copy this request as a curl command or as code"));
    auto *codeMenu = new QMenu(m_code);
    const std::pair<QString, QString> formats[]
            = {{tr("Copy as curl"), u"curl"_s},
               {tr("Copy as Python (requests)"), u"python"_s},
               {tr("Copy as JavaScript (fetch)"), u"javascript"_s},
               {tr("Copy as C++ (Qt)"), u"qt"_s}};
    for (const auto &[label, format] : formats)
        codeMenu->addAction(label, this, [this, format] { Q_EMIT copyAsRequested(format); });
    m_code->setMenu(codeMenu);

    m_params->setObjectName(u"paramsModel"_s);
    m_headers->setObjectName(u"headersModel"_s);
    m_params->setNameHeader(tr("Parameter"));
    m_headers->setNameHeader(tr("Header"));
    m_pathVariables->setObjectName(u"pathVariablesModel"_s);
    m_pathVariables->setNameHeader(tr("Path variable"));
    m_pathVariables->setFixedNames(true);
    auto *paramsPage = new QWidget(this);
    auto *pathLayout = new QVBoxLayout(m_pathVariablesBox);
    pathLayout->setContentsMargins(0, 6, 0, 0);
    auto *pathTable = new KeyValueTableEditor(
            m_pathVariables,
            tr("Each :name segment of the URL's path, replaced by its value when sent (empty: "
               "sent as typed)."),
            m_pathVariablesBox);
    pathTable->fitHeightToRows();
    pathLayout->addWidget(pathTable);
    m_pathVariablesBox->setObjectName(u"pathVariables"_s);
    m_pathVariablesBox->hide();
    auto *paramsLayout = new QVBoxLayout(paramsPage);
    paramsLayout->setContentsMargins(0, 0, 0, 0);
    paramsLayout->addWidget(
            new KeyValueTableEditor(m_params,
                                    tr("The URL's query, as typed (edit either; nothing is "
                                       "re-encoded). Unchecked rows are kept but not sent."),
                                    paramsPage),
            1);
    paramsLayout->addWidget(m_pathVariablesBox);
    m_tabs->addTab(paramsPage, tr("Params"));
    auto *headers = new KeyValueTableEditor(
            m_headers,
            tr("Qt adds User-Agent, Accept-Encoding and Accept-Language unless set here."), this);
    headers->table()->setItemDelegate(new HeaderCompleterDelegate(headers->table()));
    m_tabs->addTab(headers, tr("Headers"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_auth, tr("Auth"));

    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_bannerText->setWordWrap(true);
    auto *openAsNew = new QPushButton(tr("Open as new request"), m_banner);
    openAsNew->setObjectName(u"openAsNewRequest"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(openAsNew);
    m_banner->hide();
    connect(openAsNew, &QPushButton::clicked, this, &RequestEditor::openAsNewRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);

    connect(m_send, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestEditor::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_params, &core::KeyValueModel::entriesEdited, this, &RequestEditor::urlFromParams);
    connect(m_params, &core::KeyValueModel::entriesEdited, this, &RequestEditor::updateTabTitles);
    connect(m_params, &core::KeyValueModel::entriesEdited, this, &RequestEditor::changed);
    connect(m_headers, &core::KeyValueModel::entriesEdited, this, &RequestEditor::changed);
    connect(m_pathVariables, &core::KeyValueModel::entriesEdited, this, &RequestEditor::changed);
    connect(m_url, &QLineEdit::textChanged, this, &RequestEditor::pathVariablesFromUrl);
    // A pasted curl command (several characters at once) becomes the request.
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int previous = m_urlLength;
        m_urlLength = int(text.size());
        if (text.size() - previous > 5 && formats::CurlImporter::looksLikeCurl(text)
            && importCurl(text))
            return;
        paramsFromUrl();
    });
    connect(m_url, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_urlLength = int(text.size()); });
    connect(m_url, &QLineEdit::textChanged, this, &RequestEditor::changed);
    connect(m_url, &QLineEdit::textChanged, this, &RequestEditor::refreshVariablePreview);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestEditor::changed);
    connect(m_body, &BodyEditor::changed, this, &RequestEditor::changed);
    connect(m_auth, &AuthEditor::changed, this, &RequestEditor::changed);
    connect(m_headers, &core::KeyValueModel::entriesEdited, this, &RequestEditor::updateTabTitles);
}

RequestEditor::~RequestEditor()
{
    // A tab closed while a cell is being edited: the cell's editor commits as the widgets go,
    // and nothing may reach this half-destroyed editor.
    for (QObject *source : std::initializer_list<QObject *>{m_params, m_pathVariables, m_headers,
                                                            m_body, m_auth, m_url, m_method})
        QObject::disconnect(source, nullptr, this, nullptr);
}

bool RequestEditor::importCurl(const QString &text)
{
    // QLineEdit keeps only the first line of a multi-line paste; the clipboard has it all.
    QString command = text;
    const QString clipboard = QApplication::clipboard()->text().trimmed();
    if (formats::CurlImporter::looksLikeCurl(clipboard)
        && text.trimmed().startsWith(clipboard.section(u'\n', 0, 0).trimmed().left(40)))
        command = clipboard;
    QStringList warnings;
    auto request = formats::CurlImporter::parseCommand(command, &warnings);
    if (!request) {
        Q_EMIT curlImported({tr("Not imported: %1").arg(request.error().message)});
        return false;
    }
    setRequest(request.value());
    Q_EMIT changed();
    Q_EMIT curlImported(warnings);
    return true;
}

void RequestEditor::updateTabTitles()
{
    const int params = m_params->enabledCount();
    const int headers = m_headers->enabledCount();
    m_tabs->setTabText(0, params ? tr("Params (%1)").arg(params) : tr("Params"));
    m_tabs->setTabText(1, headers ? tr("Headers (%1)").arg(headers) : tr("Headers"));
}

// A row the URL does not hold: unchecked, or not named yet.
static bool keptApartFromUrl(const core::KeyValue &row)
{
    return !row.enabled || row.name.isEmpty();
}

// The Params table: the URL's query, then the rows kept apart from it.
static core::KeyValueList paramsTable(const QString &url, const core::KeyValueList &rows)
{
    core::KeyValueList table = core::UrlQuery::rows(url);
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(table), keptApartFromUrl);
    return table;
}

void RequestEditor::paramsFromUrl()
{
    const core::KeyValueList rows = paramsTable(m_url->text(), m_params->entries());
    if (rows != m_params->entries())
        m_params->setEntries(rows);
    updateTabTitles();
}

void RequestEditor::pathVariablesFromUrl()
{
    const core::KeyValueList rows
            = core::PathVariables::rowsFor(m_url->text(), m_pathVariables->entries());
    if (rows != m_pathVariables->entries())
        m_pathVariables->setEntries(rows);
    m_pathVariablesBox->setVisible(!rows.isEmpty());
}

void RequestEditor::urlFromParams()
{
    const QString url = core::UrlQuery::withRows(m_url->text(), m_params->entries());
    if (url != m_url->text())
        m_url->setText(url);
}

core::Request RequestEditor::request() const
{
    core::Request request;
    request.method = m_method->currentText().trimmed();
    request.url = m_url->text().trimmed();
    // The enabled rows are in the URL; the rest are kept with the request.
    const core::KeyValueList rows = m_params->entries();
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(request.params), keptApartFromUrl);
    request.pathVariables = m_pathVariables->entries();
    request.headers = m_headers->entries();
    request.body = m_body->body();
    request.auth = m_auth->auth();
    return request;
}

void RequestEditor::setRequest(const core::Request &request)
{
    m_method->setCurrentText(request.method);
    // Rows the old Params table appended (and importers that keep query rows apart) go into
    // the URL, encoded as they were sent: the same bytes on the wire.
    const QString url = core::UrlQuery::withEncodedRows(request.url, request.params);
    m_pathVariables->setEntries(request.pathVariables); // the values the URL's names take
    m_url->setText(url);
    pathVariablesFromUrl(); // also when the text did not change
    m_params->setEntries(paramsTable(url, request.params));
    m_headers->setEntries(request.headers);
    m_body->setBody(request.body);
    m_auth->setAuth(request.auth);
    updateTabTitles();
}

void RequestEditor::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    m_cancel->setVisible(busy);
    m_send->setVisible(!busy && !m_readOnly);
}

void RequestEditor::setReadOnly(bool readOnly, const QString &banner)
{
    m_readOnly = readOnly;
    m_bannerText->setText(banner);
    m_banner->setVisible(readOnly);
    m_method->setEnabled(!readOnly);
    m_url->setReadOnly(readOnly);
    m_url->setClearButtonEnabled(!readOnly);
    m_send->setVisible(!readOnly);
    m_params->setEditable(!readOnly);
    m_pathVariables->setEditable(!readOnly);
    m_headers->setEditable(!readOnly);
    m_body->setReadOnly(readOnly);
    m_auth->setEnabled(!readOnly);
}

void RequestEditor::setVariablePreview(std::function<QString(const QString &)> preview)
{
    m_preview = std::move(preview);
    m_params->setVariablePreview(m_preview);
    m_pathVariables->setVariablePreview(m_preview);
    m_headers->setVariablePreview(m_preview);
    refreshVariablePreview();
}

void RequestEditor::refreshVariablePreview()
{
    const QString url = m_url->text();
    m_url->setToolTip(m_preview && url.contains(u"{{"_s) ? m_preview(url) : QString());
}

void RequestEditor::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

} // namespace tether::ui
