#pragma once

#include "core/domain/Instrument.h"
#include "core/domain/Sex.h"
#include "core/io/DemoGenerator.h"
#include "core/io/DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace osiedle::core {

class Database;

/// The demo generator's working state: what it has written so far (ids, dates, who belongs
/// where), so that later parts (attendance, work orders, ledgers) stay consistent with earlier
/// ones. Internal to core/io; DemoGenerator is the public face. The project is written as
/// "units" of 10 housing cooperatives, 10 social cooperatives and about 120 participants.
class DemoWriter {
public:
    DemoWriter(Database& db, const DemoOptions& options);
    DemoSummary run();

    static constexpr int coopsPerUnit = 10;

private:
    struct HousingCoop {
        qint64 id = 0;
        int town = 0;
        QString name;
        QStringList estates;
        QDate qualifiedOn;
        qint64 opsId = 0;
        qint64 pupId = 0;
        int accountCounter = 0;
        int orderSeqYear = 0;
        int orderSeq = 0;
    };
    struct Person {
        qint64 id = 0;
        int coop = 0; ///< index into m_coops; the OSS group is the social coop of the same index
        Sex sex = Sex::Female;
        QString firstName;
        QString lastName;
        QString status;
        QDate recruitedOn;
        QDate statusOn;
        qint64 arrears = 0;
        bool evictionRisk = false;
        double reliability = 0.9;
        int payer = 1; ///< 0 good, 1 average, 2 poor
        QDate leaveOn; ///< drops out of the project on this day (invalid: stays)
        QString leaveReason;
        QDate firstSupport;
        QDate lastSupport;
        bool leader = false;
        QString flat;
        qint64 accountId = 0;
        bool qualified() const { return status == QLatin1String("qualified"); }
        QDate supportUntil; ///< the person's support path ends by this day (invalid: the project's end)
        bool activeOn(const QDate& day) const { return !leaveOn.isValid() || day <= leaveOn; }
        bool supportedOn(const QDate& day) const
        {
            return activeOn(day) && (!supportUntil.isValid() || day <= supportUntil);
        }
    };
    struct Job {
        int person = 0;
        QDate start;
        QDate end;
        qint64 rate = 0;
        QString deductionKind;
        qint64 deductionValue = 0;
    };
    enum class Stage { Working, RegisteredLate, Filing, Founding };
    struct SocialCoop {
        qint64 id = 0;
        int coop = 0;
        Stage stage = Stage::Working;
        int profile = 0; ///< 0 cleaning, 1 renovation, 2 greenery, 3 mixed
        QDate foundingGroupOn;
        QDate foundingMeetingOn;
        QDate registeredOn;
        QDate agreementOn;
        bool servicePoint = false;
        std::vector<int> members;
        std::vector<Job> jobs;
        int invoiceYear = 0;
        int invoiceSeq = 0;
    };
    struct CourseSpec {
        const char* kind;
        QString name;
        int socialCoop = -1;
        QString trainer;
        QString place;
        QDate start;
        int sessions = 0;
        int minutes = 0;
        QList<int> weekdays;
        QString startTime;
        int threshold = 80;
        bool certificates = true;
        QStringList topics;
    };

    // DemoWriter.cpp: project, partners, housing cooperatives, participants
    void writeProject();
    void writeUnit(int unit);
    void writeHousingCoops(int unit);
    qint64 institution(int town, bool ops);
    void writeParticipants(int unit);
    void writeParticipant(Person& p, int unit);
    void finishParticipants(int first, int last);
    QString nip(const char* office);
    QString regon();
    QString krs(bool registeredRecently);
    QString personName(Sex sex);

    // DemoWriterTraining.cpp: courses, sessions, enrolments, attendance, consultations, events
    void writeTraining(int unit, int firstPerson, int lastPerson);
    qint64 writeCourse(const CourseSpec& spec, const std::vector<int>& people);
    void writeEvent(const char* kind, const QString& name, qint64 courseId, const QList<QDate>& days,
                    const std::vector<int>& people, const QString& place);
    void writeConsultations(int unit, int firstPerson, int lastPerson);

    // DemoWriterCooperatives.cpp: social cooperatives, founding, members, jobs, orders, sales
    void writeSocialCoops(int unit);
    void writeFounding(int unit, int firstPerson, int lastPerson);
    void writeWorkOrders(SocialCoop& oss);
    void logHours(qint64 orderId, const SocialCoop& oss, const QDate& from, const QDate& to, int days,
                  int minMinutes, int maxMinutes);
    void writeServicePoint(const SocialCoop& oss);

    // DemoWriterSurveys.cpp: the questionnaires and the test of the soft goals, their entry and
    // exit rounds in the integration classes and in the working OSS, and the answers
    struct SurveyGroup {
        int instrument = 0; ///< index into m_instruments
        qint64 courseId = 0;
        QDate first;
        QDate last;
        std::vector<std::pair<int, QDate>> people; ///< person, withdrawn on (invalid: stayed)
    };
    void writeInstruments();
    void surveyLastCourse(int instrument);
    void writeSurveys(int unit);
    void writeSurveyRounds(int instrument, std::optional<qint64> courseId, std::optional<qint64> socialCoopId,
                           const QDate& entry, const QDate& exit, const std::vector<int>& atEntry,
                           const std::vector<int>& atExit);
    void writeForm(qint64 roundId, const Person& p, const Instrument& instrument, double level);

    // DemoWriterProducts.cpp: partners, deliverables, the competition, reporting period notes
    void writePartners();
    void writeDeliverables();
    void writeCompetition();
    void writePeriodNotes();

    // DemoWriterDebts.cpp: debt accounts, ledgers, instalment plans, eviction cases
    void writeDebts(int firstPerson, int lastPerson);
    void writeLedger(Person& p, const Job* job);
    void writeEvictionCase(const Person& p, const QDate& planSigned, bool planKept, qint64 arrearsLeft);

    static qint64 monthKey(int person, const QDate& date) { return qint64(person) * 100000 + date.year() * 12 + date.month(); }

    Database& m_db;
    DemoOptions m_options;
    DemoRandom m_random;
    DemoSummary m_summary;
    std::vector<HousingCoop> m_coops;
    std::vector<Person> m_people;
    std::vector<SocialCoop> m_socialCoops;
    QHash<QString, qint64> m_institutions;
    QSet<QString> m_pesels;
    QHash<qint64, int> m_workedMinutes; ///< monthKey → minutes worked in an OSS
    DemoRandom m_surveyRandom;          ///< its own numbers, so the rest of the demo stays as it was
    std::vector<Instrument> m_instruments;
    SurveyGroup m_lastCourse;                ///< who writeCourse enrolled, for the rounds of that course
    std::vector<SurveyGroup> m_surveyGroups; ///< the courses of the unit being written that get rounds
    qint64 m_krsOld = 0;
    qint64 m_krsNew = 0;
    int m_accountNumber = 0;
};

} // namespace osiedle::core
