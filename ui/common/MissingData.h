#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace osiedle::ui {

struct AppContext;

/// What an action says when it needs data the project does not have yet (a work order
/// without housing or social cooperatives): it names what is missing and offers to go to the
/// section where it is entered, instead of opening a form with empty choices.
class MissingData {
    Q_DECLARE_TR_FUNCTIONS(MissingData)

public:
    /// Says `text` and asks whether to go to the section `sectionId` (called `sectionTitle`);
    /// goes there when the user agrees. Without a navigator it only informs.
    static void offer(AppContext& context, QWidget* parent, const QString& title, const QString& text,
                      const QString& sectionId, const QString& sectionTitle);
};

} // namespace osiedle::ui
