#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DocumentPrinter;

/// The printed questionnaires: for a round, one blank form per respondent, headed with the
/// respondent's name (or, in an anonymous round, only their code), the round, the instructions
/// and every item with boxes to tick by hand — laid out by DocumentPrinter (A4, the EU
/// co-financing line and page numbers on every page).
class SurveyDocuments {
    Q_DECLARE_TR_FUNCTIONS(SurveyDocuments)

public:
    /// The body of the forms (one page-broken section per respondent). Error: no such round.
    static core::Result<QString> blankFormsHtml(core::Database& db, qint64 roundId);
    /// A ready printer (preview, print, PDF) for the forms of the round.
    static core::Result<std::unique_ptr<DocumentPrinter>> blankForms(core::Database& db, qint64 roundId);
};

} // namespace osiedle::ui
