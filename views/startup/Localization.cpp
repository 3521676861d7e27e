// SPDX-License-Identifier: MIT
#include "startup/Localization.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QTranslator>

namespace gridbook {

QLocale Localization::chooseLocale(const QString &language)
{
    const QLocale wanted = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (wanted.language() == QLocale::Chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool Localization::install(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return true;
    auto *own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("gridbook"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (loaded)
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return loaded;
}

void Localization::setFonts(QApplication &app, const QLocale &locale)
{
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::families().contains(cjk))
        return;
    QFont font = app.font();
    if (locale.language() == QLocale::Chinese) {
        font.setFamilies({cjk});
    } else {
        // English text in the default face, Chinese names and places in the CJK one.
        font.setFamilies({font.family(), cjk});
    }
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    app.setFont(font);
}

} // namespace gridbook
