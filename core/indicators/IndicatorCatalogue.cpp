#include "core/indicators/IndicatorCatalogue.h"

#include "core/storage/Database.h"

namespace osiedle::core {

QList<IndicatorDefinition> IndicatorCatalogue::defaults(bool english)
{
    // The texts in the program's language, or as written in the source (English), to recognise
    // them in a file made in English.
    auto t = [english](const char* text) { return english ? QString::fromUtf8(text) : tr(text); };
    const QString coops = t(QT_TR_NOOP("Social cooperatives founded and working with housing cooperatives"));
    const QString people = t(QT_TR_NOOP("Participants activated socially and professionally"));
    const QString debt = t(QT_TR_NOOP("Arrears repaid and evictions avoided"));
    const QString products = t(QT_TR_NOOP("Project products delivered"));
    const QString persons = t(QT_TR_NOOP("persons"));
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
        count(QStringLiteral("OSS_REGISTERED"), t(QT_TR_NOOP("Social cooperatives registered in KRS")), coops,
              t(QT_TR_NOOP("cooperatives")), true, 10),
        count(QStringLiteral("SM_RECRUITED"), t(QT_TR_NOOP("Housing cooperatives qualified")), coops,
              t(QT_TR_NOOP("cooperatives")), false, 10),
        count(QStringLiteral("AGREEMENTS_SIGNED"), t(QT_TR_NOOP("SM–OSS cooperation agreements signed")), coops,
              t(QT_TR_NOOP("agreements")), false, 10),
        person(QStringLiteral("PARTICIPANTS_STARTED"), t(QT_TR_NOOP("Participants who started support")), people, false,
               100),
        person(QStringLiteral("INTEGRATION_COMPLETED"),
               t(QT_TR_NOOP("Participants who completed integration-motivation classes")), people, false, 100),
        person(QStringLiteral("MANAGEMENT_COMPLETED"), t(QT_TR_NOOP("Participants who completed management training")),
               people, false, 30),
        person(QStringLiteral("VOCATIONAL_COMPLETED"), t(QT_TR_NOOP("Participants who completed a vocational course")),
               people, false, 80),
        count(QStringLiteral("CONSULTATIONS"), t(QT_TR_NOOP("Consultations given at the consultation point")), coops,
              t(QT_TR_NOOP("consultations")), false, 300),
        person(QStringLiteral("STUDY_TRIP"), t(QT_TR_NOOP("Participants of the study trip to Trentino")), people, false,
               20),
        person(QStringLiteral("EMPLOYED_IN_OSS"), t(QT_TR_NOOP("Participants employed in a social cooperative")),
               people, true, 60),
        person(QStringLiteral("COMPLETED_PROJECT"), t(QT_TR_NOOP("Participants who completed the project as planned")),
               people, true, 90),
        person(QStringLiteral("INSTALMENT_PLANS"), t(QT_TR_NOOP("Participants who signed an instalment agreement")),
               debt, true, 50),
        person(QStringLiteral("ARREARS_REDUCED"), t(QT_TR_NOOP("Participants whose arrears fell since entry")), debt,
               true, 60),
        money(QStringLiteral("ARREARS_REPAID"), t(QT_TR_NOOP("Reduction of participants' total arrears")), debt),
        person(QStringLiteral("EVICTIONS_AVOIDED"),
               t(QT_TR_NOOP("Participants at risk of eviction whose case was suspended, withdrawn or settled")), debt,
               true, 20),
        money(QStringLiteral("WORK_ORDERS_VALUE"),
              t(QT_TR_NOOP("Net value of housing cooperatives' work orders accepted")), coops),
        money(QStringLiteral("REPAID_FROM_WAGES"), t(QT_TR_NOOP("Arrears repaid from social cooperative wages")), debt),
        count(QStringLiteral("SERVICE_POINTS"), t(QT_TR_NOOP("Service points of social cooperatives opened")), coops,
              t(QT_TR_NOOP("points")), true, 10),
        count(QStringLiteral("DELIVERABLES"),
              t(QT_TR_NOOP(
                  "Products delivered (expertise, brochure, market research, guide, film, conference, competition)")),
              products, t(QT_TR_NOOP("items")), false, 7),
        // The three "soft" goals, measured by questionnaires and tests at entry and exit.
        person(QStringLiteral("IMPROVED_ATTITUDE"),
               t(QT_TR_NOOP("Participants whose entrepreneurial attitudes improved")),
               t(QT_TR_NOOP("Entrepreneurial attitudes of participants shaped")), true, 80),
        person(QStringLiteral("IMPROVED_KNOWLEDGE"),
               t(QT_TR_NOOP("Participants whose knowledge of the social economy improved")),
               t(QT_TR_NOOP("Knowledge of the social economy as an employer raised")), true, 80),
        person(QStringLiteral("IMPROVED_RELATIONS"),
               t(QT_TR_NOOP("Participants whose relations with their neighbourhood improved")),
               t(QT_TR_NOOP("Relations of OSS members with their neighbourhood improved")), true, 40),
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

void IndicatorCatalogue::showInLanguage(const QString& code, QString& name, QString& objective, QString& unit)
{
    static const QList<IndicatorDefinition> english = defaults(true);
    const QList<IndicatorDefinition> shown = defaults();
    for (qsizetype i = 0; i < english.size() && i < shown.size(); ++i) {
        if (english.at(i).code != code) {
            continue;
        }
        // Only the texts the office left as the program wrote them: an edited one is kept.
        if (name == english.at(i).name) {
            name = shown.at(i).name;
        }
        if (objective == english.at(i).objective) {
            objective = shown.at(i).objective;
        }
        if (unit == english.at(i).unit) {
            unit = shown.at(i).unit;
        }
        return;
    }
}

} // namespace osiedle::core
