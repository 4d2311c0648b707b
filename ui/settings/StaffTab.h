#pragma once

#include "core/domain/StaffMember.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace osiedle::ui {

struct AppContext;
namespace products {
class RecordPanel;
}

/// The "Office staff" tab of the project settings: the people of the project office (name,
/// role, the position printed under their signature) and who signs documents unless another
/// person is chosen when printing. Every change is undoable.
class StaffTab : public QWidget {
    Q_OBJECT

public:
    explicit StaffTab(AppContext& context, QWidget* parent = nullptr);

    products::RecordPanel* panel() const { return m_panel; }
    bool save();
    bool remove();
    /// Makes the person with this id the default signatory (0: the first coordinator).
    bool setSignatory(qint64 id);
    void reload();

private:
    void display(qint64 id);

    AppContext& m_context;
    QList<core::StaffMember> m_staff;
    products::RecordPanel* m_panel;
    QComboBox* m_signatory;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_position;
};

} // namespace osiedle::ui
