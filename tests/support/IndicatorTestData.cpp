#include "support/IndicatorTestData.h"

#include "core/indicators/IndicatorCatalogue.h"
#include "core/storage/Database.h"

namespace osiedle::test {

namespace {

qint64 addParticipant(core::Database& db, int number, const char* sex, const char* start)
{
    core::Statement st = db.prepare(
        "INSERT INTO participant (first_name, last_name, pesel, sex, birth_date, education, teryt, area, "
        "locality, postal_code, mobile, labour_status, consent_on, participation_start) VALUES "
        "(?, ?, ?, ?, '1970-01-01', 'primary', '1465011', 'urban', 'Warszawa', '00-001', '600100200', "
        "'unemployed', '2010-10-01', ?)");
    st.bind(1, QStringLiteral("Osoba%1").arg(number))
        .bind(2, QStringLiteral("Nazwisko%1").arg(number))
        .bind(3, QStringLiteral("700101%1").arg(number, 5, 10, QChar('0')))
        .bind(4, sex);
    if (start != nullptr) {
        st.bind(5, QDate::fromString(QString::fromLatin1(start), Qt::ISODate));
    }
    st.exec();
    return db.lastInsertId();
}

} // namespace

void fillIndicatorTestData(core::Database& db)
{
    db.exec("INSERT INTO project (id, contract_number, title, beneficiary, start_date, end_date) VALUES "
            "(1, 'UDA-POKL.07.02.02-14-001/10', 'Partnerstwo na rzecz ekonomii społecznej: osiedlowe spółdzielnie "
            "socjalne', 'Stowarzyszenie Osiedle', '2010-10-01', '2013-06-30')");
    core::IndicatorCatalogue::seed(db);
    db.exec("INSERT INTO reporting_period (id, number, from_date, to_date, claim_number) VALUES "
            "(1, 1, '2010-10-01', '2010-12-31', 'WNP-1/2011'), (2, 2, '2011-01-01', '2011-03-31', 'WNP-2/2011'), "
            "(3, 3, '2011-04-01', '2011-06-30', '')");

    int number = 0;
    addParticipant(db, ++number, "F", "2010-11-15");
    addParticipant(db, ++number, "M", "2010-12-31"); // the last day of Q1
    addParticipant(db, ++number, "F", "2011-01-01"); // the first day of Q2
    addParticipant(db, ++number, "F", "2011-02-10");
    addParticipant(db, ++number, "M", "2011-03-31");
    addParticipant(db, ++number, "M", "2011-05-05");
    addParticipant(db, ++number, "F", "2011-07-01"); // after Q3
    addParticipant(db, ++number, "M", nullptr);      // recruited, no support yet
    const qint64 incomplete = addParticipant(db, ++number, "F", "2011-02-01");
    core::Statement st = db.prepare("UPDATE participant SET education = NULL, consent_on = NULL, last_name = 'Żak', "
                                    "first_name = 'Zofia' WHERE id = ?");
    st.bind(1, incomplete).exec();

    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Zacisze'), (2, 'SM Podlasie')");
    db.exec("INSERT INTO social_coop (id, name) VALUES (1, 'OSS Zacisze'), (2, 'OSS Podlasie'), (3, 'OSS Trzecia')");
    db.exec("INSERT INTO founding_step (social_coop_id, step, done_on) VALUES "
            "(1, 'krs_filed', '2010-11-01'), (1, 'registered', '2010-12-01'), "
            "(2, 'registered', '2011-04-01'), (3, 'krs_filed', '2011-05-01')");
    db.exec("INSERT INTO cooperation_agreement (housing_coop_id, social_coop_id, signed_on) VALUES "
            "(1, 1, '2011-06-30'), (2, 2, '2011-07-01')");
}

} // namespace osiedle::test
