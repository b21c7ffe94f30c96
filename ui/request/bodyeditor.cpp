// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "request/bodyeditor.h"

#include "common/keyvaluetableeditor.h"
#include "common/theme.h"

#include "body/jsonreindenter.h"
#include "core/keyvaluemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tether::ui {

using core::BodyMode;

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent),
      m_mode(new QComboBox(this)),
      m_pages(new QStackedWidget(this)),
      m_raw(new QPlainTextEdit(this)),
      m_rawType(new QComboBox(this)),
      m_json(new QPlainTextEdit(this)),
      m_jsonStatus(new QLabel(this)),
      m_jsonTimer(new QTimer(this)),
      m_form(new core::KeyValueModel(true, this)),
      m_multipart(new core::KeyValueModel(true, this)),
      m_file(new QLineEdit(this))
{
    m_mode->setObjectName(u"bodyMode"_s);
    m_mode->addItems({tr("None"), tr("Raw"), tr("JSON"), tr("Form (urlencoded)"),
                      tr("Multipart form"), tr("Binary file")});
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *none = new QLabel(tr("This request has no body."), this);
    none->setEnabled(false);
    m_pages->addWidget(none);

    auto *raw = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawType->setEditable(true);
    m_rawType->addItems({u"text/plain; charset=utf-8"_s, u"application/xml"_s, u"text/html"_s,
                         u"application/x-www-form-urlencoded"_s});
    m_rawType->setToolTip(tr("Content-Type sent unless a header sets one"));
    rawLayout->addWidget(m_rawType);
    m_raw->setObjectName(u"rawBody"_s);
    m_raw->setFont(mono);
    rawLayout->addWidget(m_raw);
    m_pages->addWidget(raw);

    auto *json = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(json);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_json->setObjectName(u"jsonBody"_s);
    m_json->setFont(mono);
    m_json->setPlaceholderText(u"{\n  \"name\": \"{{name}}\"\n}"_s);
    m_jsonStatus->setObjectName(u"jsonStatus"_s);
    auto *beautify = new QPushButton(tr("Beautify"), json);
    beautify->setObjectName(u"jsonBeautify"_s);
    beautify->setToolTip(tr("Re-indent the JSON (key order, strings and {{variables}} kept)"));
    connect(beautify, &QPushButton::clicked, this, &BodyEditor::beautifyJson);
    auto *jsonBar = new QHBoxLayout;
    jsonBar->addWidget(m_jsonStatus, 1);
    jsonBar->addWidget(beautify);
    jsonLayout->addWidget(m_json);
    jsonLayout->addLayout(jsonBar);
    m_pages->addWidget(json);

    m_form->setNameHeader(tr("Field"));
    m_pages->addWidget(new KeyValueTableEditor(m_form, {}, this));
    m_multipart->setNameHeader(tr("Field"));
    m_pages->addWidget(new KeyValueTableEditor(
            m_multipart, tr("A value of @/path/to/file attaches that file, as curl -F does."),
            this));

    auto *file = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(file);
    m_file->setObjectName(u"bodyFile"_s);
    m_file->setPlaceholderText(tr("File sent as the body"));
    m_browse = new QPushButton(tr("Choose…"), file);
    fileLayout->addWidget(m_file);
    fileLayout->addWidget(m_browse);
    fileLayout->setAlignment(Qt::AlignTop);
    m_pages->addWidget(file);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Body file"));
        if (!path.isEmpty())
            m_file->setText(path);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode, 0, Qt::AlignLeft);
    layout->addWidget(m_pages);
    connect(m_mode, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(250);
    connect(m_jsonTimer, &QTimer::timeout, this, &BodyEditor::validateJson);
    connect(m_json, &QPlainTextEdit::textChanged, m_jsonTimer, qOverload<>(&QTimer::start));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &BodyEditor::changed);
    connect(m_rawType, &QComboBox::currentTextChanged, this, &BodyEditor::changed);
    connect(m_raw, &QPlainTextEdit::textChanged, this, &BodyEditor::changed);
    connect(m_json, &QPlainTextEdit::textChanged, this, &BodyEditor::changed);
    connect(m_form, &core::KeyValueModel::entriesEdited, this, &BodyEditor::changed);
    connect(m_multipart, &core::KeyValueModel::entriesEdited, this, &BodyEditor::changed);
    connect(m_file, &QLineEdit::textChanged, this, &BodyEditor::changed);
}

QString BodyEditor::jsonError(int *line, int *column) const
{
    // {{variables}} are not JSON yet; give them a neutral stand-in before checking.
    static const QRegularExpression variable(u"\\{\\{[^{}]*\\}\\}"_s);
    const QByteArray probe = m_json->toPlainText().replace(variable, u"0"_s).toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(probe, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const QByteArray before = probe.left(error.offset);
    if (line)
        *line = int(before.count('\n')) + 1;
    if (column)
        *column = int(error.offset - before.lastIndexOf('\n'));
    return error.errorString();
}

void BodyEditor::validateJson()
{
    if (m_json->toPlainText().trimmed().isEmpty()) {
        m_jsonStatus->clear();
        return;
    }
    int line = 0;
    int column = 0;
    const QString error = jsonError(&line, &column);
    if (error.isEmpty()) {
        m_jsonStatus->setText(tr("✓ valid JSON"));
        m_jsonStatus->setStyleSheet(Theme::textStyle(Theme::success()));
    } else {
        m_jsonStatus->setText(tr("✗ %1 at line %2, column %3 (it will be sent as typed)")
                                      .arg(error)
                                      .arg(line)
                                      .arg(column));
        m_jsonStatus->setStyleSheet(Theme::textStyle(Theme::error()));
    }
}

bool BodyEditor::beautifyJson()
{
    const QString text = m_json->toPlainText();
    if (text.trimmed().isEmpty())
        return false;
    int line = 0;
    int column = 0;
    if (const QString error = jsonError(&line, &column); !error.isEmpty()) {
        m_jsonStatus->setText(
                tr("✗ not beautified: %1 at line %2, column %3").arg(error).arg(line).arg(column));
        m_jsonStatus->setStyleSheet(Theme::textStyle(Theme::error()));
        return false;
    }
    const QString pretty = QString::fromUtf8(
            body::JsonReindenter::reindent(text.toUtf8(), 2, true).chopped(1)); // no last \n
    if (pretty == text)
        return true;
    // Through the cursor, not setPlainText: Ctrl+Z brings the text back.
    QTextCursor cursor(m_json->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(pretty);
    return true;
}

core::RequestBody BodyEditor::body() const
{
    core::RequestBody body;
    body.mode = BodyMode(m_mode->currentIndex());
    if (body.mode == BodyMode::Raw) {
        body.text = m_raw->toPlainText();
        body.contentType = m_rawType->currentText();
    } else if (body.mode == BodyMode::Json) {
        body.text = m_json->toPlainText();
    }
    body.formFields = m_form->entries();
    for (const core::KeyValue &entry : m_multipart->entries()) {
        core::MultipartField field;
        field.name = entry.name;
        field.enabled = entry.enabled;
        field.isFile = entry.value.startsWith(u'@');
        field.value = field.isFile ? entry.value.mid(1) : entry.value;
        body.multipartFields.append(field);
    }
    body.filePath = m_file->text();
    return body;
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_mode->setEnabled(!readOnly);
    m_rawType->setEnabled(!readOnly);
    m_raw->setReadOnly(readOnly);
    m_json->setReadOnly(readOnly);
    m_form->setEditable(!readOnly);
    m_multipart->setEditable(!readOnly);
    m_file->setReadOnly(readOnly);
    m_browse->setEnabled(!readOnly);
}

void BodyEditor::setBody(const core::RequestBody &body)
{
    m_mode->setCurrentIndex(int(body.mode));
    if (body.mode == BodyMode::Raw) {
        m_raw->setPlainText(body.text);
        m_rawType->setCurrentText(body.contentType);
    } else if (body.mode == BodyMode::Json) {
        m_json->setPlainText(body.text);
    }
    m_form->setEntries(body.formFields);
    core::KeyValueList multipart;
    for (const core::MultipartField &field : body.multipartFields)
        multipart.append(
                {field.name, field.isFile ? u'@' + field.value : field.value, field.enabled});
    m_multipart->setEntries(multipart);
    m_file->setText(body.filePath);
}

} // namespace tether::ui
