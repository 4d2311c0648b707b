#include "core/services/InstrumentService.h"

#include "core/domain/SurveyScoring.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/InstrumentRepository.h"

namespace osiedle::core {

namespace {

// "Item 3 («Lubię podejmować…»)": how messages name an item.
QString itemName(const InstrumentItem& item)
{
    const QString text = item.text.simplified();
    return InstrumentService::tr("Item %1 (“%2”)")
        .arg(item.position)
        .arg(text.size() > 40 ? text.left(39) + QChar(0x2026) : text);
}

} // namespace

Instrument InstrumentService::normalised(Instrument instrument)
{
    instrument.name = instrument.name.trimmed();
    instrument.instructions = instrument.instructions.trimmed();
    for (int i = 0; i < instrument.items.size(); ++i) {
        InstrumentItem& item = instrument.items[i];
        item.position = i + 1;
        item.text = item.text.trimmed();
        if (item.kind == ItemKind::Choice) {
            item.reversed = false;
            for (QString& option : item.options) {
                option = option.trimmed();
            }
        } else {
            item.options.clear();
            item.correct.reset();
        }
    }
    QList<InstrumentScale> scales;
    for (const qint64 scaleId : instrument.scaleIds()) {
        scales.append({scaleId, instrument.minChange(scaleId)});
    }
    instrument.scales = scales;
    return instrument;
}

FieldErrors InstrumentService::validate(const Instrument& instrument)
{
    FieldErrors errors;
    if (instrument.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("The instrument needs a name.")});
    }
    for (const InstrumentItem& item : instrument.items) {
        if (item.text.trimmed().isEmpty()) {
            errors.append({QStringLiteral("items"), tr("Item %1 has no text.").arg(item.position)});
        }
        if (item.scaleId <= 0) {
            errors.append({QStringLiteral("items"), tr("%1: choose the scale it measures.").arg(itemName(item))});
        }
        if (item.kind == ItemKind::Choice) {
            int empty = 0;
            for (const QString& option : item.options) {
                empty += option.trimmed().isEmpty() ? 1 : 0;
            }
            if (item.options.size() < 2 || empty > 0) {
                errors.append(
                    {QStringLiteral("items"),
                     tr("%1: give at least two answers to choose from, none of them empty.").arg(itemName(item))});
            } else if (!item.correct || *item.correct < 1 || *item.correct > item.options.size()) {
                errors.append({QStringLiteral("items"), tr("%1: mark the right answer.").arg(itemName(item))});
            }
        }
    }
    for (const qint64 scaleId : instrument.scaleIds()) {
        int range = 0;
        for (const InstrumentItem& item : instrument.items) {
            range += item.scaleId == scaleId ? SurveyScoring::maxPoints(item) - SurveyScoring::minPoints(item) : 0;
        }
        const int minChange = instrument.minChange(scaleId);
        if (minChange < 1 || minChange > std::max(range, 1)) {
            errors.append({QStringLiteral("min_change"),
                           tr("The minimal change must be from 1 to %1 points: the scale's items allow no more.")
                               .arg(std::max(range, 1))});
        }
    }
    return errors;
}

QString InstrumentService::breakingChange(const Instrument& stored, const Instrument& wanted, int answers)
{
    if (answers <= 0) {
        return {};
    }
    const QString why = tr("%n answer(s) have been entered with “%1”. Make a new version of it to change its items; "
                           "the answers stay with this one.",
                           nullptr, answers)
                            .arg(stored.name);
    for (const InstrumentItem& before : stored.items) {
        const InstrumentItem* after = wanted.item(before.id);
        if (after == nullptr) {
            return tr("%1 cannot be removed.").arg(itemName(before)) + QLatin1Char(' ') + why;
        }
        QString what;
        if (after->kind != before.kind) {
            what = tr("%1 cannot change how it is answered.");
        } else if (after->scaleId != before.scaleId) {
            what = tr("%1 cannot move to another scale.");
        } else if (after->reversed != before.reversed) {
            what = tr("%1 cannot be turned round (reversed).");
        } else if (after->options.size() != before.options.size()) {
            what = tr("%1 cannot get more or fewer answers to choose from.");
        } else if (after->correct != before.correct) {
            what = tr("%1 cannot change its right answer.");
        }
        if (!what.isEmpty()) {
            return what.arg(itemName(before)) + QLatin1Char(' ') + why;
        }
    }
    for (const InstrumentItem& item : wanted.items) {
        if (item.id <= 0 || stored.item(item.id) == nullptr) {
            return tr("No item can be added.") + QLatin1Char(' ') + why;
        }
    }
    return {};
}

Result<qint64> InstrumentService::create(const Instrument& input, FieldErrors* errors)
{
    const Instrument instrument = normalised(input);
    const FieldErrors problems = validate(instrument);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<qint64> {
        InstrumentRepository repo(m_db);
        if (repo.findByName(instrument.name)) {
            return Error{tr("There already is an instrument called “%1”.").arg(instrument.name)};
        }
        return repo.insert(instrument);
    });
}

Status InstrumentService::update(const Instrument& input, FieldErrors* errors)
{
    const Instrument instrument = normalised(input);
    const FieldErrors problems = validate(instrument);
    if (errors) {
        *errors = problems;
    }
    if (!problems.isEmpty()) {
        return joinedError(problems);
    }
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Status {
        InstrumentRepository repo(m_db);
        const auto stored = repo.find(instrument.id);
        if (!stored) {
            return Error{tr("The instrument no longer exists.")};
        }
        if (const auto other = repo.findByName(instrument.name); other && *other != instrument.id) {
            return Error{tr("There already is an instrument called “%1”.").arg(instrument.name)};
        }
        if (const QString broken = breakingChange(*stored, instrument, repo.answerCount(instrument.id));
            !broken.isEmpty()) {
            return Error{broken};
        }
        repo.update(instrument);
        return {};
    });
}

Result<Instrument> InstrumentService::remove(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<Instrument> {
        InstrumentRepository repo(m_db);
        const auto stored = repo.find(id);
        if (!stored) {
            return Error{tr("The instrument no longer exists.")};
        }
        if (const int rounds = repo.roundCount(id); rounds > 0) {
            return Error{
                tr("“%1” has been given in %n round(s); delete the rounds first.", nullptr, rounds).arg(stored->name)};
        }
        repo.remove(id);
        return *stored;
    });
}

Result<qint64> InstrumentService::newVersion(qint64 id)
{
    return serviceWriteChecked(m_db, m_changes, Topic::Surveys, [&]() -> Result<qint64> {
        InstrumentRepository repo(m_db);
        const auto stored = repo.find(id);
        if (!stored) {
            return Error{tr("The instrument no longer exists.")};
        }
        Instrument copy = *stored;
        copy.id = 0;
        copy.previousId = id;
        copy.version = stored->version + 1;
        for (InstrumentItem& item : copy.items) {
            item.id = 0;
        }
        // The name of the earlier version without its version suffix, then the new suffix.
        QString base = stored->name;
        const QString suffix = tr(" (version %1)").arg(stored->version);
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
        }
        copy.name = base + tr(" (version %1)").arg(copy.version);
        for (int n = 2; repo.findByName(copy.name); ++n) {
            copy.name = base + tr(" (version %1)").arg(copy.version) + QStringLiteral(" %1").arg(n);
        }
        return repo.insert(copy);
    });
}

} // namespace osiedle::core
