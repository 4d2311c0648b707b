#pragma once

#include "core/common/Result.h"
#include "core/io/PersonDataReport.h"

#include <QCoreApplication>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DocumentPrinter;

/// The printed person's data report (right of access): who holds the data and why, until when
/// it is kept, then every section of PersonRecords as a table (the person's record as a list of
/// fields), and the place of the change history of the records.
class PersonDataDocument {
    Q_DECLARE_TR_FUNCTIONS(PersonDataDocument)

public:
    /// The report's context read from the project (the beneficiary, title, archiving date,
    /// today).
    static core::PersonDataReport::Context contextOf(core::Database& db);
    /// The document ready to print or save. Error: no such person, or the file cannot be read.
    static core::Result<std::unique_ptr<DocumentPrinter>> make(core::Database& db, qint64 participantId);
    /// The body's HTML.
    static QString html(const core::PersonRecords& records, const core::PersonDataReport::Context& context);
};

} // namespace osiedle::ui
