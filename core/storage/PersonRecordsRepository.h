#pragma once

#include "core/history/ChangeEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace osiedle::core {

class Database;

/// One column of a section of a person's records: its stable key, its title (translated) and
/// how its raw value reads.
struct PersonRecordColumn {
    enum class Kind { Text, Date, Money, Minutes, Flag, Number };
    QString key;
    QString title;
    Kind kind = Kind::Text;
    /// For a column holding an enum's stored key: its label in words (null: none).
    QString (*keyLabel)(const QString& key) = nullptr;
};

/// One kind of record of the person (their card, enrolments, attendance, …): its rows as the
/// file holds them (raw values: ISO dates, grosze, minutes; a null is an invalid QVariant).
struct PersonRecordSection {
    QString key;
    QString title;
    QList<PersonRecordColumn> columns;
    QList<QVariantList> rows;
};

/// Everything the project file holds about one person, for the person's right of access.
struct PersonRecords {
    qint64 participantId = 0;
    QString name; ///< "Surname First name"
    /// The sections in a fixed order; the first ("card") is the person's own record, one row
    /// holding every column of it.
    QList<PersonRecordSection> sections;
    /// The change history of the person's records (their card with what it owns, and their debt
    /// accounts with the entries), newest first.
    QList<ChangeEntry> history;

    /// The number of records of every section together (the card counts one).
    int recordCount() const;
};

/// Reads a person's records from every table that refers to them. The card takes every column
/// of the participant's row, so that a column added later is listed too. Read-only; throws
/// StorageError.
class PersonRecordsRepository {
    Q_DECLARE_TR_FUNCTIONS(PersonRecordsRepository)

public:
    explicit PersonRecordsRepository(Database& db) : m_db(db) {}

    /// nullopt when there is no such person.
    std::optional<PersonRecords> read(qint64 participantId) const;

    /// The title of a column of the participant's row ("first_name" → "First name"); the key
    /// itself for a column it does not know.
    static QString cardTitle(const QString& key);

private:
    Database& m_db;
};

} // namespace osiedle::core
