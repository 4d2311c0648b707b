#include "app/cli/CliPeriod.h"

#include "app/cli/Commands.h"
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
    // Exactly YYYY-MM-DD: QDate's ISO reading would also take "2012-01-01xyz".
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (const auto match = range.match(text); match.hasMatch() && !storedOnly) {
        QDate dates[2];
        for (int i = 0; i < 2; ++i) {
            const QString written = match.captured(i + 1);
            dates[i] = isoDay.match(written).hasMatch() ? QDate::fromString(written, Qt::ISODate) : QDate();
            if (!dates[i].isValid()) {
                return core::Error{PeriodCli::tr("Bad date in the period: %1 (expected YYYY-MM-DD, a day that "
                                                 "exists)")
                                       .arg(written),
                                   periodSyntaxError};
            }
        }
        const QDate from = dates[0];
        const QDate to = dates[1];
        if (from > to) {
            return core::Error{PeriodCli::tr("The period starts (%1) after it ends (%2).")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                               periodSyntaxError};
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
                                     .arg(text),
                           periodSyntaxError};
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

int exitCodeFor(const core::Error& error)
{
    return error.code == periodSyntaxError ? UsageError : UserError;
}

core::Result<core::ReportingPeriod> resolvePeriod(core::Database& db, const QString& text, bool storedOnly)
{
    try {
        return resolve(db, text, storedOnly);
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
}

} // namespace osiedle::cli
