// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

// Contrast in both themes, measured as WCAG does: text (hints and disabled text included) and
// the status and method colours at 4.5:1 on the background, check box frames at 3:1 as drawn.
#include "common/theme.h"
#include "common/themestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tether;

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The highest contrast any pixel of the image has against the background.
double strongestAgainst(const QImage &image, const QColor &background)
{
    double best = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

    void checkContrast()
    {
        const QPalette palette = QApplication::palette();
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        QVERIFY(contrast(palette.color(QPalette::Text), base) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::WindowText), window) >= 4.5);
        for (const QColor &background : {base, window}) {
            const double disabled
                    = contrast(palette.color(QPalette::Disabled, QPalette::WindowText), background);
            QVERIFY2(disabled >= 4.5, qPrintable(QString::number(disabled)));
            QVERIFY(contrast(palette.color(QPalette::PlaceholderText), background) >= 4.5);
        }
        for (const QColor &status : {ui::Theme::error(), ui::Theme::success(), ui::Theme::warning(),
                                     ui::Theme::info(), ui::Theme::method(u"PATCH"_s)}) {
            const double ratio = contrast(status, base);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2"_s.arg(status.name()).arg(ratio)));
        }
        // An empty check box, on its own and in a table (Params), as the style draws it.
        QCheckBox box;
        box.resize(box.sizeHint());
        const QImage boxImage = box.grab().toImage();
        QVERIFY2(strongestAgainst(boxImage, window) >= 3, "an empty check box cannot be seen");
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem;
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        model.setItem(0, 0, item);
        QTableView table;
        table.setModel(&model);
        table.resize(200, 80);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const QRect cell = table.visualRect(model.index(0, 0));
        const QImage cellImage = table.viewport()->grab(cell).toImage();
        QVERIFY2(strongestAgainst(cellImage, base) >= 3, "an empty table check box cannot be seen");
    }

private Q_SLOTS:
    void darkIsReadable()
    {
        ui::Theme::apply(store::Preferences::Theme::Dark);
        QVERIFY(ui::Theme::isDark());
        checkContrast();
    }

    void lightIsReadable()
    {
        ui::Theme::apply(store::Preferences::Theme::Light);
        QVERIFY(!ui::Theme::isDark());
        checkContrast();
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
