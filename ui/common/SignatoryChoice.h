#pragma once

#include "core/domain/StaffMember.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace osiedle::ui {

struct AppContext;

/// Who signs a document about to be printed, chosen from the office staff.
class SignatoryChoice {
    Q_DECLARE_TR_FUNCTIONS(SignatoryChoice)

public:
    bool cancelled = false;
    /// None when the office has no staff (the document then leaves the name blank).
    std::optional<core::StaffMember> signatory;

    /// Asks when more than one person could sign (the project's default signatory offered
    /// first); with one person or none, takes them without asking.
    static SignatoryChoice ask(AppContext& context, QWidget* parent, const QString& documentName);
};

} // namespace osiedle::ui
