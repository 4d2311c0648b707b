#pragma once

#include "core/storage/EventRepository.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

struct AppContext;
class DocumentPrinter;

/// The printed documents of the products section, each built as HTML on the shared
/// DocumentPrinter: the competition results, the jury scoring sheet, the list of travellers of
/// a study trip and the attendance list of a conference.
class ProductsDocuments {
    Q_DECLARE_TR_FUNCTIONS(ProductsDocuments)

public:
    /// The ranking of every category of a competition, with ties and winners marked.
    static std::unique_ptr<DocumentPrinter> competitionResults(core::Database& db, qint64 competitionId);
    /// One blank scoring grid (nominations × criteria) per juror and category.
    static std::unique_ptr<DocumentPrinter> juryScoringSheet(core::Database& db, qint64 competitionId);
    /// The study trip's travellers, or the conference's attendance list (participants and
    /// guests separately, with a signature column).
    static std::unique_ptr<DocumentPrinter> eventList(core::Database& db, qint64 eventId);

    /// Shows the preview, or asks for a file name and writes the PDF (errors through the prompt).
    static void output(AppContext& context, QWidget* parent, DocumentPrinter& printer, bool pdf,
                       const QString& suggestedName);
};

} // namespace osiedle::ui
