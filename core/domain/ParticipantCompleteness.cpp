#include "core/domain/ParticipantCompleteness.h"

#include <array>

namespace osiedle::core {

namespace {

using Field = ParticipantCompleteness::Field;

struct FieldInfo {
    Field field;
    const char* key;
    const char* name;
};

constexpr std::array<FieldInfo, 10> kFields = {{
    {Field::Name, "name", QT_TRANSLATE_NOOP("ParticipantCompleteness", "first name and surname")},
    {Field::Pesel, "pesel", QT_TRANSLATE_NOOP("ParticipantCompleteness", "PESEL (or the no-PESEL flag)")},
    {Field::Sex, "sex", QT_TRANSLATE_NOOP("ParticipantCompleteness", "sex")},
    {Field::BirthDate, "birth_date", QT_TRANSLATE_NOOP("ParticipantCompleteness", "birth date")},
    {Field::Education, "education", QT_TRANSLATE_NOOP("ParticipantCompleteness", "education")},
    {Field::Teryt, "teryt", QT_TRANSLATE_NOOP("ParticipantCompleteness", "address: gmina (TERYT)")},
    {Field::Locality, "locality",
     QT_TRANSLATE_NOOP("ParticipantCompleteness", "address: locality and postal code")},
    {Field::LabourStatus, "labour_status", QT_TRANSLATE_NOOP("ParticipantCompleteness", "labour-market status")},
    {Field::Consent, "consent_on", QT_TRANSLATE_NOOP("ParticipantCompleteness", "consent to data processing")},
    {Field::Contact, "contact",
     QT_TRANSLATE_NOOP("ParticipantCompleteness", "contact (phone, mobile or e-mail)")},
}};

const FieldInfo& infoOf(Field field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field) {
            return info;
        }
    }
    return kFields.front();
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

} // namespace

int ParticipantCompleteness::missingMask(const Record& r)
{
    int mask = 0;
    const auto missingIf = [&mask](bool missing, Field field) {
        if (missing) {
            mask |= static_cast<int>(field);
        }
    };
    missingIf(blank(r.firstName) || blank(r.lastName), Field::Name);
    missingIf(r.pesel.isEmpty() && !r.noPesel, Field::Pesel);
    missingIf(!r.sex.has_value(), Field::Sex);
    missingIf(!r.birthDate.isValid(), Field::BirthDate);
    missingIf(!r.education.has_value(), Field::Education);
    missingIf(r.teryt.isEmpty() || !r.area.has_value(), Field::Teryt);
    missingIf(blank(r.locality) || blank(r.postalCode), Field::Locality);
    missingIf(!r.labourStatus.has_value(), Field::LabourStatus);
    missingIf(!r.consentOn.isValid(), Field::Consent);
    missingIf(blank(r.phone) && blank(r.mobile) && blank(r.email), Field::Contact);
    return mask;
}

QList<ParticipantCompleteness::Field> ParticipantCompleteness::fields(int mask)
{
    QList<Field> result;
    for (const FieldInfo& info : kFields) {
        if ((mask & static_cast<int>(info.field)) != 0) {
            result.append(info.field);
        }
    }
    return result;
}

QString ParticipantCompleteness::name(Field field)
{
    return tr(infoOf(field).name);
}

QString ParticipantCompleteness::fieldKey(Field field)
{
    return QString::fromLatin1(infoOf(field).key);
}

QStringList ParticipantCompleteness::names(int mask)
{
    QStringList result;
    for (const Field field : fields(mask)) {
        result.append(name(field));
    }
    return result;
}

QString ParticipantCompleteness::describe(int mask)
{
    return names(mask).join(QStringLiteral(", "));
}

} // namespace osiedle::core
