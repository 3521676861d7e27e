// SPDX-License-Identifier: MIT
#include "io/ImportWizard.h"

#include "db/Database.h"
#include "domain/PhoneNumber.h"
#include "io/ColumnMapper.h"
#include "io/ImportErrorSheet.h"
#include "io/IoTaskRunner.h"
#include "io/SpreadsheetReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace gridbook {

QList<ImportSheet> ImportSession::sheets() const
{
    QList<ImportSheet> out;
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        if (included.value(i) && layouts.value(i).usable())
            out << ImportSheet{workbook.sheets[i], layouts[i]};
    }
    return out;
}

namespace {

/** Rows of the preview table. */
constexpr int kPreviewRows = 50;

Result<ImportResult> runImport(const ImportSession &session, const ImportOptions &options,
                               Feedback &feedback)
{
    const bool exists = QFileInfo::exists(session.ledgerPath);
    // A check against a ledger that does not exist yet runs on an empty one in memory.
    auto db = (options.dryRun && !exists)
                  ? Database::openInMemory()
                  : Database::open(session.ledgerPath, Database::Options{.create = true});
    if (!db)
        return db.error();
    auto result = ResidentImporter((*db)->connection()).run(session.sheets(), options, feedback);
    if (result && result->summary.committed)
        (void)(*db)->checkpoint();
    return result;
}

QString summaryText(const ImportSummary &s)
{
    QString text =
        ImportWizard::tr("Rows read: %1. To import: %2; to update: %3; already in the ledger: "
                         "%4; waiting for your decision: %5; rejected: %6.")
            .arg(s.rowsRead)
            .arg(s.inserted)
            .arg(s.updated)
            .arg(s.skipped)
            .arg(s.review)
            .arg(s.rejected);
    text += u'\n' + ImportWizard::tr("Households: %1 new, %2 existing joined. New places: %3 "
                                     "compounds, %4 buildings, %5 units, %6 dwellings.")
                        .arg(s.householdsCreated)
                        .arg(s.householdsJoined)
                        .arg(s.compoundsCreated)
                        .arg(s.buildingsCreated)
                        .arg(s.unitsCreated)
                        .arg(s.dwellingsCreated);
    if (!s.unparsedAddresses.isEmpty())
        text += u'\n' + ImportWizard::tr("Addresses kept as text (no place found): %1")
                            .arg(s.unparsedAddresses.join(QStringLiteral("; ")));
    return text;
}

/** "Save rejected rows…": the error sheet to fix and import again. */
void saveErrors(QWidget *parent, Feedback &feedback, const ImportSession &session,
                const ImportResult &result)
{
    const QString suggested =
        QFileInfo(session.filePath).absoluteDir().filePath(
            ImportWizard::tr("%1 - rejected rows.xlsx").arg(QFileInfo(session.filePath).completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(
        parent, ImportWizard::tr("Save the rejected rows"), suggested,
        ImportWizard::tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (Status s = ImportErrorSheet::write(path, session.sheets(), result); !s)
        feedback.error(s.error());
}

void fillIssues(QTableWidget *table, const ImportResult &result)
{
    table->setRowCount(int(result.issues.size()));
    for (int i = 0; i < result.issues.size(); ++i) {
        const ImportIssue &issue = result.issues[i];
        const QString kind = issue.severity == ImportIssue::Severity::Error ? ImportWizard::tr("Rejected")
                             : issue.severity == ImportIssue::Severity::Warning
                                 ? ImportWizard::tr("Warning")
                                 : ImportWizard::tr("Note");
        const QStringList cells = {issue.sheetName, QString::number(issue.ref.row), issue.column,
                                   issue.value, kind, issue.reason};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
}

// ---------------------------------------------------------------------------------- pages

class FileChoicePage : public QWizardPage {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportWizard)
public:
    FileChoicePage(ImportSession &session, Feedback &feedback) : m_session(session), m_feedback(feedback)
    {
        setTitle(tr("Choose the file"));
        setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file with one person per row. Title "
                       "rows above the header, merged header cells and GBK files are fine."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("filePath"));
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setObjectName(QStringLiteral("browse"));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encoding"));
        m_encoding->addItem(tr("Detect"), QString());
        m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
        m_encoding->addItem(QStringLiteral("GBK / GB18030"), QStringLiteral("gbk"));
        auto *ledger = new QLabel(QDir::toNativeSeparators(session.ledgerPath), this);
        ledger->setObjectName(QStringLiteral("ledgerPath"));
        ledger->setTextInteractionFlags(Qt::TextSelectableByMouse);

        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        form->addRow(tr("File:"), row);
        form->addRow(tr("CSV encoding:"), m_encoding);
        form->addRow(tr("Into the ledger:"), ledger);
        registerField(QStringLiteral("filePath*"), m_path);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Import residents"), m_path->text(),
                tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
    }

    void setFile(const QString &path) { m_path->setText(path); }

    bool validatePage() override
    {
        const QString path = m_path->text().trimmed();
        SpreadsheetReader::Options options;
        if (const QString e = m_encoding->currentData().toString(); !e.isEmpty())
            options.encoding = TextEncoding::fromName(e);
        auto book = IoTaskRunner::run<WorkbookData>(
            this, m_feedback, tr("Reading %1").arg(QFileInfo(path).fileName()),
            [path, options](Feedback &f) { return SpreadsheetReader::read(path, options, f); });
        if (!book) {
            m_feedback.error(book.error());
            return false;
        }
        for (const QString &w : std::as_const(book->warnings))
            m_feedback.warning(w);
        m_session.filePath = path;
        m_session.workbook = std::move(*book);
        m_session.layouts.clear();
        m_session.included.clear();
        bool any = false;
        for (const SheetData &sheet : std::as_const(m_session.workbook.sheets)) {
            m_session.layouts << ColumnMapper::detect(sheet);
            // Sheets where no header was recognised (notes, totals) are left out at first.
            m_session.included << m_session.layouts.last().usable();
            any = any || m_session.layouts.last().usable();
        }
        if (!any && !m_session.included.isEmpty())
            m_session.included.first() = true;
        m_session.checked.reset();
        m_session.imported.reset();
        return true;
    }

private:
    ImportSession &m_session;
    Feedback &m_feedback;
    QLineEdit *m_path;
    QComboBox *m_encoding;
};

class ColumnMappingPage : public QWizardPage {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportWizard)
public:
    explicit ColumnMappingPage(ImportSession &session) : m_session(session)
    {
        setTitle(tr("Check the columns"));
        setSubTitle(tr("Each column is matched to a field by its header. Change any that is "
                       "wrong; columns set to \"(not imported)\" are left out."));
        m_sheet = new QComboBox(this);
        m_sheet->setObjectName(QStringLiteral("sheet"));
        m_include = new QCheckBox(tr("Import this sheet"), this);
        m_include->setObjectName(QStringLiteral("importSheet"));
        m_headerRow = new QSpinBox(this);
        m_headerRow->setObjectName(QStringLiteral("headerRow"));
        m_headerRow->setMinimum(1);
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("mapping"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("mappingStatus"));
        m_status->setWordWrap(true);

        auto *top = new QHBoxLayout;
        top->addWidget(new QLabel(tr("Sheet:"), this));
        top->addWidget(m_sheet, 1);
        top->addWidget(m_include);
        top->addSpacing(12);
        top->addWidget(new QLabel(tr("Header row:"), this));
        top->addWidget(m_headerRow);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_status);

        connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] { showSheet(); });
        connect(m_include, &QCheckBox::toggled, this, [this](bool on) {
            const int i = m_sheet->currentIndex();
            if (i >= 0 && i < m_session.included.size())
                m_session.included[i] = on;
            updateStatus();
        });
        connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
            const int i = m_sheet->currentIndex();
            if (i < 0 || m_updating)
                return;
            m_session.layouts[i] = ColumnMapper::withHeaderRow(m_session.workbook.sheets[i], row - 1);
            showSheet();
        });
    }

    void initializePage() override
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        for (const SheetData &s : std::as_const(m_session.workbook.sheets))
            m_sheet->addItem(s.name);
        m_sheet->setEnabled(m_sheet->count() > 1);
        m_sheet->setCurrentIndex(0);
        showSheet();
    }

    bool isComplete() const override { return !m_session.sheets().isEmpty(); }

private:
    void showSheet()
    {
        const int i = m_sheet->currentIndex();
        if (i < 0)
            return;
        m_updating = true;
        const SheetData &sheet = m_session.workbook.sheets[i];
        SheetLayout &layout = m_session.layouts[i];
        if (layout.headerRow < 0)
            layout = ColumnMapper::withHeaderRow(sheet, 0);
        {
            const QSignalBlocker b1(m_include);
            const QSignalBlocker b2(m_headerRow);
            m_include->setChecked(m_session.included.value(i));
            m_headerRow->setMaximum(std::max(1, int(sheet.rows.size())));
            m_headerRow->setValue(layout.headerRow + 1);
        }
        const int columns = int(layout.fields.size());
        const int rows = std::min(kPreviewRows,
                                  std::max(0, int(sheet.rows.size()) - layout.firstDataRow));
        m_table->clear();
        m_table->setColumnCount(columns);
        m_table->setRowCount(rows + 1);
        QStringList headers;
        for (int c = 0; c < columns; ++c)
            headers << (layout.headers[c].isEmpty() ? tr("(column %1)").arg(c + 1) : layout.headers[c]);
        m_table->setHorizontalHeaderLabels(headers);
        QStringList rowLabels{tr("Field")};
        for (int r = 0; r < rows; ++r)
            rowLabels << QString::number(layout.firstDataRow + r + 1);
        m_table->setVerticalHeaderLabels(rowLabels);
        for (int c = 0; c < columns; ++c) {
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("field_%1").arg(c));
            for (ImportField f : ColumnMapper::fields())
                combo->addItem(ColumnMapper::displayName(f), int(f));
            combo->setCurrentIndex(combo->findData(int(layout.fields[c])));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, i, c, combo] {
                SheetLayout &l = m_session.layouts[i];
                const auto field = ImportField(combo->currentData().toInt());
                // One column per field: the column that had it loses it.
                for (int other = 0; other < l.fields.size(); ++other) {
                    if (other != c && field != ImportField::Ignore && l.fields[other] == field) {
                        l.fields[other] = ImportField::Ignore;
                        if (auto *o = m_table->findChild<QComboBox *>(QStringLiteral("field_%1").arg(other))) {
                            const QSignalBlocker block(o);
                            o->setCurrentIndex(o->findData(int(ImportField::Ignore)));
                        }
                    }
                }
                l.fields[c] = field;
                updateStatus();
            });
            m_table->setCellWidget(0, c, combo);
            for (int r = 0; r < rows; ++r)
                m_table->setItem(r + 1, c, new QTableWidgetItem(sheet.text(layout.firstDataRow + r, c)));
        }
        m_table->resizeColumnsToContents();
        m_updating = false;
        updateStatus();
    }

    void updateStatus()
    {
        const int i = m_sheet->currentIndex();
        const SheetLayout &layout = m_session.layouts.value(i);
        if (!layout.usable())
            m_status->setText(tr("No column is mapped to Name: choose the header row, or the "
                                 "name column, by hand."));
        else if (!layout.has(ImportField::IdNumber))
            m_status->setText(tr("No ID number column: people cannot be matched with the ledger, "
                                 "so everyone is imported as new."));
        else
            m_status->clear();
        emit completeChanged();
    }

    ImportSession &m_session;
    QComboBox *m_sheet;
    QCheckBox *m_include;
    QSpinBox *m_headerRow;
    QTableWidget *m_table;
    QLabel *m_status;
    bool m_updating = false;
};

class ImportOptionsPage : public QWizardPage {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportWizard)
public:
    explicit ImportOptionsPage(ImportSession &session) : m_session(session)
    {
        setTitle(tr("Options"));
        setSubTitle(tr("People are matched with the ledger by their ID number."));
        m_duplicates = new QComboBox(this);
        m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
        m_duplicates->addItem(tr("Skip them: keep the ledger's record"), int(DuplicatePolicy::Skip));
        m_duplicates->addItem(tr("Update them from the sheet's filled cells"),
                              int(DuplicatePolicy::Update));
        m_duplicates->addItem(tr("Let me decide for each one"), int(DuplicatePolicy::Review));
        m_community = new QLineEdit(this);
        m_community->setObjectName(QStringLiteral("community"));
        m_community->setPlaceholderText(tr("when the ledger has several communities, or none"));
        m_compound = new QLineEdit(this);
        m_compound->setObjectName(QStringLiteral("compound"));
        m_compound->setPlaceholderText(tr("for addresses like 3-2-501 that name no compound"));
        m_strict = new QCheckBox(tr("Import nothing unless every row is valid"), this);
        m_strict->setObjectName(QStringLiteral("strict"));
        m_checkOnly = new QCheckBox(tr("Only check the file; change nothing"), this);
        m_checkOnly->setObjectName(QStringLiteral("checkOnly"));
        auto *form = new QFormLayout(this);
        form->addRow(tr("People already in the ledger:"), m_duplicates);
        form->addRow(tr("Community:"), m_community);
        form->addRow(tr("Default compound:"), m_compound);
        form->addRow(QString(), m_strict);
        form->addRow(QString(), m_checkOnly);
    }

    bool validatePage() override
    {
        ImportOptions &o = m_session.options;
        o.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
        o.community = m_community->text().trimmed();
        o.defaultCompound = m_compound->text().trimmed();
        o.strict = m_strict->isChecked();
        o.decisions.clear();
        m_session.checkOnly = m_checkOnly->isChecked();
        return true;
    }

private:
    ImportSession &m_session;
    QComboBox *m_duplicates;
    QLineEdit *m_community;
    QLineEdit *m_compound;
    QCheckBox *m_strict;
    QCheckBox *m_checkOnly;
};

class ImportCheckPage : public QWizardPage {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportWizard)
public:
    ImportCheckPage(ImportSession &session, Feedback &feedback) : m_session(session), m_feedback(feedback)
    {
        setTitle(tr("Check"));
        setSubTitle(tr("Nothing has been changed yet. Rejected rows can be saved as a sheet to "
                       "fix and import again."));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        m_issues = new QTableWidget(0, 6, this);
        m_issues->setObjectName(QStringLiteral("issues"));
        m_issues->setHorizontalHeaderLabels(
            {tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Result"), tr("Reason")});
        m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_issues->horizontalHeader()->setStretchLastSection(true);
        m_duplicates = new QTableWidget(0, 4, this);
        m_duplicates->setObjectName(QStringLiteral("duplicates"));
        m_duplicates->setHorizontalHeaderLabels(
            {tr("Row"), tr("Name"), tr("Differences from the ledger"), tr("Do")});
        m_duplicates->horizontalHeader()->setStretchLastSection(false);
        m_duplicates->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_duplicatesLabel = new QLabel(tr("Already in the ledger:"), this);
        auto *save = new QPushButton(tr("Save rejected rows…"), this);
        save->setObjectName(QStringLiteral("saveErrors"));
        m_save = save;
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_issues, 2);
        layout->addWidget(m_duplicatesLabel);
        layout->addWidget(m_duplicates, 1);
        layout->addWidget(save, 0, Qt::AlignLeft);
        connect(save, &QPushButton::clicked, this, [this] {
            if (m_session.checked)
                saveErrors(this, m_feedback, m_session, *m_session.checked);
        });
    }

    void initializePage() override
    {
        ImportOptions options = m_session.options;
        options.dryRun = true;
        auto result = IoTaskRunner::run<ImportResult>(
            this, m_feedback, tr("Checking the rows"),
            [this, options](Feedback &f) { return runImport(m_session, options, f); });
        m_session.checked.reset();
        if (!result) {
            m_feedback.error(result.error());
            m_summary->setText(result.error().message);
            m_issues->setRowCount(0);
            m_duplicates->setRowCount(0);
            emit completeChanged();
            return;
        }
        m_session.checked = std::move(*result);
        const ImportResult &r = *m_session.checked;
        m_summary->setText(summaryText(r.summary));
        fillIssues(m_issues, r);
        m_save->setEnabled(!r.rejected.isEmpty());
        m_duplicates->setRowCount(int(r.duplicates.size()));
        for (int i = 0; i < r.duplicates.size(); ++i) {
            const DuplicateRow &d = r.duplicates[i];
            m_duplicates->setItem(i, 0, new QTableWidgetItem(QString::number(d.ref.row)));
            m_duplicates->setItem(i, 1, new QTableWidgetItem(
                                            d.name == d.ledgerName
                                                ? d.name
                                                : tr("%1 (ledger: %2)").arg(d.name, d.ledgerName)));
            m_duplicates->setItem(i, 2, new QTableWidgetItem(
                                            d.differences.isEmpty() ? tr("no differences")
                                                                    : d.differences.join(QStringLiteral("; "))));
            auto *choice = new QComboBox(m_duplicates);
            choice->setObjectName(QStringLiteral("decision_%1").arg(i));
            choice->addItem(tr("Skip"), int(DuplicatePolicy::Skip));
            choice->addItem(tr("Update"), int(DuplicatePolicy::Update));
            const DuplicatePolicy now = m_session.options.decisions.value(d.ref, d.action);
            choice->setCurrentIndex(now == DuplicatePolicy::Update ? 1 : 0);
            m_duplicates->setCellWidget(i, 3, choice);
        }
        m_duplicates->resizeColumnsToContents();
        m_duplicates->setVisible(!r.duplicates.isEmpty());
        m_duplicatesLabel->setVisible(!r.duplicates.isEmpty());
        emit completeChanged();
    }

    bool isComplete() const override { return m_session.checked.has_value(); }

    bool validatePage() override
    {
        // The per-row choices become decisions for the real run.
        m_session.options.decisions.clear();
        if (m_session.checked) {
            for (int i = 0; i < m_session.checked->duplicates.size(); ++i) {
                if (auto *c = m_duplicates->findChild<QComboBox *>(QStringLiteral("decision_%1").arg(i)))
                    m_session.options.decisions.insert(m_session.checked->duplicates[i].ref,
                                                       DuplicatePolicy(c->currentData().toInt()));
            }
        }
        return true;
    }

private:
    ImportSession &m_session;
    Feedback &m_feedback;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QTableWidget *m_duplicates;
    QLabel *m_duplicatesLabel;
    QPushButton *m_save;
};

class ImportResultPage : public QWizardPage {
    Q_DECLARE_TR_FUNCTIONS(gridbook::ImportWizard)
public:
    ImportResultPage(ImportSession &session, Feedback &feedback, ImportWizard &wizard)
        : m_session(session), m_feedback(feedback), m_wizard(wizard)
    {
        setTitle(tr("Import"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("resultSummary"));
        m_summary->setWordWrap(true);
        m_issues = new QTableWidget(0, 6, this);
        m_issues->setObjectName(QStringLiteral("resultIssues"));
        m_issues->setHorizontalHeaderLabels(
            {tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Result"), tr("Reason")});
        m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_issues->horizontalHeader()->setStretchLastSection(true);
        m_save = new QPushButton(tr("Save rejected rows…"), this);
        m_save->setObjectName(QStringLiteral("saveResultErrors"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_issues, 1);
        layout->addWidget(m_save, 0, Qt::AlignLeft);
        connect(m_save, &QPushButton::clicked, this, [this] {
            if (m_session.imported)
                saveErrors(this, m_feedback, m_session, *m_session.imported);
        });
    }

    void initializePage() override
    {
        m_session.imported.reset();
        if (m_session.checkOnly) {
            setSubTitle(tr("Checked only: the ledger was not changed."));
            if (m_session.checked) {
                m_summary->setText(summaryText(m_session.checked->summary));
                fillIssues(m_issues, *m_session.checked);
                m_session.imported = m_session.checked;
            }
            m_save->setEnabled(m_session.imported && !m_session.imported->rejected.isEmpty());
            return;
        }
        ImportOptions options = m_session.options;
        options.dryRun = false;
        auto result = IoTaskRunner::run<ImportResult>(
            this, m_feedback, tr("Importing"),
            [this, options](Feedback &f) { return runImport(m_session, options, f); });
        if (!result) {
            setSubTitle(tr("Nothing was imported; the ledger is as it was."));
            m_summary->setText(result.error().message);
            m_feedback.error(result.error());
            m_save->setEnabled(false);
            return;
        }
        m_session.imported = std::move(*result);
        const ImportResult &r = *m_session.imported;
        setSubTitle(r.summary.committed
                        ? tr("Imported into %1.").arg(QDir::toNativeSeparators(m_session.ledgerPath))
                        : tr("Rows were rejected, so nothing was imported (all or nothing)."));
        m_summary->setText(summaryText(r.summary));
        fillIssues(m_issues, r);
        m_save->setEnabled(!r.rejected.isEmpty());
        if (r.summary.committed)
            emit m_wizard.imported(r.summary);
    }

private:
    ImportSession &m_session;
    Feedback &m_feedback;
    ImportWizard &m_wizard;
    QLabel *m_summary;
    QTableWidget *m_issues;
    QPushButton *m_save;
};

} // namespace

ImportWizard::ImportWizard(const QString &ledgerPath, Feedback &feedback, QWidget *parent)
    : QWizard(parent), m_session(std::make_unique<ImportSession>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import residents"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session->ledgerPath = ledgerPath;
    setPage(FilePage, new FileChoicePage(*m_session, feedback));
    setPage(MappingPage, new ColumnMappingPage(*m_session));
    setPage(OptionsPage, new ImportOptionsPage(*m_session));
    setPage(CheckPage, new ImportCheckPage(*m_session, feedback));
    setPage(ResultPage, new ImportResultPage(*m_session, feedback, *this));
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    static_cast<FileChoicePage *>(page(FilePage))->setFile(path);
}

} // namespace gridbook
