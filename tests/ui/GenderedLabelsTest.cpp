#include "core/domain/Enums.h"
#include "support/QtStringMakers.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"

#include <QLocale>

using namespace osiedle;
using core::RecruitmentStatus;
using core::Sex;

TEST_CASE("Statuses said of a person agree with their sex in Polish", "[translations][gender]")
{
    // English has one form for both.
    CHECK(core::label(RecruitmentStatus::Qualified, Sex::Female) == QStringLiteral("Qualified"));
    CHECK(core::label(RecruitmentStatus::Qualified, Sex::Male) == QStringLiteral("Qualified"));
    CHECK(core::label(RecruitmentStatus::Resigned, std::nullopt) == QStringLiteral("Resigned"));

    const QLocale before;
    {
        ui::AppTranslator translator;
        REQUIRE(translator.install(ui::AppSettings::polish));
        const struct {
            RecruitmentStatus status;
            const char* woman;
            const char* man;
        } forms[] = {
            {RecruitmentStatus::Candidate, "Kandydatka", "Kandydat"},
            {RecruitmentStatus::Scored, "Oceniona", "Oceniony"},
            {RecruitmentStatus::Qualified, "Zakwalifikowana", "Zakwalifikowany"},
            {RecruitmentStatus::Rejected, "Odrzucona", "Odrzucony"},
            {RecruitmentStatus::Resigned, "Zrezygnowała", "Zrezygnował"},
        };
        for (const auto& f : forms) {
            INFO(core::key(f.status).toStdString());
            CHECK(core::label(f.status, Sex::Female) == QString::fromUtf8(f.woman));
            CHECK(core::label(f.status, Sex::Male) == QString::fromUtf8(f.man));
        }
        // A status that reads the same of anyone, and a person whose sex is not recorded.
        CHECK(core::label(RecruitmentStatus::Reserve, Sex::Female) == QStringLiteral("Lista rezerwowa"));
        CHECK(core::label(RecruitmentStatus::Reserve, Sex::Male) == QStringLiteral("Lista rezerwowa"));
        CHECK(core::label(RecruitmentStatus::Qualified, std::nullopt) == core::label(RecruitmentStatus::Qualified));
    }
    QLocale::setDefault(before);
}
