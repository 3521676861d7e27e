// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

class QApplication;

namespace gridbook {

/** The language and fonts of the desktop app. */
class Localization {
public:
    /**
     * The locale the app speaks: `language` if given ("zh_CN", "en"), else the system's.
     * Chinese locales get Chinese; everything else English (the source language).
     */
    static QLocale chooseLocale(const QString &language);

    /**
     * Installs our translation (embedded at :/i18n) and Qt's own for `locale`, and makes
     * `locale` the default for number and date formatting. Returns false if `locale` is
     * Chinese but the embedded translation could not be loaded.
     */
    static bool install(QApplication &app, const QLocale &locale);

    /**
     * Prefers "Noto Sans CJK SC" (fonts-noto-cjk) for Chinese when it is installed: left to
     * itself fontconfig may pick the Japanese variant, whose glyphs differ from the
     * mainland forms.
     */
    static void setFonts(QApplication &app, const QLocale &locale);
};

} // namespace gridbook
