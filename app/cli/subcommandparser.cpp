#include "subcommandparser.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tether::cli {

std::optional<int> SubcommandParser::parse(QCommandLineParser &parser, const QString &name,
                                           const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(name);
    if (!parser.parse(argv)) {
        QTextStream(stderr) << parser.errorText() << u"\n"_s << usage;
        return 2;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << usage;
        return 0;
    }
    return std::nullopt;
}

} // namespace tether::cli
