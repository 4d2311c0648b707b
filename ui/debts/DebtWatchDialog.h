#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QTableWidget;

namespace osiedle::ui {

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

public slots:
    void openSelected();

private:
    QTableWidget* m_table;
    QList<qint64> m_accounts;
    qint64 m_chosen = 0;
};

} // namespace osiedle::ui
