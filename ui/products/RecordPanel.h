#pragma once

#include "core/common/Result.h"
#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/common/UndoPush.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"

#include <QUndoStack>
#include <QWidget>
#include <memory>
#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace osiedle::ui::products {

/// A list of records with the form of the selected one under it and New, Save and Remove
/// buttons. The owner fills the rows and the form and does the writing; the panel keeps which
/// record is shown (0: a new one). Widgets are named "<name>Table", "<name>New", "<name>Save",
/// "<name>Remove" for tests.
class RecordPanel : public QWidget {
    Q_OBJECT

public:
    RecordPanel(const QString& name, const QStringList& headers, QWidget* parent);
    ~RecordPanel() override;

    QTableWidget* table() const { return m_table; }
    FormErrors& errors() { return *m_errors; }
    /// Adds a field under the list, with its message label (FormErrors key).
    void addField(const QString& label, QWidget* field, const QString& key);
    /// Replaces the rows: one per record id, the texts of its columns. Keeps the record shown
    /// selected when it is still there.
    void setRows(const QList<qint64>& ids, const QList<QStringList>& cells);
    /// The record shown in the form; 0 for a new one.
    qint64 currentId() const { return m_currentId; }
    /// Shows this record (0: an empty form for a new one) and tells the owner to fill the form.
    void show(qint64 id);
    /// Enables or disables the whole panel (nothing to edit without an edition or category).
    void setEditable(bool editable);
    /// Adds "Export list…" beside the buttons: the list as shown, to CSV or XLSX.
    void addExport(AppContext& context, const QString& suggestedName);

signals:
    /// The form must show this record (0: empty, for a new one).
    void shown(qint64 id);
    void saveClicked();
    void removeClicked();

private:
    QTableWidget* m_table;
    QFormLayout* m_form;
    QLabel* m_general;
    std::unique_ptr<FormErrors> m_errors;
    QList<QPushButton*> m_buttons;
    QHBoxLayout* m_buttonRow;
    QString m_name;
    qint64 m_currentId = 0;
};

} // namespace osiedle::ui::products
