#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/Participant.h"
#include "core/storage/ParticipantRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// Creating, editing and deleting participants: validates every field, derives what must not
/// be typed (sex and birth date from the PESEL, the area from the TERYT gmina type), refuses a
/// PESEL already recorded (naming the person) and a delete of someone other records use (naming
/// them). Each write is one transaction followed by ChangeNotifier::notify(Participants).
/// Never throws; not thread-safe.
class ParticipantService {
    Q_DECLARE_TR_FUNCTIONS(ParticipantService)

public:
    ParticipantService(Database& db, ChangeNotifier& changes);

    /// The record with the derived fields filled in: sex and birth date from a valid PESEL
    /// (typed values are kept only with noPesel), the area from the TERYT code's gmina type
    /// (rural for type 2 or 5) and the voivodeship, powiat and gmina names from TERYT, the postal code written NN-NNN,
    /// names trimmed.
    static Participant derived(Participant p);

    /// Field errors of a record (after derived()); empty when it can be saved. Field keys are
    /// the import column keys (first_name, pesel, postal_code, …). Checks against the file too:
    /// a PESEL recorded for another person, an SM or institution that does not exist.
    FieldErrors validate(const Participant& p) const;
    /// The checks that need no database (used by the import for every row).
    static FieldErrors validateFields(const Participant& p);

    /// Stores a new participant. On invalid data returns an Error (the first problem) and fills
    /// `errors` with all of them.
    Result<qint64> create(const Participant& p, FieldErrors* errors = nullptr);
    /// Saves changes to a stored participant (same rules as create).
    Status update(const Participant& p, FieldErrors* errors = nullptr);
    /// Deletes, unless other records refer to the person: then the error names them.
    Status remove(qint64 id);
    /// Writes a record back exactly as it was (undo of an edit or a delete): re-inserted with
    /// its id when missing, otherwise overwritten. Storage constraints still apply.
    Status restore(const Participant& p);

    /// Ends the participation: completed as planned or dropped out (a reason is required).
    Status complete(qint64 id, const QDate& endDate, Completion completion, const QString& reason = {});

    std::optional<Participant> find(qint64 id) const;

    /// Which optional monitoring data (disability, minority, migrant) the office collects; all
    /// off when it cannot be read.
    OptionalMonitoringData optionalData() const;
    /// Turns the optional monitoring data on or off for the project (stored values stay).
    Status setOptionalData(const OptionalMonitoringData& collected);

    /// What mandatory monitoring data the record lacks (ParticipantCompleteness bits, 0 = complete).
    static int missingMask(const Participant& p);
    ParticipantRepository& repository() { return m_repository; }

private:
    Database& m_db;
    ChangeNotifier& m_changes;
    ParticipantRepository m_repository;
};

} // namespace osiedle::core
