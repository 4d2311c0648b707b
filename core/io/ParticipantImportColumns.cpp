#include "core/io/ParticipantImportColumns.h"

namespace osiedle::core {

const QList<ParticipantColumn>& participantColumns()
{
    static const QList<ParticipantColumn> columns = {
        {"country", "Kraj", true},
        {"first_name", "Imię", true},
        {"last_name", "Nazwisko", true},
        {"pesel", "PESEL", true},
        {"no_pesel", "Brak PESEL", true},
        {"sex", "Płeć", true},
        {"birth_date", "Data urodzenia", true},
        {"age_at_entry", "Wiek w chwili przystąpienia do projektu", false},
        {"education", "Wykształcenie", true},
        {"voivodeship", "Województwo", false},
        {"powiat", "Powiat", false},
        {"gmina", "Gmina", false},
        {"teryt", "Kod TERYT gminy", true},
        {"locality", "Miejscowość", true},
        {"street", "Ulica", true},
        {"building", "Nr budynku", true},
        {"flat", "Nr lokalu", true},
        {"postal_code", "Kod pocztowy", true},
        {"area", "Obszar", false},
        {"phone", "Telefon stacjonarny", true},
        {"mobile", "Telefon komórkowy", true},
        {"email", "Adres e-mail", true},
        {"participation_start", "Data rozpoczęcia udziału w projekcie", true},
        {"participation_end", "Data zakończenia udziału w projekcie", true},
        {"labour_status", "Status na rynku pracy w chwili przystąpienia do projektu", true},
        {"disability", "Osoba niepełnosprawna", true},
        {"minority", "Osoba należąca do mniejszości narodowej lub etnicznej", true},
        {"migrant", "Migrant", true},
        {"completion", "Zakończenie udziału w projekcie", true},
        {"dropout_reason", "Przyczyna przerwania udziału", true},
        {"support_kinds", "Rodzaj przyznanego wsparcia", false},
        {"housing_coop", "Spółdzielnia mieszkaniowa", true},
        {"referral", "Skierowanie", true},
        {"referral_institution", "Instytucja kierująca", true},
        {"arrears_at_entry", "Zaległości czynszowe przy przystąpieniu (zł)", true},
        {"eviction_risk", "Zagrożenie eksmisją", true},
        {"recruited_on", "Data rekrutacji", true},
        {"recruitment_status", "Status rekrutacji", true},
        {"consent_on", "Data zgody na przetwarzanie danych osobowych", true},
        {"declaration_on", "Data deklaracji uczestnictwa", true},
    };
    return columns;
}

QString participantColumnTitle(const QString& key)
{
    for (const ParticipantColumn& c : participantColumns()) {
        if (key == QLatin1String(c.key)) {
            return QString::fromUtf8(c.title);
        }
    }
    return key;
}

CsvHeaderMatcher participantHeaderMatcher()
{
    CsvHeaderMatcher matcher;
    for (const ParticipantColumn& c : participantColumns()) {
        matcher.addField(QString::fromLatin1(c.key), {QString::fromUtf8(c.title)});
    }
    matcher.addField(QStringLiteral("first_name"), {QStringLiteral("first name"), QStringLiteral("imie")});
    matcher.addField(QStringLiteral("last_name"), {QStringLiteral("surname"), QStringLiteral("nazwisko")});
    matcher.addField(QStringLiteral("phone"), {QStringLiteral("telefon"), QStringLiteral("tel")});
    matcher.addField(QStringLiteral("mobile"), {QStringLiteral("tel. kom."), QStringLiteral("komórka")});
    matcher.addField(QStringLiteral("email"), {QStringLiteral("e-mail"), QStringLiteral("mail")});
    matcher.addField(QStringLiteral("postal_code"), {QStringLiteral("kod")});
    matcher.addField(QStringLiteral("teryt"), {QStringLiteral("TERYT"), QStringLiteral("kod TERYT")});
    matcher.addField(QStringLiteral("housing_coop"), {QStringLiteral("SM"), QStringLiteral("spółdzielnia")});
    matcher.addField(QStringLiteral("arrears_at_entry"),
                     {QStringLiteral("zaległości"), QStringLiteral("zadłużenie"), QStringLiteral("arrears")});
    matcher.addField(QStringLiteral("building"), {QStringLiteral("nr domu")});
    matcher.addField(QStringLiteral("flat"), {QStringLiteral("nr mieszkania")});
    return matcher;
}

} // namespace osiedle::core
