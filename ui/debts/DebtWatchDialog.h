#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QHBoxLayout;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// A short list to act on (plans at risk, early warnings): one row per tenant; "Open tenant"
/// (or a double click) closes it with that tenant's account chosen.
class DebtWatchDialog : public QDialog {
    Q_OBJECT

public:
    DebtWatchDialog(const QString& title, const QString& explanation, const QStringList& headers,
                    const QList<QStringList>& rows, QList<qint64> accountIds, QWidget* parent = nullptr);

    /// The account chosen (0 when none).
    qint64 chosenAccount() const { return m_chosen; }
    int rowCount() const;
    /// Adds "Export list…" at the left of the buttons: the list as shown, to CSV or XLSX.
    void addExport(AppContext& context, const QString& suggestedName);

public slots:
    void openSelected();

private:
    QTableWidget* m_table;
    QHBoxLayout* m_bottom;
    QList<qint64> m_accounts;
    qint64 m_chosen = 0;
};

} // namespace osiedle::ui
