#pragma once

#include "core/io/CsvTable.h"
#include "core/io/ParticipantImport.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// Importing participants from a CSV or XLSX file in steps: choose the file → match its
/// columns to the fields (with a preview of the first rows) → check every row → see the
/// problems with row, column, value and reason → import all rows (only when there is no
/// problem) or only the valid ones.
class ParticipantImportWizard : public QDialog {
    Q_OBJECT

public:
    explicit ParticipantImportWizard(AppContext& context, QWidget* parent = nullptr);

    /// Reads a file and shows the mapping step; false (after telling the user) when it cannot be read.
    bool openFile(const QString& path);
    /// Checks every row with the current mapping and shows the result step.
    void checkRows();
    /// Imports; `onlyValid` leaves out the rows with problems. Returns the number written (-1 on failure).
    int importRows(bool onlyValid);
    /// Reads the file again (after it was corrected) and checks it with the same mapping when
    /// its columns are the same, otherwise shows the mapping step again.
    bool rereadFile();
    /// The most rows a check or an import showed progress for (for tests: 0 when it never showed any).
    int progressMaximum() const { return m_progressMaximum; }

    /// The mapping chosen: field key → column.
    QHash<QString, int> mapping() const;
    const core::ParticipantImport::Checked& checked() const { return m_checked; }

private:
    void showMapping();
    core::ParticipantImport::Progress progressOf(const QString& label);

    AppContext& m_context;
    core::ParticipantImport m_import;
    core::CsvTable m_table;
    QString m_path;
    core::ParticipantImport::Checked m_checked;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_fileLabel = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_importAll = nullptr;
    QPushButton* m_importValid = nullptr;
    int m_progressMaximum = 0;
};

} // namespace osiedle::ui
