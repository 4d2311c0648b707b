#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/storage/ConsultationRepository.h"

#include <QCoreApplication>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// The consultation point's log. A consultation with a participant counts as support received,
/// so it moves their participation start. Never throws.
class ConsultationService {
    Q_DECLARE_TR_FUNCTIONS(ConsultationService)

public:
    ConsultationService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Problems of the fields: keys "date", "whom", "minutes", "followUp".
    static FieldErrors validate(const Consultation& consultation);
    /// Inserts (id 0) or updates; returns the id.
    Result<qint64> save(const Consultation& consultation);
    Status remove(qint64 consultationId);
    Status setFollowUpDone(qint64 consultationId, bool done);

private:
    void notify(bool participants);

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
