// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// tether-run's commands come from one registry: unique names, each with its own help, and the
// top-level help assembled from them exactly as it read when it was one literal.
#include "cli/commandline.h"
#include "cli/commandregistry.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tether;

class TestCommandRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCommandIsFoundByItsNameWithItsOwnHelp()
    {
        const cli::CommandRegistry registry;
        QSet<QString> names;
        for (const auto &command : registry.commands()) {
            QVERIFY2(!names.contains(command->name()), qPrintable(command->name()));
            names.insert(command->name());
            QCOMPARE(registry.find(command->name()), command.get());
            QVERIFY2(command->synopsis().startsWith(u"  "_s + command->name() + u' '),
                     qPrintable(command->synopsis()));
            QVERIFY(command->synopsis().endsWith(u'\n'));
            QVERIFY2(command->usage().contains(command->name()), qPrintable(command->name()));
        }
        QCOMPARE(names,
                 (QSet<QString>{u"send"_s, u"save"_s, u"secret"_s, u"history"_s, u"replay"_s,
                                u"probe"_s, u"run"_s, u"import"_s, u"export"_s}));
        QCOMPARE(registry.find(u"nope"_s), nullptr);
    }

    void topLevelHelpIsAssembledFromTheCommands()
    {
        const QString expected = uR"(Usage: tether-run COMMAND [options]

Commands:
  send [options] URL...   send requests (curl-style options; see 'tether-run send --help')
  save DIR/FOLDER/NAME [options] URL
                          save a request into a collection (see 'tether-run save --help')
  secret set|get|delete --collection DIR NAME
                          secrets in the OS keychain (value read from standard input)
  history [--json] [--limit N] [--origin ORIGIN]
                          list recorded exchanges
  replay ID               send a history entry again
  probe URL [--max-wait S] [--json]
                          how long the server keeps idle connections, and more
  run COLLECTION_DIR [options]
                          run a collection with its checks (see 'tether-run run --help')
  import FILE_OR_DIR... --into COLLECTION_DIR [--from FORMAT]
                          import Postman, Insomnia, Bruno, HAR, .http or curl
  export COLLECTION_DIR --format postman|http|curl|har|k6|python|javascript|qt [-o FILE]
                          export a collection (its history as HAR; code snippets)

Options:
  -h, --help              show this help
  -V, --version           show the version
)"_s;
        QCOMPARE(cli::CommandLine::usage(), expected);
    }
};

QTEST_GUILESS_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
