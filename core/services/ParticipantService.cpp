#include "core/services/ParticipantService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/ParticipantCompleteness.h"
#include "core/domain/Pesel.h"
#include "core/domain/PostalCode.h"
#include "core/domain/TerytCatalogue.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstitutionRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QRegularExpression>
#include <algorithm>

namespace osiedle::core {

namespace {

Error firstOf(const FieldErrors& errors)
{
    return Error{errors.isEmpty() ? QString() : errors.first().message};
}

Error storageError(const StorageError& e)
{
    return Error{e.message(), e.code()};
}

} // namespace

ParticipantService::ParticipantService(Database& db, ChangeNotifier& changes)
    : m_db(db), m_changes(changes), m_repository(db)
{}

Participant ParticipantService::derived(Participant p)
{
    p.firstName = p.firstName.trimmed();
    p.lastName = p.lastName.trimmed();
    p.pesel = p.pesel.trimmed();
    p.teryt = p.teryt.trimmed();
    if (!p.noPesel) {
        if (auto pesel = Pesel::parse(p.pesel)) {
            p.pesel = pesel->digits();
            p.sex = pesel->sex();
            p.birthDate = pesel->birthDate();
        } else {
            p.sex.reset();
            p.birthDate = QDate();
        }
    } else {
        p.pesel.clear();
    }
    if (const auto place = TerytCatalogue::builtIn().find(p.teryt)) {
        p.area = TerytCatalogue::areaOfType(place->gmina.type);
        p.voivodeship = place->voivodeship;
        p.powiat = place->powiat;
        p.gmina = place->gmina.name;
    } else if (p.teryt.isEmpty()) {
        p.area.reset();
    }
    if (auto postal = PostalCode::parse(p.postalCode); postal && !p.postalCode.trimmed().isEmpty()) {
        p.postalCode = postal->text();
    }
    return p;
}

FieldErrors ParticipantService::validateFields(const Participant& p)
{
    FieldErrors errors;
    auto add = [&errors](const char* field, const QString& message) {
        errors.append(FieldError{QString::fromLatin1(field), message});
    };
    if (p.firstName.trimmed().isEmpty()) {
        add("first_name", tr("First name is required."));
    }
    if (p.lastName.trimmed().isEmpty()) {
        add("last_name", tr("Surname is required."));
    }
    // Nobody is recruited before being born: the birth date may not lie after the day of entry
    // (the recruitment date, or today when there is none yet).
    const QDate today = QDate::currentDate();
    const QDate entry = p.recruitedOn.isValid() ? std::min(p.recruitedOn, today) : today;
    if (!p.noPesel) {
        if (p.pesel.trimmed().isEmpty()) {
            add("pesel", tr("PESEL is required (or mark the person as having no PESEL)."));
        } else if (auto pesel = Pesel::parse(p.pesel); !pesel) {
            add("pesel", pesel.error().message);
        } else if (pesel->birthDate() > entry) {
            add("pesel", tr("PESEL %1 gives the birth date %2, after the day of entry %3: nobody is recruited "
                            "before being born.")
                             .arg(pesel->digits(), core::shown::date(pesel->birthDate()), core::shown::date(entry)));
        }
    } else {
        if (!p.sex) {
            add("sex", tr("Sex is required for a person without PESEL."));
        }
        if (!p.birthDate.isValid()) {
            add("birth_date", tr("Birth date is required for a person without PESEL."));
        } else if (p.birthDate > today) {
            add("birth_date", tr("Birth date %1 is in the future.").arg(core::shown::date(p.birthDate)));
        } else if (p.birthDate > entry) {
            add("birth_date", tr("Birth date %1 is after the day of entry %2: nobody is recruited before being born.")
                                  .arg(core::shown::date(p.birthDate), core::shown::date(entry)));
        }
    }
    if (!p.postalCode.trimmed().isEmpty()) {
        if (auto postal = PostalCode::parse(p.postalCode); !postal) {
            add("postal_code", postal.error().message);
        }
    }
    if (!p.teryt.isEmpty()) {
        if (Status known = TerytCatalogue::builtIn().validate(p.teryt); !known) {
            add("teryt", known.error().message);
        }
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.trimmed().isEmpty() && !emailPattern.match(p.email.trimmed()).hasMatch()) {
        add("email", tr("E-mail %1 is not an address.").arg(p.email.trimmed()));
    }
    if (p.arrearsAtEntry < Money()) {
        add("arrears_at_entry", tr("Arrears at entry cannot be negative."));
    }
    if (p.participationEnd.isValid() && p.participationStart.isValid() && p.participationEnd < p.participationStart) {
        add("participation_end",
            tr("The participation cannot end before it started (%1).").arg(core::shown::date(p.participationStart)));
    }
    // An end date needs its outcome and an outcome needs its end date: everyone who started is,
    // on any day, either continuing or ended as planned or dropped out.
    if (p.completion && !p.participationEnd.isValid()) {
        add("participation_end", tr("An end date is required when the participation has ended."));
    }
    if (p.participationEnd.isValid() && !p.completion) {
        add("completion", tr("Say how the participation ended (completed as planned or dropped out), or clear the "
                             "end date."));
    }
    if (p.completion == Completion::DroppedOut && p.dropoutReason.trimmed().isEmpty()) {
        add("dropout_reason", tr("Give the reason for dropping out."));
    }
    // A consent is withdrawn after it was given, and not in the future.
    if (p.consentWithdrawnOn.isValid()) {
        if (!p.consentOn.isValid()) {
            add("consent_withdrawn_on", tr("A consent can be withdrawn only when the date it was given is recorded."));
        } else if (p.consentWithdrawnOn < p.consentOn) {
            add("consent_withdrawn_on", tr("The consent cannot be withdrawn (%1) before it was given (%2).")
                                            .arg(p.consentWithdrawnOn.toString(QStringLiteral("dd.MM.yyyy")),
                                                 p.consentOn.toString(QStringLiteral("dd.MM.yyyy"))));
        } else if (p.consentWithdrawnOn > today) {
            add("consent_withdrawn_on", tr("The withdrawal of the consent (%1) is in the future.")
                                            .arg(p.consentWithdrawnOn.toString(QStringLiteral("dd.MM.yyyy"))));
        }
    }
    return errors;
}

FieldErrors ParticipantService::validate(const Participant& p) const
{
    FieldErrors errors = validateFields(p);
    try {
        if (!p.noPesel && !p.pesel.isEmpty()) {
            if (const auto other = m_repository.findByPesel(p.pesel); other && other->id != p.id) {
                errors.append(
                    FieldError{QStringLiteral("pesel"),
                               tr("PESEL %1 is already recorded for %2.").arg(p.pesel, other->displayName())});
            }
        }
        if (p.housingCoopId && !HousingCoopRepository(m_db).find(*p.housingCoopId)) {
            errors.append(FieldError{QStringLiteral("housing_coop"), tr("The housing cooperative no longer exists.")});
        }
        if (p.referralInstitutionId) {
            const auto institution = InstitutionRepository(m_db).find(*p.referralInstitutionId);
            if (!institution) {
                errors.append(
                    FieldError{QStringLiteral("referral"), tr("The referring institution no longer exists.")});
            } else if (p.referral && ((*p.referral == Referral::Ops && institution->kind != InstitutionKind::Ops) ||
                                      (*p.referral == Referral::Pup && institution->kind != InstitutionKind::Pup))) {
                errors.append(FieldError{QStringLiteral("referral"),
                                         tr("%1 is not a %2.").arg(institution->name, label(*p.referral))});
            }
        }
    } catch (const StorageError& e) {
        errors.append(FieldError{QString(), e.message()});
    }
    return errors;
}

Result<qint64> ParticipantService::create(const Participant& input, FieldErrors* errors)
{
    Participant p = derived(input);
    p.id = 0;
    const FieldErrors problems = validate(p);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    try {
        Transaction tx(m_db);
        const qint64 id = m_repository.insert(p);
        tx.commit();
        m_changes.notify(Topic::Participants);
        return id;
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ParticipantService::update(const Participant& input, FieldErrors* errors)
{
    Participant p = derived(input);
    FieldErrors problems = validate(p);
    try {
        if (!m_repository.find(p.id)) {
            problems.prepend(FieldError{QString(), tr("The participant no longer exists.")});
        }
    } catch (const StorageError& e) {
        return storageError(e);
    }
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return firstOf(problems);
    }
    try {
        Transaction tx(m_db);
        m_repository.update(p);
        tx.commit();
        m_changes.notify(Topic::Participants);
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ParticipantService::remove(qint64 id)
{
    try {
        const auto p = m_repository.find(id);
        if (!p) {
            return Error{tr("The participant no longer exists.")};
        }
        const QStringList uses = m_repository.usages(id);
        if (!uses.isEmpty()) {
            return Error{
                tr("%1 cannot be deleted: used by %2.").arg(p->displayName(), uses.join(QStringLiteral(", ")))};
        }
        Transaction tx(m_db);
        m_repository.remove(id);
        tx.commit();
        m_changes.notify(Topic::Participants);
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ParticipantService::restore(const Participant& p)
{
    try {
        Transaction tx(m_db);
        if (m_repository.find(p.id)) {
            m_repository.update(p);
        } else {
            m_repository.insert(p);
        }
        tx.commit();
        m_changes.notify(Topic::Participants);
        return {};
    } catch (const StorageError& e) {
        return storageError(e);
    }
}

Status ParticipantService::complete(qint64 id, const QDate& endDate, Completion completion, const QString& reason)
{
    auto p = find(id);
    if (!p) {
        return Error{tr("The participant no longer exists.")};
    }
    if (!endDate.isValid()) {
        return Error{tr("An end date is required when the participation has ended.")};
    }
    p->participationEnd = endDate;
    p->completion = completion;
    p->dropoutReason = completion == Completion::DroppedOut ? reason.trimmed() : QString();
    return update(*p);
}

int ParticipantService::missingMask(const Participant& p)
{
    ParticipantCompleteness::Record r;
    r.firstName = p.firstName;
    r.lastName = p.lastName;
    r.pesel = p.pesel;
    r.noPesel = p.noPesel;
    r.sex = p.sex;
    r.birthDate = p.birthDate;
    r.education = p.education;
    r.teryt = p.teryt;
    r.area = p.area;
    r.locality = p.locality;
    r.postalCode = p.postalCode;
    r.labourStatus = p.labourStatus;
    r.consentOn = p.consentOn;
    r.phone = p.phone;
    r.mobile = p.mobile;
    r.email = p.email;
    return ParticipantCompleteness::missingMask(r);
}

std::optional<Participant> ParticipantService::find(qint64 id) const
{
    try {
        return m_repository.find(id);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

OptionalMonitoringData ParticipantService::optionalData() const
{
    try {
        return m_repository.optionalData();
    } catch (const StorageError&) {
        return {};
    }
}

Status ParticipantService::setOptionalData(const OptionalMonitoringData& collected)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Participants, [&]() -> Status {
        if (!m_repository.setOptionalData(collected)) {
            return Error{tr("The project's details are not recorded in this file yet.")};
        }
        return {};
    });
}

} // namespace osiedle::core
