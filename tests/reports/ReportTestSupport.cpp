// SPDX-License-Identifier: MIT
#include "reports/ReportTestSupport.h"

#include "TestDatabase.h"

#include "demo/DemoCommunityGenerator.h"

#include <catch2/catch.hpp>

#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gridbook::test {

std::unique_ptr<DemoLedger> demoLedger(int residents, quint64 seed)
{
    auto ledger = std::make_unique<DemoLedger>();
    REQUIRE(ledger->dir.isValid());
    ledger->path = ledger->dir.filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(ledger->path);
    INFO((db.ok() ? QString() : db.error().details()).toStdString());
    REQUIRE(db.ok());
    ledger->db = std::move(db).value();
    DemoOptions options;
    options.seed = seed;
    options.residents = residents;
    options.asOf = reportDay();
    SilentFeedback quiet;
    const auto made = DemoCommunityGenerator(options).generate(*ledger->db, quiet);
    INFO((made.ok() ? QString() : made.error().details()).toStdString());
    REQUIRE(made.ok());
    return ledger;
}

PdfText readPdf(const QString &path)
{
    PdfText out;
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(120000));
    INFO(QString::fromUtf8(text.readAllStandardError()).toStdString());
    REQUIRE(text.exitCode() == 0);
    out.pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    // pdftotext ends the last page with a form feed too.
    if (!out.pages.isEmpty() && out.pages.last().trimmed().isEmpty())
        out.pages.removeLast();

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(60000));
    REQUIRE(info.exitCode() == 0);
    static const QRegularExpression pagesRe(QStringLiteral("^Pages:\\s+(\\d+)"),
                                            QRegularExpression::MultilineOption);
    const auto m = pagesRe.match(QString::fromUtf8(info.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    out.infoPages = m.captured(1).toInt();
    return out;
}

QStringList column(const Database &db, const QString &sql, const QVariantList &bind)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : bind)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(describe(q).toStdString());
    REQUIRE(ok);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void RecordingFeedback::error(const Error &error)
{
    QMutexLocker lock(&m_mutex);
    m_errors << error.message;
}

void RecordingFeedback::warning(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_errors << message;
}

bool RecordingFeedback::question(const QString &text, bool)
{
    QMutexLocker lock(&m_mutex);
    m_questions << text;
    return answer;
}

void RecordingFeedback::progress(const QString &stage, qint64, qint64)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!stage.isEmpty() && !m_stages.contains(stage))
            m_stages << stage;
    }
    const int calls = ++m_progress;
    if (cancelAfter > 0 && calls >= cancelAfter)
        m_cancelled = true;
}

QStringList RecordingFeedback::questions() const
{
    QMutexLocker lock(&m_mutex);
    return m_questions;
}

QStringList RecordingFeedback::errors() const
{
    QMutexLocker lock(&m_mutex);
    return m_errors;
}

QStringList RecordingFeedback::stages() const
{
    QMutexLocker lock(&m_mutex);
    return m_stages;
}

} // namespace gridbook::test
