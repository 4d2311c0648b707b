#include "core/services/DeliverableService.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

namespace osiedle::core {

namespace {

Error firstError(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
    }
    return Error{messages.join(QLatin1Char('\n'))};
}

} // namespace

FieldErrors DeliverableService::validate(const Deliverable& d, int distributed)
{
    FieldErrors errors;
    if (d.title.trimmed().isEmpty()) {
        errors.append({QStringLiteral("title"), tr("The title is required.")});
    }
    if (d.status == DeliverableStatus::Done && !d.doneOn.isValid()) {
        errors.append({QStringLiteral("doneOn"), tr("A deliverable marked done needs the date it was done.")});
    }
    if (d.status != DeliverableStatus::Done && d.doneOn.isValid()) {
        errors.append(
            {QStringLiteral("status"),
             tr("The deliverable has a done date (%1) but is not marked done.").arg(core::shown::date(d.doneOn))});
    }
    if (d.copiesPlanned < 0) {
        errors.append({QStringLiteral("copiesPlanned"), tr("The number of copies planned cannot be negative.")});
    }
    if (d.copiesPrinted < 0) {
        errors.append({QStringLiteral("copiesPrinted"), tr("The number of copies printed cannot be negative.")});
    } else if (d.copiesPrinted < distributed) {
        errors.append({QStringLiteral("copiesPrinted"),
                       tr("%1 copies have already been given out, so at least %1 were printed.").arg(distributed)});
    }
    return errors;
}

Result<qint64> DeliverableService::save(const Deliverable& d)
{
    return write([&]() -> Result<qint64> {
        DeliverableRepository repo(m_db);
        const int distributed = d.id > 0 ? repo.copiesDistributed(d.id) : 0;
        if (const FieldErrors errors = validate(d, distributed); !errors.isEmpty()) {
            return firstError(errors);
        }
        if (d.id == 0) {
            return repo.insert(d);
        }
        if (!repo.find(d.id)) {
            return Error{tr("The deliverable no longer exists.")};
        }
        repo.update(d);
        return d.id;
    });
}

Status DeliverableService::remove(qint64 id)
{
    return write([&]() -> Status {
        DeliverableRepository(m_db).remove(id);
        return {};
    });
}

Result<qint64> DeliverableService::distribute(const Distribution& d)
{
    return write([&]() -> Result<qint64> {
        DeliverableRepository repo(m_db);
        const std::optional<Deliverable> deliverable = repo.find(d.deliverableId);
        if (!deliverable) {
            return Error{tr("The deliverable no longer exists.")};
        }
        if (d.recipient.trimmed().isEmpty()) {
            return Error{tr("Say to whom the copies were given.")};
        }
        if (!d.date.isValid()) {
            return Error{tr("The date of the distribution is required.")};
        }
        if (d.copies <= 0) {
            return Error{tr("The number of copies given out must be at least 1.")};
        }
        if (deliverable->status != DeliverableStatus::Done) {
            return Error{
                tr("\"%1\" is not done yet: copies can be given out once it is done.").arg(deliverable->title)};
        }
        if (deliverable->doneOn.isValid() && d.date < deliverable->doneOn) {
            return Error{
                tr("Copies cannot be given out on %1, before \"%2\" was done (%3).")
                    .arg(core::shown::date(d.date), deliverable->title, core::shown::date(deliverable->doneOn))};
        }
        const int left = deliverable->copiesPrinted - repo.copiesDistributed(d.deliverableId);
        if (d.copies > left) {
            return Error{tr("Only %1 of the %2 printed copies of \"%3\" are left to give out, not %4.")
                             .arg(left)
                             .arg(deliverable->copiesPrinted)
                             .arg(deliverable->title)
                             .arg(d.copies)};
        }
        return repo.addDistribution(d);
    });
}

Status DeliverableService::removeDistribution(qint64 id)
{
    return write([&]() -> Status {
        DeliverableRepository(m_db).removeDistribution(id);
        return {};
    });
}

Result<qint64> DeliverableService::attachFile(const EvidenceFile& f)
{
    return write([&]() -> Result<qint64> {
        if (f.path.trimmed().isEmpty()) {
            return Error{tr("Choose the file to attach.")};
        }
        DeliverableRepository repo(m_db);
        if (!repo.find(f.deliverableId)) {
            return Error{tr("The deliverable no longer exists.")};
        }
        return repo.addFile(f);
    });
}

Status DeliverableService::removeFile(qint64 id)
{
    return write([&]() -> Status {
        DeliverableRepository(m_db).removeFile(id);
        return {};
    });
}

} // namespace osiedle::core
