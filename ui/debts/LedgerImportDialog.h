#pragma once

#include "core/io/CsvTable.h"
#include "core/io/LedgerImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// "Import ledger…": choose a CSV or XLSX file of an SM's ledger, see every problem with its row,
/// column and value (nothing is imported while there is any), then import it in one step that
/// can be undone. Long files show a progress dialog that can cancel.
class LedgerImportDialog : public QDialog {
    Q_OBJECT

public:
    LedgerImportDialog(AppContext& context, QWidget* parent = nullptr);

    /// Reads and checks a file (what "Choose file…" does after the file dialog).
    void openFile(const QString& path);
    /// The result of the last check or import.
    const core::LedgerImportSummary& summary() const { return m_summary; }

public slots:
    void chooseFile();
    /// Writes the checked file; on success the dialog is accepted.
    void importFile();

private:
    /// Runs the import (or its check), with a progress dialog for long files.
    core::Result<core::LedgerImportSummary> runImport(bool dryRun);
    void showSummary();

    AppContext& m_context;
    QString m_path;
    core::CsvTable m_table;
    core::LedgerImportSummary m_summary;
    QLabel* m_file;
    QLabel* m_result;
    QTableWidget* m_problems;
    QPushButton* m_import;
};

} // namespace osiedle::ui
