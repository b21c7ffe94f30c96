// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "cli/subcommandparser.h"

#include <QTextStream>

#include <cmath>

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

static QString optionName(const QCommandLineOption &option)
{
    return u"--"_s + option.names().constLast();
}

Result<int> SubcommandParser::wholeNumber(const QCommandLineParser &parser,
                                          const QCommandLineOption &option, int minimum,
                                          int maximum, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error{u"usage"_s,
                     QObject::tr("%1 takes a whole number from %2 to %3, not \"%4\".")
                             .arg(optionName(option))
                             .arg(minimum)
                             .arg(maximum)
                             .arg(parser.value(option))};
    return int(value);
}

Result<int> SubcommandParser::secondsAsMs(const QCommandLineParser &parser,
                                          const QCommandLineOption &option, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double seconds = parser.value(option).trimmed().toDouble(&ok);
    // toDouble takes "inf" and "nan"; neither is a time limit.
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maxSeconds)
        return Error{u"usage"_s,
                     QObject::tr("%1 takes a number of seconds above 0 and at most %2, not "
                                 "\"%3\".")
                             .arg(optionName(option))
                             .arg(maxSeconds)
                             .arg(parser.value(option))};
    return qMax(1, int(std::lround(seconds * 1000)));
}

} // namespace tether::cli
