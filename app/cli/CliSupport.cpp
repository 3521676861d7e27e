// SPDX-License-Identifier: MIT
#include "cli/CliSupport.h"

#include <cstdio>

namespace gridbook::cli {

void CliSupport::out(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

int CliSupport::usage(const QString &message)
{
    CliFeedback().warning(message);
    return UsageError;
}

bool CliSupport::parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Database> CliSupport::open(const QString &path, CliFeedback &feedback,
                                           Database::Options options)
{
    auto db = Database::open(path, options);
    if (!db) {
        feedback.error(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<Database> CliSupport::openExisting(const QCommandLineParser &parser,
                                                   const QString &command, CliFeedback &feedback,
                                                   int &exitCode)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        exitCode = usage(tr("%1: --db FILE is required.").arg(command));
        return nullptr;
    }
    auto db = open(parser.value(QStringLiteral("db")), feedback,
                   {.create = false, .readOnly = false, .migrate = true});
    if (!db)
        exitCode = Failed;
    return db;
}

} // namespace gridbook::cli
