#pragma once

#include "core/common/FieldError.h"
#include "core/domain/WorkOrder.h"
#include "core/storage/SocialCoopRepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace osiedle::ui {

class OptionalDateEdit;

/// The fields of a work order (SM, OSS, estate, kind, description, dates, net value and VAT
/// rate with the gross shown as it is typed). Shared by the order dialog and the recurring
/// order dialog, which hides the dates. Messages appear under the field they concern.
class WorkOrderForm : public QWidget {
    Q_OBJECT

public:
    WorkOrderForm(const QList<core::ChoiceItem>& housingCoops, const QList<core::SocialCoop>& socialCoops, bool withDates,
                  QWidget* parent = nullptr);

    void setOrder(const core::WorkOrder& order);
    /// The order as typed; `ok` false (and the message shown) when the net value cannot be read.
    core::WorkOrder order(bool* ok = nullptr) const;
    void showErrors(const core::FieldErrors& errors);
    QFormLayout* formLayout() const { return m_layout; }

private:
    void updateGross();
    QLabel* errorLabel(const QString& field);

    QFormLayout* m_layout;
    QComboBox* m_housingCoop;
    QComboBox* m_socialCoop;
    QLineEdit* m_estate;
    QComboBox* m_kind;
    QPlainTextEdit* m_description;
    OptionalDateEdit* m_ordered = nullptr;
    OptionalDateEdit* m_due = nullptr;
    QLineEdit* m_net;
    QComboBox* m_vat;
    QLabel* m_gross;
    QHash<QString, QLabel*> m_errors;
    core::WorkOrder m_base;
};

} // namespace osiedle::ui
