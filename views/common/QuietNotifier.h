// SPDX-License-Identifier: MIT
#pragma once

#include "common/Notifier.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace gridbook {

/**
 * A Notifier for unattended runs of the window (--screenshot, --first-screen): never shows a
 * dialog, answers every question with its default, writes errors and warnings to stderr.
 */
class QuietNotifier : public Notifier {
public:
    void error(const Error &error) override { print(error.message); }
    void warning(const QString &message) override { print(message); }
    bool question(const QString &, bool defaultAnswer) override { return defaultAnswer; }
    void progress(const QString &, qint64, qint64) override {}
    bool cancelled() const override { return false; }
    int choose(const QString &, const QStringList &, const QString &) override { return -1; }
    void inform(const QString &) override {}

private:
    static void print(const QString &text)
    {
        const QByteArray utf8 = (text + QLatin1Char('\n')).toUtf8();
        std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    }
};

} // namespace gridbook
