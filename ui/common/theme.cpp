// SPDX-FileCopyrightText: 2026 The Tether authors
// SPDX-License-Identifier: LicenseRef-Tether-Proprietary

#include "common/theme.h"
#include "common/themestyle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace tether::ui {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    // Hints and disabled text stay readable: 4.5:1 on the window and the base (WCAG AA).
    const QColor disabled(0x9a, 0x9a, 0x9a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

// Fusion's light palette, with hints and disabled text dark enough to read (its own grey is
// under 2:1 on the window).
QPalette lightPalette()
{
    QPalette palette = QApplication::style()->standardPalette();
    const QColor secondary(0x66, 0x66, 0x66);
    palette.setColor(QPalette::PlaceholderText, secondary);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, secondary);
    return palette;
}

} // namespace

bool Theme::systemPrefersDark()
{
    if (qEnvironmentVariable("GTK_THEME").endsWith(u":dark"_s, Qt::CaseInsensitive))
        return true;
    // org.freedesktop.appearance color-scheme: 0 no preference, 1 dark, 2 light.
    QDBusMessage call = QDBusMessage::createMethodCall(
            u"org.freedesktop.portal.Desktop"_s, u"/org/freedesktop/portal/desktop"_s,
            u"org.freedesktop.portal.Settings"_s, u"Read"_s);
    call << u"org.freedesktop.appearance"_s << u"color-scheme"_s;
    // At start-up: a portal that answers at all answers within milliseconds.
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 250);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    QVariant value = reply.arguments().first();
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value.toUInt() == 1;
}

void Theme::apply(store::Preferences::Theme choice)
{
    static const QPalette platformPalette = QApplication::palette();
    static const QString platformStyle = QApplication::style()->name();
    static bool overridden = false; // the style and palette are no longer the platform's
    const bool dark = choice == store::Preferences::Theme::Dark
            || (choice == store::Preferences::Theme::System && systemPrefersDark()
                && platformPalette.color(QPalette::Window).lightness() > 128);
    if (dark || choice == store::Preferences::Theme::Light) {
        QApplication::setStyle(new ThemeStyle(QStyleFactory::create(u"Fusion"_s)));
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        overridden = true;
    } else if (overridden) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        overridden = false;
    }
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::error()
{
    return isDark() ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

QColor Theme::success()
{
    return isDark() ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor Theme::warning()
{
    return isDark() ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
}

QColor Theme::method(const QString &method)
{
    const QString upper = method.toUpper();
    if (upper == u"GET")
        return success();
    if (upper == u"POST")
        return warning();
    if (upper == u"PUT")
        return info();
    if (upper == u"PATCH")
        return isDark() ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf);
    if (upper == u"DELETE")
        return error();
    return QApplication::palette().color(QPalette::Text);
}

QColor Theme::info()
{
    return isDark() ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
}

QString Theme::textStyle(const QColor &color)
{
    return u"color: %1"_s.arg(color.name());
}

} // namespace tether::ui
