#pragma once

#include "core/domain/DebtAccount.h"
#include "core/domain/Money.h"
#include "ui/common/EditDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace osiedle::ui {

struct AppContext;

/// "Open a debt account": a participant without one, their housing cooperative, the flat and
/// account number there, the title to the flat, and the date and arrears at entry (both taken
/// from recruitment, and can be changed). OK opens the account through DebtLedgerService as one
/// undoable edit; problems are shown in the dialog, which stays open.
class OpenAccountDialog : public EditDialog {
    Q_OBJECT

public:
    OpenAccountDialog(AppContext& context, QWidget* parent = nullptr);

    /// The account opened (after accept()), 0 before.
    qint64 accountId() const { return m_accountId; }
    /// Chooses a participant and fills in what their recruitment recorded.
    void setParticipant(qint64 participantId);
    /// The participants offered (those without an account).
    int participantCount() const;

    void accept() override;

private:
    void participantChosen();

    AppContext& m_context;
    QComboBox* m_participant;
    QComboBox* m_housingCoop;
    QLineEdit* m_accountNumber;
    QLineEdit* m_flat;
    QComboBox* m_title;
    QDateEdit* m_openedOn;
    QLineEdit* m_arrears;
    QLabel* m_error;
    qint64 m_accountId = 0;
};

} // namespace osiedle::ui
