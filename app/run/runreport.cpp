// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "run/runreport.h"
#include "core/counted.h"

#include "core/timestamp.h"
#include "net/exchangejson.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace tether::run {

static QJsonObject statsJson(const RequestStats &stats)
{
    return QJsonObject{{u"path"_s, stats.path},
                       {u"name"_s, stats.name},
                       {u"count"_s, stats.count},
                       {u"failures"_s, stats.failures},
                       {u"bytes"_s, stats.bytes},
                       {u"meanMs"_s, stats.mean()},
                       {u"p50Ms"_s, stats.percentile(50)},
                       {u"p90Ms"_s, stats.percentile(90)},
                       {u"p99Ms"_s, stats.percentile(99)},
                       {u"maxMs"_s, stats.percentile(100)}};
}

QString RunReport::originLine(const net::OriginStats &origin)
{
    return QObject::tr("%1: %2 opened, %3 reused (%4 %), %5 ms saved by reuse")
            .arg(origin.origin,
                 core::counted(origin.connectionsOpened(), QObject::tr("connection"),
                               QObject::tr("connections")))
            .arg(origin.reused())
            .arg(origin.reuseRatio() * 100, 0, 'f', 0)
            .arg(origin.timeSavedMs(), 0, 'f', 1);
}

QJsonObject RunReport::json(const RunSummary &summary)
{
    QJsonArray requests;
    for (const RequestStats &stats : summary.requests)
        requests.append(statsJson(stats));
    QJsonArray origins;
    for (const net::OriginStats &origin : summary.origins)
        origins.append(net::ExchangeJson::origin(origin));
    QJsonArray results;
    for (const RequestResult &result : summary.results) {
        QJsonArray checks;
        for (const CheckResult &check : result.checks)
            checks.append(QJsonObject{{u"description"_s, check.description},
                                      {u"passed"_s, check.passed},
                                      {u"message"_s, check.message}});
        QJsonObject object{
                {u"path"_s, result.path},       {u"iteration"_s, result.iteration + 1},
                {u"method"_s, result.method},   {u"url"_s, result.url},
                {u"status"_s, result.status},   {u"timeMs"_s, result.timeMs},
                {u"bytes"_s, result.bytes},     {u"connection"_s, net::verdictName(result.verdict)},
                {u"passed"_s, result.passed()}, {u"checks"_s, checks}};
        if (result.connection > 0) {
            object.insert(u"connectionId"_s, net::ConnectionLifetime::labelFor(result.connection));
            object.insert(u"requestOnConnection"_s, result.requestOnConnection);
        }
        if (!result.error.isEmpty())
            object.insert(u"error"_s,
                          net::ExchangeJson::error(result.errorCode, result.error,
                                                   result.status > 0 ? result.receivedBytes : -1,
                                                   result.declaredLength));
        results.append(object);
    }
    QJsonArray lifetimes;
    for (const net::ConnectionLifetime &lifetime : summary.lifetimes)
        lifetimes.append(net::ExchangeJson::lifetime(lifetime, summary.endedAtMs));
    const QList<double> times = summary.allTimes();
    RequestStats all;
    all.times = times;
    const net::OriginStats::Totals connections = net::OriginStats::totals(summary.origins);
    return QJsonObject{
            {u"collection"_s, summary.collection},
            {u"folder"_s, summary.folder},
            {u"environment"_s, summary.environment},
            {u"iterations"_s, summary.iterations},
            {u"concurrency"_s, summary.concurrency},
            {u"keepAlive"_s, summary.keepAlive},
            {u"startedAt"_s, core::isoTimestamp(summary.startedAt)},
            {u"durationMs"_s, summary.durationMs},
            {u"cancelled"_s, summary.cancelled},
            {u"total"_s, summary.total()},
            {u"passed"_s, summary.passed()},
            {u"failed"_s, summary.failed()},
            {u"requestsPerSecond"_s, summary.requestsPerSecond()},
            {u"latency"_s,
             QJsonObject{{u"meanMs"_s, all.mean()},
                         {u"p50Ms"_s, all.percentile(50)},
                         {u"p90Ms"_s, all.percentile(90)},
                         {u"p99Ms"_s, all.percentile(99)},
                         {u"maxMs"_s, all.percentile(100)}}},
            {u"connections"_s,
             QJsonObject{{u"exchanges"_s, connections.exchanges},
                         {u"opened"_s, connections.opened},
                         {u"reused"_s, connections.reused},
                         {u"reuseRatio"_s, connections.reuseRatio()},
                         {u"timeSavedMs"_s, connections.timeSavedMs}}},
            {u"requests"_s, requests},
            {u"origins"_s, origins},
            {u"lifetimes"_s, lifetimes},
            {u"results"_s, results},
            // Results counted above whose details were not kept (RunSummary::keptResults).
            {u"omittedResults"_s, summary.omittedResults},
    };
}

QByteArray RunReport::junit(const RunSummary &summary)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(u"testsuites"_s);
    writer.writeAttribute(u"name"_s, summary.collection);
    writer.writeAttribute(u"tests"_s, QString::number(summary.total()));
    writer.writeAttribute(u"failures"_s, QString::number(summary.failed()));
    writer.writeAttribute(u"time"_s, QString::number(summary.durationMs / 1000.0, 'f', 3));
    writer.writeStartElement(u"testsuite"_s);
    writer.writeAttribute(u"name"_s,
                          summary.folder.isEmpty() ? summary.collection : summary.folder);
    writer.writeAttribute(u"tests"_s, QString::number(summary.total()));
    writer.writeAttribute(u"failures"_s, QString::number(summary.failed()));
    writer.writeAttribute(u"errors"_s, u"0"_s);
    writer.writeAttribute(u"timestamp"_s, summary.startedAt.toString(Qt::ISODate));
    writer.writeAttribute(u"time"_s, QString::number(summary.durationMs / 1000.0, 'f', 3));
    if (summary.omittedResults > 0) {
        writer.writeStartElement(u"properties"_s);
        writer.writeStartElement(u"property"_s);
        writer.writeAttribute(u"name"_s, u"omittedResults"_s);
        writer.writeAttribute(u"value"_s, QString::number(summary.omittedResults));
        writer.writeEndElement();
        writer.writeEndElement();
    }
    for (const RequestResult &result : summary.results) {
        writer.writeStartElement(u"testcase"_s);
        writer.writeAttribute(u"classname"_s,
                              summary.collection + u'.' + result.path.section(u'/', 0, -2));
        writer.writeAttribute(u"name"_s,
                              u"%1 [iteration %2]"_s.arg(result.path).arg(result.iteration + 1));
        writer.writeAttribute(u"time"_s, QString::number(result.timeMs / 1000.0, 'f', 4));
        if (!result.passed()) {
            QStringList problems;
            if (!result.error.isEmpty())
                problems.append(result.error);
            for (const CheckResult &check : result.checks) {
                if (!check.passed)
                    problems.append(check.description + u": "_s + check.message);
            }
            writer.writeStartElement(u"failure"_s);
            writer.writeAttribute(u"message"_s, problems.value(0));
            writer.writeCharacters(
                    u"%1 %2 → %3\n"_s.arg(result.method, result.url).arg(result.status)
                    + problems.join(u'\n'));
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray RunReport::html(const RunSummary &summary)
{
    const QJsonObject figures = json(summary);
    QString rows;
    double maxP99 = 1;
    for (const RequestStats &stats : summary.requests)
        maxP99 = qMax(maxP99, stats.percentile(99));
    QString bars;
    int y = 10;
    for (const RequestStats &stats : summary.requests) {
        rows += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>"_s
                        .arg(stats.path.toHtmlEscaped(), QString::number(stats.count),
                             QString::number(stats.failures),
                             QString::number(stats.percentile(50), 'f', 1),
                             QString::number(stats.percentile(90), 'f', 1),
                             QString::number(stats.percentile(99), 'f', 1),
                             QString::number(stats.percentile(100), 'f', 1));
        const double scale = 560.0 / maxP99;
        bars += u"<text x='0' y='%1' font-size='11'>%2</text>"_s.arg(y + 11).arg(
                stats.path.toHtmlEscaped());
        bars += u"<rect x='200' y='%1' width='%2' height='6' fill='#2f81f7'/>"_s.arg(y).arg(
                stats.percentile(50) * scale);
        bars += u"<rect x='200' y='%1' width='%2' height='6' fill='#f0883e'/>"_s.arg(y + 7).arg(
                stats.percentile(99) * scale);
        y += 22;
    }
    const QJsonObject connections = figures.value(u"connections"_s).toObject();
    QString failures;
    for (const RequestResult &result : summary.results) {
        if (result.passed())
            continue;
        QStringList problems;
        if (!result.error.isEmpty())
            problems.append(result.error.toHtmlEscaped());
        for (const CheckResult &check : result.checks)
            if (!check.passed)
                problems.append(
                        QString(check.description + u": "_s + check.message).toHtmlEscaped());
        failures += u"<li><b>%1</b> (iteration %2, status %3): %4</li>"_s
                            .arg(result.path.toHtmlEscaped())
                            .arg(result.iteration + 1)
                            .arg(result.status)
                            .arg(problems.join(u"; "_s));
    }
    const QString page = uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tether run — %1</title>
<style>body{font-family:sans-serif;margin:2em;color:#1f2328}table{border-collapse:collapse}
td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:right}td:first-child{text-align:left}
.fail{color:#cf222e}.ok{color:#1a7f37}</style></head><body>
<h1>%1</h1>
<p class="%2">%3 of %4 passed · %5 req/s · %6 ms · keep-alive %7 · concurrency %8</p>
<p title="Reuse: exchanges that got a response and rode on a connection they did not open; a redirect hop counts as one">Connections opened %9, reused by %10 (%11 %), time saved by reuse %12 ms</p>
<table><tr><th>Request</th><th>Count</th><th>Failures</th><th>p50 ms</th><th>p90 ms</th><th>p99 ms</th><th>max ms</th></tr>%13</table>
<h2>Latency (blue p50, orange p99)</h2><svg width="780" height="%14">%15</svg>
<h2>Failures</h2><ul>%16</ul></body></html>
)"_s;
    return page.arg(summary.collection.toHtmlEscaped(), summary.failed() ? u"fail"_s : u"ok"_s)
            .arg(summary.passed())
            .arg(summary.total())
            .arg(QString::number(summary.requestsPerSecond(), 'f', 1),
                 QString::number(summary.durationMs, 'f', 0),
                 summary.keepAlive ? u"on"_s : u"off"_s)
            .arg(summary.concurrency)
            .arg(connections.value(u"opened"_s).toInt())
            .arg(u"%1 of %2 exchanges"_s.arg(connections.value(u"reused"_s).toInt())
                         .arg(connections.value(u"exchanges"_s).toInt()))
            .arg(QString::number(connections.value(u"reuseRatio"_s).toDouble() * 100, 'f', 0),
                 QString::number(connections.value(u"timeSavedMs"_s).toDouble(), 'f', 1), rows)
            .arg(y + 10)
            .arg(bars,
                 (failures.isEmpty() ? u"<li>none</li>"_s : failures)
                         + (summary.omittedResults > 0
                                    ? u"<li>%1 more results counted above; their details were "
                                      "not kept</li>"_s.arg(summary.omittedResults)
                                    : QString()))
            .toUtf8();
}

QJsonObject RunReport::comparison(const RunSummary &keepAlive, const RunSummary &noKeepAlive)
{
    const QJsonObject on = json(keepAlive);
    const QJsonObject off = json(noKeepAlive);
    const double savedPerRequest = noKeepAlive.meanTimeMs() - keepAlive.meanTimeMs();
    return QJsonObject{
            {u"keepAlive"_s, on},
            {u"noKeepAlive"_s, off},
            {u"timeSavedPerRequestMs"_s, savedPerRequest},
            {u"throughputRatio"_s,
             noKeepAlive.requestsPerSecond() > 0
                     ? keepAlive.requestsPerSecond() / noKeepAlive.requestsPerSecond()
                     : 0.0},
    };
}

} // namespace tether::run
