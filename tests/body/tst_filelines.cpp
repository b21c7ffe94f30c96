// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// FileLines: the rows of a body read from its file through a sparse index, compared with the
// same bytes split in memory, at block edges, with long lines split and search wrapping.
#include "body/filelines.h"

#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using tether::body::FileLines;

class TestFileLines : public QObject
{
    Q_OBJECT

    QTemporaryFile m_file;

    // The rows FileLines must give: lines, each longer one cut into maxRowBytes pieces.
    static QList<QByteArray> expectedRows(const QByteArray &bytes)
    {
        QList<QByteArray> rows;
        if (bytes.isEmpty())
            return rows;
        QList<QByteArray> lines = bytes.split('\n');
        if (bytes.endsWith('\n'))
            lines.removeLast();
        for (const QByteArray &line : lines) {
            if (line.isEmpty()) {
                rows.append(QByteArray());
                continue;
            }
            for (qsizetype at = 0; at < line.size(); at += FileLines::maxRowBytes)
                rows.append(line.mid(at, FileLines::maxRowBytes));
        }
        return rows;
    }
    std::shared_ptr<FileLines> write(const QByteArray &bytes)
    {
        m_file.resize(0);
        m_file.seek(0);
        m_file.write(bytes);
        m_file.flush();
        return FileLines::build(m_file.fileName(), bytes.size());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_file.open()); }

    void rowsMatchTheBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no newline") << QByteArray("hello");
        QTest::newRow("trailing newline") << QByteArray("a\nb\n");
        QTest::newRow("blank lines") << QByteArray("a\n\n\nb");
        QTest::newRow("exactly one row long") << QByteArray(FileLines::maxRowBytes, 'x');
        QTest::newRow("long line split")
                << QByteArray(3 * FileLines::maxRowBytes + 17, 'y') + "\nshort\n";
        QByteArray many;
        for (int i = 0; i < 5000; ++i)
            many += "{\"id\":" + QByteArray::number(i) + "}\n";
        QTest::newRow("many rows over blocks") << many;
        // Rows of random lengths, some past the split, across the 1 MiB read chunks.
        QByteArray mixed;
        auto *random = QRandomGenerator::global();
        while (mixed.size() < 3 * (1 << 20))
            mixed += QByteArray(random->bounded(0, 2 * FileLines::maxRowBytes), 'z') + '\n';
        QTest::newRow("random lengths, 3 MiB") << mixed;
    }
    void rowsMatchTheBytes()
    {
        QFETCH(QByteArray, bytes);
        const auto lines = write(bytes);
        const QList<QByteArray> expected = expectedRows(bytes);
        QCOMPARE(lines->rowCount(), int(expected.size()));
        for (int row = 0; row < expected.size(); ++row)
            QCOMPARE(lines->row(row), expected.at(row));
        // Backwards too: the block cache must not assume a direction.
        for (int row = int(expected.size()) - 1; row >= 0; row -= 97)
            QCOMPARE(lines->row(row), expected.at(row));
        QCOMPARE(lines->row(int(expected.size())), QByteArray());
    }

    void findWrapsAndFolds()
    {
        QByteArray bytes;
        for (int i = 0; i < 3000; ++i)
            bytes += "line " + QByteArray::number(i) + (i == 2500 ? " Needle" : "") + '\n';
        const auto lines = write(bytes);
        QCOMPARE(lines->find("Needle", 0, Qt::CaseSensitive), 2500);
        QCOMPARE(lines->find("needle", 0, Qt::CaseSensitive), -1);
        QCOMPARE(lines->find("needle", 0, Qt::CaseInsensitive), 2500);
        QCOMPARE(lines->find("Needle", 2501, Qt::CaseSensitive), 2500); // wrapped
        QCOMPARE(lines->find("line 7\n", 0, Qt::CaseSensitive), 7);
    }

    void unreadableFileSaysSo()
    {
        const auto lines = FileLines::build(u"/nonexistent/body"_s, 10);
        QCOMPARE(lines->rowCount(), 0);
        QVERIFY(!lines->error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileLines)
#include "tst_filelines.moc"
