#pragma once

#include "core/io/ParticipantExport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace osiedle::ui {

struct AppContext;

/// The participant-monitoring export: all participants or those who started in a period,
/// with the incomplete records listed first (and a choice to leave them out), to XLSX or CSV.
class ParticipantExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ParticipantExportDialog(AppContext& context, QWidget* parent = nullptr);

    /// Lists the incomplete records for the chosen period.
    void refresh();
    /// Writes the file (format by extension; a .zip holds an `innerSuffix` file, encrypted, and
    /// its password is shown); the number written, -1 on failure.
    int exportTo(const QString& path, const QString& innerSuffix = QStringLiteral("xlsx"));

private:
    core::ParticipantExport::Options options(bool* ok) const;
    void chooseAndExport(const QString& extension);

    AppContext& m_context;
    core::ParticipantExport m_export;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_incomplete = nullptr;
    QCheckBox* m_exclude = nullptr;
};

} // namespace osiedle::ui
