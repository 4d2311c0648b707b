#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/HousingCoop.h"
#include "core/domain/Institution.h"

#include <QCoreApplication>

namespace osiedle::core {

class ChangeNotifier;
class Database;

/// Creating, editing and deleting housing cooperatives (SM) and the OPS/PUP institutions that
/// serve them. KRS, NIP, REGON and postal codes are validated and stored in their normal form;
/// a delete of something that other records use is refused with a message naming them. Each
/// write is one transaction followed by notify(HousingCoops) or notify(Institutions).
/// Never throws; not thread-safe.
class HousingCoopService {
    Q_DECLARE_TR_FUNCTIONS(HousingCoopService)

public:
    HousingCoopService(Database& db, ChangeNotifier& changes);

    /// Field keys: name, krs, nip, regon, postal_code, teryt, email, flats, status_on, status_reason.
    FieldErrors validate(const HousingCoop& h) const;
    /// The record with identifiers and postal code in their stored form.
    static HousingCoop normalised(HousingCoop h);

    Result<qint64> create(const HousingCoop& h, FieldErrors* errors = nullptr);
    Status update(const HousingCoop& h, FieldErrors* errors = nullptr);
    Status remove(qint64 id);
    /// Writes a record back exactly as it was (undo): re-inserted with its id when missing.
    Status restore(const HousingCoop& h);
    std::optional<HousingCoop> find(qint64 id) const;

    /// Field keys: name, postal_code, teryt, email.
    FieldErrors validate(const Institution& i) const;
    Result<qint64> create(const Institution& i, FieldErrors* errors = nullptr);
    Status update(const Institution& i, FieldErrors* errors = nullptr);
    Status removeInstitution(qint64 id);
    Status restore(const Institution& i);

private:
    Database& m_db;
    ChangeNotifier& m_changes;
};

} // namespace osiedle::core
