// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/secretcommand.h"

#include "secrets/secretstore.h"
#include "store/collectionstore.h"

#include "cli/subcommandparser.h"
#include "workbench/commandcontext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

QString SecretCommand::name() const
{
    return u"secret"_s;
}

QString SecretCommand::synopsis() const
{
    return uR"(  secret set|get|delete --collection DIR NAME
                          secrets in the OS keychain (value read from standard input)
)"_s;
}

QString SecretCommand::usage() const
{
    return uR"(Usage: tether-run secret set|get|delete --collection DIR NAME

  set      read the value from standard input and store it in the OS keychain; the collection
           declares NAME as a secret variable (its value never goes into a file)
  get      print the value
  delete   remove the value from the keychain
Exit code: 0 on success, 1 when the keychain failed or has no such secret, 2 for usage errors.
)"_s;
}

int SecretCommand::run(const QStringList &arguments, workbench::CommandContext &context)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption collectionOption(u"collection"_s, u"collection"_s, u"DIR"_s);
    parser.addOptions({collectionOption});
    if (auto exitCode = SubcommandParser::parse(parser, u"secret"_s, arguments, usage()))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    if (positional.size() != 2 || !QStringList{u"set"_s, u"get"_s, u"delete"_s}.contains(action)
        || !parser.isSet(collectionOption)) {
        err << usage();
        return 2;
    }
    auto collection = store::CollectionStore::load(parser.value(collectionOption));
    if (!collection) {
        err << collection.error().message << Qt::endl;
        return 2;
    }
    secrets::SecretStore &secretStore = *context.secretStore();
    if (action == u"get") {
        auto value = secretStore.read(collection.value().id, name);
        if (!value) {
            err << value.error().message << Qt::endl;
            return 1;
        }
        out << value.value() << Qt::endl;
        return 0;
    }
    if (action == u"delete") {
        auto removed = secretStore.remove(collection.value().id, name);
        if (!removed) {
            err << removed.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << QObject::tr("Cannot read the value from standard input.") << Qt::endl;
        return 2;
    }
    QString value = QString::fromUtf8(input.readAll());
    if (value.endsWith(u'\n'))
        value.chop(1); // `echo value |` adds one
    if (value.endsWith(u'\r'))
        value.chop(1);
    auto written = secretStore.write(collection.value().id, name, value);
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1; // nothing was written anywhere
    }
    core::Collection updated = collection.value();
    auto it = std::find_if(updated.variables.begin(), updated.variables.end(),
                           [&](const core::Variable &variable) { return variable.name == name; });
    if (it == updated.variables.end())
        updated.variables.append({name, {}, true, true});
    else
        *it = {name, {}, it->enabled, true};
    auto saved = store::CollectionStore::saveCollection(updated);
    if (!saved) {
        err << saved.error().message << Qt::endl;
        return 1;
    }
    err << QObject::tr("stored {{%1}} in the keychain for collection \"%2\"")
                    .arg(name, collection.value().name)
        << Qt::endl;
    return 0;
}

} // namespace tether::cli
