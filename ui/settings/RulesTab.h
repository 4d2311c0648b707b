#pragma once

#include "core/domain/Project.h"
#include "core/domain/PublicHolidays.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace osiedle::ui {

struct AppContext;
class DateEdit;
namespace products {
class RecordPanel;
}

/// The "Rules" tab of the project settings: which law decides the size of a founding group
/// (2009: five persons, 2018: three), which optional participant data the office collects
/// (disability, minority, migrant), and the office's own days off with their reasons, which the
/// course schedule skips. A choice takes effect at once; each is undoable.
class RulesTab : public QWidget {
    Q_OBJECT

public:
    explicit RulesTab(AppContext& context, QWidget* parent = nullptr);

    /// Writes the rules as the controls show them (one undoable change).
    bool applyRules();
    bool saveDayOff();
    bool removeDayOff();
    void reload();

private:
    void displayDay(qint64 id);

    AppContext& m_context;
    QList<core::DayOff> m_days;
    QRadioButton* m_rules2009;
    QRadioButton* m_rules2018;
    QCheckBox* m_disability;
    QCheckBox* m_minority;
    QCheckBox* m_migrant;
    products::RecordPanel* m_dayPanel;
    DateEdit* m_dayDate;
    QLineEdit* m_dayReason;
};

} // namespace osiedle::ui
