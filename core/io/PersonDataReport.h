#pragma once

#include "core/storage/PersonRecordsRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>

namespace osiedle::core {

/// The person's data report (the right of access): everything the project file holds about one
/// person, as read by PersonRecordsRepository, in words (for the printed document) and as JSON
/// (to hand over in a machine-readable form). The JSON has the shape
/// {"format": "osiedle-person-data", "version": 1, "made_on": "YYYY-MM-DD", "participant_id",
///  "name", "controller", "keep_documents_until", "sections": [{"key", "title",
///  "columns": [{"key", "title"}], "rows": [{column key: raw value}]}], "history": [as osiedle-cli history --format
///  json]};
/// raw values are ISO dates, grosze, minutes, 0/1, text or null. "history" is where the change
/// history of the person's records (ChangeHistoryExport's JSON). Pure functions; thread-safe.
class PersonDataReport {
    Q_DECLARE_TR_FUNCTIONS(PersonDataReport)

public:
    /// Who is responsible for the data and until when it is kept, as the report states them.
    struct Context {
        QString controller; ///< the beneficiary
        QString projectTitle;
        QString contractNumber;
        QDate keepDocumentsUntil;
        QDate madeOn;
    };

    static QByteArray toJson(const PersonRecords& records, const Context& context);
    /// A raw value as a person reads it (dates DD.MM.YYYY, money with "zł", minutes as hours,
    /// flags yes/no); "—" for none.
    static QString shown(PersonRecordColumn::Kind kind, const QVariant& value);
    /// The same for a column's value, an enum's key in words.
    static QString shown(const PersonRecordColumn& column, const QVariant& value);
};

} // namespace osiedle::core
