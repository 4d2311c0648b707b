#pragma once

#include "core/domain/Partner.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace osiedle::ui {

struct AppContext;
namespace products {
class RecordPanel;
}

/// The "Partners" tab of the project settings: the project's leader and partners (name, role,
/// KRS, NIP, REGON, address, contact person, what each is responsible for), each added, edited
/// and removed as an undoable change. The indicator report names the partners in its header.
class PartnersTab : public QWidget {
    Q_OBJECT

public:
    explicit PartnersTab(AppContext& context, QWidget* parent = nullptr);

    products::RecordPanel* panel() const { return m_panel; }
    /// Saves the form (a new partner or the one shown); false when refused.
    bool save();
    bool remove();
    void reload();

private:
    void display(qint64 id);

    AppContext& m_context;
    QList<core::Partner> m_partners;
    products::RecordPanel* m_panel;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_krs;
    QLineEdit* m_nip;
    QLineEdit* m_regon;
    QLineEdit* m_address;
    QLineEdit* m_contact;
    QLineEdit* m_responsibility;
};

} // namespace osiedle::ui
