#include "app/cli/CliPeriod.h"

#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace osiedle::cli {

namespace {

struct PeriodCli {
    Q_DECLARE_TR_FUNCTIONS(CliPeriod)
};

core::Result<core::ReportingPeriod> resolve(core::Database& db, const QString& text, bool storedOnly)
{
    core::ReportingPeriodRepository periods(db);
    static const QRegularExpression range(QStringLiteral("^(.+)\\.\\.(.+)$"));
    if (const auto match = range.match(text); match.hasMatch() && !storedOnly) {
        const QDate from = QDate::fromString(match.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(match.captured(2), Qt::ISODate);
        for (const auto& [date, written] : {std::pair{from, match.captured(1)}, std::pair{to, match.captured(2)}}) {
            if (!date.isValid()) {
                return core::Error{PeriodCli::tr("Bad date in the period: %1 (expected YYYY-MM-DD, a day that "
                                                 "exists)")
                                       .arg(written)};
            }
        }
        if (from > to) {
            return core::Error{PeriodCli::tr("The period starts (%1) after it ends (%2).")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
        }
        // A range that is exactly a stored period reports as that period (with its claim number).
        for (const core::ReportingPeriod& period : periods.all()) {
            if (period.from == from && period.to == to) {
                return period;
            }
        }
        return core::ReportingPeriod::custom(from, to);
    }
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber) {
        return core::Error{storedOnly
                               ? PeriodCli::tr("Bad period: %1 (expected a reporting period's id or number)").arg(text)
                               : PeriodCli::tr("Bad period: %1 (expected a reporting period's id or number, "
                                               "or FROM..TO as YYYY-MM-DD..YYYY-MM-DD)")
                                     .arg(text)};
    }
    if (auto period = periods.byId(id)) {
        return *period;
    }
    if (auto period = periods.byNumber(int(id))) {
        return *period;
    }
    return core::Error{PeriodCli::tr("The file has no reporting period with id or number %1.").arg(text)};
}

} // namespace

core::Result<core::ReportingPeriod> resolvePeriod(core::Database& db, const QString& text, bool storedOnly)
{
    try {
        return resolve(db, text, storedOnly);
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
}

} // namespace osiedle::cli
