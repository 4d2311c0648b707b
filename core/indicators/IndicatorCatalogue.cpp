#include "core/indicators/IndicatorCatalogue.h"

#include "core/storage/Database.h"

namespace osiedle::core {

QList<IndicatorDefinition> IndicatorCatalogue::defaults()
{
    const QString coops = tr("Social cooperatives founded and working with housing cooperatives");
    const QString people = tr("Participants activated socially and professionally");
    const QString debt = tr("Arrears repaid and evictions avoided");
    const QString products = tr("Project products delivered");
    const QString persons = tr("persons");
    // Person targets split evenly into women and men unless the office edits them.
    auto person = [&](const QString& code, const QString& name, const QString& objective, bool result, qint64 target) {
        return IndicatorDefinition{code,  name,   objective,           persons,   result, true,
                                   false, target, target - target / 2, target / 2};
    };
    auto count = [](const QString& code, const QString& name, const QString& objective, const QString& unit,
                    bool result, std::optional<qint64> target) {
        return IndicatorDefinition{code,  name,  objective, unit,         result,
                                   false, false, target,    std::nullopt, std::nullopt};
    };
    auto money = [](const QString& code, const QString& name, const QString& objective) {
        return IndicatorDefinition{code,  name, objective,    QStringLiteral("PLN"), true,
                                   false, true, std::nullopt, std::nullopt,          std::nullopt};
    };
    return {
        count(QStringLiteral("OSS_REGISTERED"), tr("Social cooperatives registered in KRS"), coops, tr("cooperatives"),
              true, 10),
        count(QStringLiteral("SM_RECRUITED"), tr("Housing cooperatives qualified"), coops, tr("cooperatives"), false,
              10),
        count(QStringLiteral("AGREEMENTS_SIGNED"), tr("SM–OSS cooperation agreements signed"), coops, tr("agreements"),
              false, 10),
        person(QStringLiteral("PARTICIPANTS_STARTED"), tr("Participants who started support"), people, false, 100),
        person(QStringLiteral("INTEGRATION_COMPLETED"), tr("Participants who completed integration-motivation classes"),
               people, false, 100),
        person(QStringLiteral("MANAGEMENT_COMPLETED"), tr("Participants who completed management training"), people,
               false, 30),
        person(QStringLiteral("VOCATIONAL_COMPLETED"), tr("Participants who completed a vocational course"), people,
               false, 80),
        count(QStringLiteral("CONSULTATIONS"), tr("Consultations given at the consultation point"), coops,
              tr("consultations"), false, 300),
        person(QStringLiteral("STUDY_TRIP"), tr("Participants of the study trip to Trentino"), people, false, 20),
        person(QStringLiteral("EMPLOYED_IN_OSS"), tr("Participants employed in a social cooperative"), people, true,
               60),
        person(QStringLiteral("COMPLETED_PROJECT"), tr("Participants who completed the project as planned"), people,
               true, 90),
        person(QStringLiteral("INSTALMENT_PLANS"), tr("Participants who signed an instalment agreement"), debt, true,
               50),
        person(QStringLiteral("ARREARS_REDUCED"), tr("Participants whose arrears fell since entry"), debt, true, 60),
        money(QStringLiteral("ARREARS_REPAID"), tr("Reduction of participants' total arrears"), debt),
        person(QStringLiteral("EVICTIONS_AVOIDED"),
               tr("Participants at risk of eviction whose case was suspended, withdrawn or settled"), debt, true, 20),
        money(QStringLiteral("WORK_ORDERS_VALUE"), tr("Net value of housing cooperatives' work orders accepted"),
              coops),
        money(QStringLiteral("REPAID_FROM_WAGES"), tr("Arrears repaid from social cooperative wages"), debt),
        count(QStringLiteral("SERVICE_POINTS"), tr("Service points of social cooperatives opened"), coops, tr("points"),
              true, 10),
        count(QStringLiteral("DELIVERABLES"),
              tr("Products delivered (expertise, brochure, market research, guide, film, conference, competition)"),
              products, tr("items"), false, 7),
        // The three "soft" goals, measured by questionnaires and tests at entry and exit.
        person(QStringLiteral("IMPROVED_ATTITUDE"), tr("Participants whose entrepreneurial attitudes improved"),
               tr("Entrepreneurial attitudes of participants shaped"), true, 80),
        person(QStringLiteral("IMPROVED_KNOWLEDGE"), tr("Participants whose knowledge of the social economy improved"),
               tr("Knowledge of the social economy as an employer raised"), true, 80),
        person(QStringLiteral("IMPROVED_RELATIONS"),
               tr("Participants whose relations with their neighbourhood improved"),
               tr("Relations of OSS members with their neighbourhood improved"), true, 40),
    };
}

void IndicatorCatalogue::seed(Database& db)
{
    Statement insert =
        db.prepare("INSERT OR IGNORE INTO indicator (code, name, objective, unit, kind, split_by_sex, money, manual, "
                   "target_total, target_women, target_men, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)");
    int order = 0;
    for (const IndicatorDefinition& d : defaults()) {
        insert.bind(1, d.code)
            .bind(2, d.name)
            .bind(3, d.objective)
            .bind(4, d.unit)
            .bind(5, d.result ? "result" : "product")
            .bind(6, d.splitBySex)
            .bind(7, d.money)
            .bind(8, d.targetTotal)
            .bind(9, d.targetWomen)
            .bind(10, d.targetMen)
            .bind(11, order += 10);
        insert.exec();
        insert.reset();
    }
}

} // namespace osiedle::core
