#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// The person's rights over the data the file holds, and the end of the archiving obligation.
///
/// - Erasure: a person who never started support (reserve list, resigned, not qualified: not a
///   participant in the sense of ProjectParticipants) is erased on request with every record of
///   theirs. A participant's documents must be kept until the project's "keep documents until"
///   date: before it (or while it is not set) erasure is refused with a message naming the date.
/// - Anonymisation, once that date has passed: names, PESEL, address, contacts and free-text
///   notes of every person are replaced, while sex, birth date (so the age at entry), area,
///   education, labour status, whether data was given at all, and every event stay, so that
///   every indicator, flow table and locked report is exactly as it was (only names differ).
///
/// Both are final: they cannot be undone (an undo would keep the data), and the backup copies
/// made before still hold it until they are rotated out. Each runs in one transaction, announces
/// Topic::Participants, then rebuilds the file (VACUUM) so that no old bytes stay in its free
/// space. Never throws; not thread-safe.
class PersonalDataService {
    Q_DECLARE_TR_FUNCTIONS(PersonalDataService)

public:
    PersonalDataService(Database& db, ChangeNotifier& changes);

    /// Whether the person may be erased on `today`; the error says why not, naming the date.
    Status canErase(qint64 participantId, const QDate& today = QDate::currentDate()) const;
    /// What an erasure removes, one line per kind of record ("3 attendance marks"), the person
    /// first.
    Result<QStringList> erasureContents(qint64 participantId) const;
    /// Erases the person and everything of theirs (refused as canErase says).
    Status erase(qint64 participantId, const QDate& today = QDate::currentDate());

    /// Whether the persons may be anonymised on `today` (the archiving date passed).
    Status canAnonymise(const QDate& today = QDate::currentDate()) const;
    /// Anonymises every person; the number of persons anonymised.
    Result<int> anonymise(const QDate& today = QDate::currentDate());

    /// The name an anonymised person gets: first name "Osoba", surname "#17" (the record id).
    static QString anonymousFirstName();
    static QString anonymousLastName(qint64 participantId);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
