// SPDX-License-Identifier: MIT
#include "io/ExportDialog.h"

#include "db/Database.h"
#include "io/IoTaskRunner.h"
#include "items/LedgerScope.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gridbook {

ExportDialog::ExportDialog(const QString &ledgerPath, Feedback &feedback, QWidget *parent)
    : QDialog(parent), m_ledgerPath(ledgerPath), m_feedback(feedback)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_tables = new QListWidget(this);
    m_tables->setObjectName(QStringLiteral("tables"));
    for (ExportTable t : ExportTables::all()) {
        auto *item = new QListWidgetItem(ExportTables::title(t), m_tables);
        item->setData(Qt::UserRole, ExportTables::key(t));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(t == ExportTable::Residents ? Qt::Checked : Qt::Unchecked);
    }
    m_tables->setMaximumHeight(m_tables->sizeHintForRow(0) * 8 + 6);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_xlsx = new QRadioButton(tr("Excel workbook (.xlsx)"), this);
    m_xlsx->setObjectName(QStringLiteral("formatXlsx"));
    m_xlsx->setChecked(true);
    m_csv = new QRadioButton(tr("CSV text (.csv)"), this);
    m_csv->setObjectName(QStringLiteral("formatCsv"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (opens right in Excel)"), QStringLiteral("utf-8-bom"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(tr("GBK (older systems)"), QStringLiteral("gbk"));
    m_perGrid = new QCheckBox(tr("One sheet per small grid"), this);
    m_perGrid->setObjectName(QStringLiteral("sheetPerGrid"));
    m_full = new QCheckBox(tr("Unmasked ID and phone numbers, and sensitive care categories"),
                           this);
    m_full->setObjectName(QStringLiteral("full"));
    m_fullWarning = new QLabel(tr("The file will hold personal data in full. Keep it safe and "
                                  "delete it when it is no longer needed."),
                               this);
    m_fullWarning->setObjectName(QStringLiteral("fullWarning"));
    m_fullWarning->setWordWrap(true);
    m_fullWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("outPath"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                        .filePath(tr("residents") + QStringLiteral(".xlsx")));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));

    auto *format = new QHBoxLayout;
    format->addWidget(m_xlsx);
    format->addWidget(m_csv);
    format->addStretch();
    auto *out = new QHBoxLayout;
    out->addWidget(m_path, 1);
    out->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Tables:"), m_tables);
    form->addRow(tr("Part of the ledger:"), m_scope);
    form->addRow(tr("Format:"), format);
    form->addRow(tr("CSV encoding:"), m_encoding);
    form->addRow(QString(), m_perGrid);
    form->addRow(QString(), m_full);
    form->addRow(QString(), m_fullWarning);
    form->addRow(tr("Save as:"), out);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *run = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("exportButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(run, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool csv = m_csv->isChecked();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export to"), m_path->text(),
            csv ? tr("CSV text (*.csv)") : tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_xlsx),
                               static_cast<QAbstractButton *>(m_csv),
                               static_cast<QAbstractButton *>(m_full)})
        connect(b, &QAbstractButton::toggled, this, [this] { updateState(); });
    connect(m_tables, &QListWidget::itemChanged, this, [this] { updateState(); });

    loadScopes();
    updateState();
}

void ExportDialog::loadScopes()
{
    m_scope->clear();
    m_scope->addItem(tr("The whole ledger"), QStringLiteral("all"));
    auto db = Database::open(m_ledgerPath, Database::Options{.create = false, .readOnly = true});
    if (!db)
        return;
    QSqlQuery q((*db)->connection());
    const struct {
        const char *kind;
        const char *sql;
    } kinds[] = {
        {"community", "SELECT uid, name FROM community WHERE archived_at IS NULL ORDER BY id"},
        {"big-grid", "SELECT bg.uid, cm.name || ' / ' || bg.name FROM big_grid bg JOIN community "
                     "cm ON cm.id = bg.community_id WHERE bg.archived_at IS NULL ORDER BY cm.id, "
                     "bg.id"},
        {"small-grid", "SELECT sg.uid, cm.name || ' / ' || sg.name FROM small_grid sg JOIN "
                       "big_grid bg ON bg.id = sg.big_grid_id JOIN community cm ON cm.id = "
                       "bg.community_id WHERE sg.archived_at IS NULL ORDER BY cm.id, sg.id"},
        {"compound", "SELECT c.uid, cm.name || ' / ' || c.name FROM compound c JOIN community cm "
                     "ON cm.id = c.community_id WHERE c.archived_at IS NULL ORDER BY cm.id, "
                     "c.name"},
    };
    for (const auto &k : kinds) {
        if (!q.exec(QString::fromLatin1(k.sql)))
            continue;
        while (q.next())
            m_scope->addItem(q.value(1).toString(),
                             QString(QString::fromLatin1(k.kind) + u':' + q.value(0).toString()));
    }
}

void ExportDialog::setScope(const QString &spec)
{
    const int i = m_scope->findData(spec);
    if (i >= 0)
        m_scope->setCurrentIndex(i);
}

void ExportDialog::setScope(const LedgerScope &scope, const QSqlDatabase &db)
{
    QString table;
    QString kind;
    qint64 id = scope.id();
    switch (scope.level()) {
    case LedgerScope::Level::Everything:
        setScope(QStringLiteral("all"));
        return;
    case LedgerScope::Level::Community:
        table = QStringLiteral("community"), kind = QStringLiteral("community");
        break;
    case LedgerScope::Level::BigGrid:
        table = QStringLiteral("big_grid"), kind = QStringLiteral("big-grid");
        break;
    case LedgerScope::Level::SmallGrid:
        table = QStringLiteral("small_grid"), kind = QStringLiteral("small-grid");
        break;
    case LedgerScope::Level::Compound:
        table = QStringLiteral("compound"), kind = QStringLiteral("compound");
        break;
    case LedgerScope::Level::Building:
        table = QStringLiteral("building"), kind = QStringLiteral("building");
        break;
    case LedgerScope::Level::Unit:
        table = QStringLiteral("building_unit"), kind = QStringLiteral("unit");
        break;
    }
    QSqlQuery q(db);
    // `table` is one of the fixed names above, never user text.
    q.prepare(QStringLiteral("SELECT uid FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return;
    const QString spec = kind + u':' + q.value(0).toString();
    if (m_scope->findData(spec) < 0) {
        // Buildings and units are not listed up front (a community has hundreds).
        const auto resolved = ExportScope::resolve(db, spec);
        if (!resolved)
            return;
        m_scope->addItem(resolved->label, spec);
    }
    setScope(spec);
}

void ExportDialog::setTables(const QList<ExportTable> &tables)
{
    for (int i = 0; i < m_tables->count(); ++i) {
        QListWidgetItem *item = m_tables->item(i);
        const auto t = ExportTables::fromKey(item->data(Qt::UserRole).toString());
        item->setCheckState(t && tables.contains(*t) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::updateState()
{
    const bool csv = m_csv->isChecked();
    m_encoding->setEnabled(csv);
    m_perGrid->setEnabled(!csv);
    m_fullWarning->setVisible(m_full->isChecked());
    // Keep the file's suffix in step with the format.
    QString path = m_path->text();
    const QString suffix = csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        const QFileInfo info(path);
        path = info.dir().filePath(info.completeBaseName() + suffix);
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.tables.clear();
    for (int i = 0; i < m_tables->count(); ++i) {
        const QListWidgetItem *item = m_tables->item(i);
        if (item->checkState() == Qt::Checked)
            if (const auto t = ExportTables::fromKey(item->data(Qt::UserRole).toString()))
                o.tables << *t;
    }
    o.format = m_csv->isChecked() ? ExportFormat::Csv : ExportFormat::Xlsx;
    o.encoding = TextEncoding::fromName(m_encoding->currentData().toString())
                     .value_or(TextEncoding::Kind::Utf8Bom);
    o.sheetPerGrid = !m_csv->isChecked() && m_perGrid->isChecked();
    o.full = m_full->isChecked();
    o.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    return o;
}

bool ExportDialog::exportNow()
{
    ExportOptions options = this->options();
    const QString scopeSpec = m_scope->currentData().toString();
    const QString ledger = m_ledgerPath;
    auto result = IoTaskRunner::run<ExportSummary>(
        this, m_feedback, tr("Exporting"),
        [options, scopeSpec, ledger](Feedback &f) mutable -> Result<ExportSummary> {
            auto db = Database::open(ledger, Database::Options{.create = false, .readOnly = true});
            if (!db)
                return db.error();
            auto scope = ExportScope::resolve((*db)->connection(), scopeSpec);
            if (!scope)
                return scope.error();
            options.scope = *scope;
            return TableExporter((*db)->connection()).run(options, f);
        });
    if (!result) {
        m_feedback.error(result.error());
        return false;
    }
    m_summary = *result;
    emit exported(options.path);
    return true;
}

} // namespace gridbook
