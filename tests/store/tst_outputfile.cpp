// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// OutputFile: what -o and --report write to. Regular files are replaced atomically, everything
// else (FIFOs, devices, /dev/stdout) is written in place and stays what it was.
#include "store/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tether;

class TestOutputFile : public QObject
{
    Q_OBJECT

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void regularFileIsReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_s);
        QVERIFY(store::OutputFile::write(path, "first"_ba).ok());
        QCOMPARE(readAll(path), "first"_ba);
        QVERIFY(!store::OutputFile::writesInPlace(path));
        // A writer that fails half-way leaves the old content, not half of the new.
        const auto failed = store::OutputFile::write(path, [](QIODevice *device) -> Result<void> {
            device->write("sec");
            return Error{u"write-failed"_s, u"the disk is full"_s};
        });
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"the disk is full"_s),
                 qPrintable(failed.error().message));
        QCOMPARE(readAll(path), "first"_ba);
        QVERIFY(store::OutputFile::write(path, "second"_ba).ok());
        QCOMPARE(readAll(path), "second"_ba);
    }

    void fifoIsWrittenInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pipe"_s);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(store::OutputFile::writesInPlace(path));
        QByteArray received;
        std::thread reader([&] {
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
            char buffer[256];
            for (ssize_t got; fd >= 0 && (got = ::read(fd, buffer, sizeof buffer)) > 0;)
                received.append(buffer, got);
            ::close(fd);
        });
        const auto written = store::OutputFile::write(path, "through the pipe"_ba);
        reader.join();
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(received, "through the pipe"_ba);
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode)); // still a FIFO, not a file renamed over it
    }

    void devicesAndStandardOutputAreNeverReplaced()
    {
        QVERIFY(store::OutputFile::writesInPlace(u"-"_s));
        QVERIFY(store::OutputFile::writesInPlace(u"/dev/null"_s));
        QVERIFY(store::OutputFile::writesInPlace(u"/dev/stdout"_s));
        QVERIFY(store::OutputFile::writesInPlace(u"/dev/../dev/null"_s));
        QVERIFY(store::OutputFile::writesInPlace(u"/proc/self/fd/1"_s));
        QVERIFY(store::OutputFile::write(u"/dev/null"_s, "gone"_ba).ok());
        struct stat status
        {
        };
        QCOMPARE(::stat("/dev/null", &status), 0);
        QVERIFY(S_ISCHR(status.st_mode));
    }

    void folderIsAnError()
    {
        QTemporaryDir dir;
        const auto written = store::OutputFile::write(dir.path(), "x"_ba);
        QVERIFY(!written);
        QCOMPARE(written.error().code, u"write-failed"_s);
        QVERIFY2(written.error().message.contains(u"folder"_s),
                 qPrintable(written.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
