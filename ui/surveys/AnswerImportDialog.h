#pragma once

#include "core/io/AnswerImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// "Import answers…" of a round: choose a CSV or XLSX file (e.g. an online form's export), see
/// every problem with its row and column (nothing is imported while there is any) and the
/// columns left aside, then import it in one step that can be undone.
class AnswerImportDialog : public QDialog {
    Q_OBJECT

public:
    AnswerImportDialog(AppContext& context, qint64 roundId, QWidget* parent = nullptr);

    /// Reads and checks a file (what "Choose file…" does after the file dialog).
    void openFile(const QString& path);
    const core::AnswerImportReport& report() const { return m_report; }

public slots:
    void chooseFile();
    /// Writes the checked file; on success the dialog is accepted.
    void importFile();

private:
    void showReport();

    AppContext& m_context;
    qint64 m_roundId;
    QString m_path;
    core::AnswerImportReport m_report;
    QLabel* m_file;
    QLabel* m_result;
    QTableWidget* m_problems;
    QPushButton* m_import;
};

} // namespace osiedle::ui
