#include "core/services/SetupProgress.h"

#include "core/storage/StorageError.h"

#include <algorithm>

namespace osiedle::core {

namespace {

/// "3 housing cooperatives" or "no housing cooperatives yet", from the %n form of `counted`.
QString counted(qint64 n, const char* some, const char* none)
{
    return n > 0 ? SetupProgress::tr(some, nullptr, int(n)) : SetupProgress::tr(none);
}

} // namespace

bool SetupProgress::complete() const
{
    return std::all_of(items.begin(), items.end(), [](const Item& item) { return item.done; });
}

SetupProgress SetupProgress::from(const Project& p, const SetupCounts& c)
{
    SetupProgress progress;
    QStringList missing;
    if (p.contractNumber.trimmed().isEmpty()) {
        missing << tr("the contract number");
    }
    if (p.beneficiary.trimmed().isEmpty()) {
        missing << tr("the beneficiary");
    }
    progress.items.append({Step::Project, missing.isEmpty(),
                           missing.isEmpty() ? tr("%1, contract no. %2").arg(p.title, p.contractNumber)
                                             : tr("Still to fill in: %1.").arg(missing.join(tr(" and ")))});
    const auto item = [&progress](Step step, bool done, const QStringList& parts) {
        progress.items.append({step, done, parts.join(QStringLiteral(", "))});
    };
    item(Step::PartnersAndStaff, c.partners > 0 && c.staff > 0,
         {counted(c.partners, QT_TR_N_NOOP("%n partner(s)"), QT_TR_NOOP("no partners yet")),
          counted(c.staff, QT_TR_N_NOOP("%n person(s) of the office"), QT_TR_NOOP("no office staff yet"))});
    item(Step::HousingCoops, c.housingCoops > 0 && c.institutions > 0,
         {counted(c.housingCoops, QT_TR_N_NOOP("%n housing cooperative(s)"), QT_TR_NOOP("no housing cooperatives yet")),
          counted(c.institutions, QT_TR_N_NOOP("%n institution(s) (OPS, PUP)"), QT_TR_NOOP("no OPS or PUP yet"))});
    item(Step::Participants, c.participants > 0,
         {counted(c.participants, QT_TR_N_NOOP("%n participant(s)"), QT_TR_NOOP("no participants yet"))});
    item(Step::Courses, c.courses > 0,
         {counted(c.courses, QT_TR_N_NOOP("%n course(s)"), QT_TR_NOOP("no courses yet"))});
    item(Step::SocialCoops, c.socialCoops > 0,
         {counted(c.socialCoops, QT_TR_N_NOOP("%n social cooperative(s)"), QT_TR_NOOP("no social cooperatives yet"))});
    item(Step::OrdersAndDebts, c.workOrders > 0 && c.debtAccounts > 0,
         {counted(c.workOrders, QT_TR_N_NOOP("%n work order(s)"), QT_TR_NOOP("no work orders yet")),
          counted(c.debtAccounts, QT_TR_N_NOOP("%n debt account(s)"), QT_TR_NOOP("no debt accounts yet"))});
    return progress;
}

Result<SetupProgress> SetupProgress::compute(Database& db)
{
    try {
        ProjectRepository repo(db);
        return from(repo.project().value_or(Project{}), repo.setupCounts());
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

} // namespace osiedle::core
