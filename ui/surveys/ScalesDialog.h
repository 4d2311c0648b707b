#pragma once

#include <QDialog>

class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The scales questionnaires and tests measure: the project's three (attitude, knowledge,
/// relations) and the office's own, each added with or without its indicator in the report.
/// Renaming and removing an own scale that no item measures; every change can be undone.
class ScalesDialog : public QDialog {
    Q_OBJECT

public:
    ScalesDialog(AppContext& context, QWidget* parent = nullptr);

    void addScale();
    void renameScale();
    void removeScale();

private:
    void reload();
    qint64 currentScale() const;

    AppContext& m_context;
    QTableWidget* m_table;
};

} // namespace osiedle::ui
