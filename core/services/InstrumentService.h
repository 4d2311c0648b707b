#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/Instrument.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// The office's edits of questionnaires and tests. Validates, writes in one transaction,
/// announces Topic::Surveys. An instrument whose rounds hold answers keeps its items as they
/// are (their kind, scale, reversal, answers and right answer, none added or removed): such a
/// change is refused with the reason, and a new version (a copy to edit) is offered instead.
/// Wording, order, instructions and the minimal changes may still be edited. Never throws.
class InstrumentService {
    Q_DECLARE_TR_FUNCTIONS(InstrumentService)

public:
    explicit InstrumentService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Field keys: name, items (with the item's number in the message), min_change.
    static FieldErrors validate(const Instrument& instrument);
    /// Why changing `stored` into `wanted` would break the `answers` answers entered with it;
    /// empty when it would not (or when there are no answers).
    static QString breakingChange(const Instrument& stored, const Instrument& wanted, int answers);
    /// The instrument as it will be stored: names trimmed, items numbered 1..n in their order,
    /// what an item's kind does not use cleared, one minimal change per scale measured.
    static Instrument normalised(Instrument instrument);

    /// Stores a new instrument (id 0) or brings a deleted one back with its ids (undo).
    Result<qint64> create(const Instrument& instrument, FieldErrors* errors = nullptr);
    Status update(const Instrument& instrument, FieldErrors* errors = nullptr);
    /// Deletes an instrument that has no rounds; returns it as it was (for undo).
    Result<Instrument> remove(qint64 id);
    /// A copy of the instrument to edit freely, named "<name> (version N)", with version N and
    /// the instrument it comes from.
    Result<qint64> newVersion(qint64 id);

private:
    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
