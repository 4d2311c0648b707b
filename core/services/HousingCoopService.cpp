#include "core/services/HousingCoopService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/KrsNumber.h"
#include "core/domain/Nip.h"
#include "core/domain/PostalCode.h"
#include "core/domain/Regon.h"
#include "core/domain/TerytCatalogue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/IdentifierFields.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstitutionRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>

namespace osiedle::core {

namespace {

void checkAddress(FieldErrors& errors, const QString& postalCode, const QString& teryt, const QString& email)
{
    if (!postalCode.trimmed().isEmpty()) {
        if (auto postal = PostalCode::parse(postalCode); !postal) {
            errors.append(FieldError{QStringLiteral("postal_code"), postal.error().message});
        }
    }
    if (!teryt.isEmpty()) {
        if (Status known = TerytCatalogue::builtIn().validate(teryt); !known) {
            errors.append(FieldError{QStringLiteral("teryt"), known.error().message});
        }
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !emailPattern.match(email.trimmed()).hasMatch()) {
        errors.append(FieldError{QStringLiteral("email"),
                                 HousingCoopService::tr("E-mail %1 is not an address.").arg(email.trimmed())});
    }
}

// Runs a write in one transaction, then notifies; storage errors become an Error.
template <typename Write>
auto transact(Database& db, ChangeNotifier& changes, Topic topic, Write write) -> decltype(Result(write()))
{
    try {
        Transaction tx(db);
        auto result = write();
        tx.commit();
        changes.notify(topic);
        return result;
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Error firstOf(const FieldErrors& errors)
{
    return Error{errors.isEmpty() ? QString() : errors.first().message};
}

} // namespace

HousingCoopService::HousingCoopService(Database& db, ChangeNotifier& changes) : m_db(db), m_changes(changes) {}

HousingCoop HousingCoopService::normalised(HousingCoop h)
{
    h.name = h.name.trimmed();
    normaliseId<KrsNumber>(h.krs);
    normaliseId<Nip>(h.nip);
    normaliseId<Regon>(h.regon);
    h.krs = h.krs.trimmed();
    h.nip = h.nip.trimmed();
    h.regon = h.regon.trimmed();
    h.teryt = h.teryt.trimmed();
    if (auto postal = PostalCode::parse(h.postalCode); postal && !h.postalCode.trimmed().isEmpty()) {
        h.postalCode = postal->text();
    }
    return h;
}

FieldErrors HousingCoopService::validate(const HousingCoop& h) const
{
    FieldErrors errors;
    if (h.name.trimmed().isEmpty()) {
        errors.append(FieldError{QStringLiteral("name"), tr("The name is required.")});
    }
    checkId<KrsNumber>(errors, "krs", h.krs);
    checkId<Nip>(errors, "nip", h.nip);
    checkId<Regon>(errors, "regon", h.regon);
    checkAddress(errors, h.postalCode, h.teryt, h.email);
    if (h.flats && *h.flats < 0) {
        errors.append(FieldError{QStringLiteral("flats"), tr("The number of flats cannot be negative.")});
    }
    if (h.status != HousingCoopStatus::Applied && !h.statusOn.isValid()) {
        errors.append(FieldError{QStringLiteral("status_on"), tr("Give the date of the decision.")});
    }
    if ((h.status == HousingCoopStatus::Rejected || h.status == HousingCoopStatus::Withdrawn) &&
        h.statusReason.trimmed().isEmpty()) {
        errors.append(FieldError{QStringLiteral("status_reason"), tr("Give the reason.")});
    }
    if (h.appliedOn.isValid() && h.statusOn.isValid() && h.statusOn < h.appliedOn) {
        errors.append(FieldError{
            QStringLiteral("status_on"),
            tr("The decision cannot come before the application (%1).").arg(core::shown::date(h.appliedOn))});
    }
    if (errors.isEmpty() && !h.krs.isEmpty()) {
        try {
            const HousingCoop n = normalised(h);
            if (const auto other = HousingCoopRepository(m_db).findByKrs(n.krs); other && other->id != h.id) {
                errors.append(FieldError{QStringLiteral("krs"),
                                         tr("KRS %1 is already recorded for %2.").arg(n.krs, other->name)});
            }
        } catch (const StorageError& e) {
            errors.append(FieldError{QString(), e.message()});
        }
    }
    return errors;
}

Result<qint64> HousingCoopService::create(const HousingCoop& input, FieldErrors* errors)
{
    HousingCoop h = normalised(input);
    h.id = 0;
    const FieldErrors problems = validate(h);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    return transact(m_db, m_changes, Topic::HousingCoops, [&] { return HousingCoopRepository(m_db).insert(h); });
}

Status HousingCoopService::update(const HousingCoop& input, FieldErrors* errors)
{
    const HousingCoop h = normalised(input);
    const FieldErrors problems = validate(h);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    if (!find(h.id)) {
        return Error{tr("The housing cooperative no longer exists.")};
    }
    auto done = transact(m_db, m_changes, Topic::HousingCoops, [&] {
        HousingCoopRepository(m_db).update(h);
        return true;
    });
    return done ? Status() : Status(done.error());
}

Status HousingCoopService::remove(qint64 id)
{
    const auto h = find(id);
    if (!h) {
        return Error{tr("The housing cooperative no longer exists.")};
    }
    try {
        const QStringList uses = HousingCoopRepository(m_db).usages(id);
        if (!uses.isEmpty()) {
            return Error{tr("%1 cannot be deleted: used by %2.").arg(h->name, uses.join(QStringLiteral(", ")))};
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    auto done = transact(m_db, m_changes, Topic::HousingCoops, [&] {
        HousingCoopRepository(m_db).remove(id);
        return true;
    });
    return done ? Status() : Status(done.error());
}

Status HousingCoopService::restore(const HousingCoop& h)
{
    auto done = transact(m_db, m_changes, Topic::HousingCoops, [&] {
        HousingCoopRepository repo(m_db);
        if (repo.find(h.id)) {
            repo.update(h);
        } else {
            repo.insert(h);
        }
        return true;
    });
    return done ? Status() : Status(done.error());
}

std::optional<HousingCoop> HousingCoopService::find(qint64 id) const
{
    try {
        return HousingCoopRepository(m_db).find(id);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

FieldErrors HousingCoopService::validate(const Institution& i) const
{
    FieldErrors errors;
    if (i.name.trimmed().isEmpty()) {
        errors.append(FieldError{QStringLiteral("name"), tr("The name is required.")});
    }
    checkAddress(errors, i.postalCode, i.teryt, i.email);
    return errors;
}

Result<qint64> HousingCoopService::create(const Institution& input, FieldErrors* errors)
{
    Institution i = input;
    i.id = 0;
    i.name = i.name.trimmed();
    const FieldErrors problems = validate(i);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    return transact(m_db, m_changes, Topic::Institutions, [&] { return InstitutionRepository(m_db).insert(i); });
}

Status HousingCoopService::update(const Institution& i, FieldErrors* errors)
{
    const FieldErrors problems = validate(i);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    auto done = transact(m_db, m_changes, Topic::Institutions, [&] {
        InstitutionRepository(m_db).update(i);
        return true;
    });
    return done ? Status() : Status(done.error());
}

Status HousingCoopService::removeInstitution(qint64 id)
{
    try {
        InstitutionRepository repo(m_db);
        const auto i = repo.find(id);
        if (!i) {
            return Error{tr("The institution no longer exists.")};
        }
        const QStringList uses = repo.usages(id);
        if (!uses.isEmpty()) {
            return Error{tr("%1 cannot be deleted: used by %2.").arg(i->name, uses.join(QStringLiteral(", ")))};
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    auto done = transact(m_db, m_changes, Topic::Institutions, [&] {
        InstitutionRepository(m_db).remove(id);
        return true;
    });
    return done ? Status() : Status(done.error());
}

Status HousingCoopService::restore(const Institution& i)
{
    auto done = transact(m_db, m_changes, Topic::Institutions, [&] {
        InstitutionRepository repo(m_db);
        if (repo.find(i.id)) {
            repo.update(i);
        } else {
            repo.insert(i);
        }
        return true;
    });
    return done ? Status() : Status(done.error());
}

} // namespace osiedle::core
