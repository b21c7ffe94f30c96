// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Bare QNetworkAccessManager client for bench/run.py: the same GETs tether-run sends, with none
// of Tether's work per exchange (no recorder, tracker, history or output). Its rate is the
// ceiling any client built on Qt's HTTP stack reaches on the machine, so the benchmark can tell
// Tether's own overhead apart from Qt's.
//
//     qnam-baseline URL COUNT [--concurrency C] [--cacert FILE]
//
// Prints "<requests> <seconds>" on stdout; exits 1 when any reply failed.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int concurrency = 1;
    QString caFile;
    for (qsizetype i = 0; i + 1 < arguments.size();) {
        if (arguments.at(i) == u"--concurrency") {
            concurrency = qMax(1, arguments.at(i + 1).toInt());
            arguments.remove(i, 2);
        } else if (arguments.at(i) == u"--cacert") {
            caFile = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else {
            ++i;
        }
    }
    QTextStream err(stderr);
    bool countOk = false;
    const int count = arguments.size() == 2 ? arguments.at(1).toInt(&countOk) : 0;
    if (!countOk || count < 1) {
        err << "usage: qnam-baseline URL COUNT [--concurrency C] [--cacert FILE]\n";
        return 2;
    }

    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(arguments.at(0)));
    if (!caFile.isEmpty()) {
        // Built once, like Tether's session: the CA store is never reloaded per request.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(caFile));
        request.setSslConfiguration(tls);
    }

    int started = 0;
    int finished = 0;
    bool failed = false;
    QElapsedTimer clock;
    std::function<void()> sendNext = [&] {
        ++started;
        QNetworkReply *reply = manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                failed = true;
                err << reply->errorString() << '\n';
            }
            reply->deleteLater();
            ++finished;
            if (started < count)
                sendNext();
            else if (finished == count)
                app.quit();
        });
    };
    clock.start();
    for (int i = 0; i < concurrency && started < count; ++i)
        sendNext();
    app.exec();
    err.flush();
    std::printf("%d %.6f\n", count, clock.nsecsElapsed() / 1e9);
    return failed ? 1 : 0;
}
