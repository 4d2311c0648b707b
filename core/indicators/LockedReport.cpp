#include "core/indicators/LockedReport.h"

#include "core/common/DisplayFormat.h"
#include "core/indicators/IndicatorCalculator.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <array>

namespace osiedle::core {

namespace {

constexpr int snapshotVersion = 1;

QJsonValue optional(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalFrom(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

// A cell is [total, women, men]; women and men are null where not split.
QJsonArray cells(const std::optional<qint64>& total, const std::optional<qint64>& women,
                 const std::optional<qint64>& men)
{
    return {optional(total), optional(women), optional(men)};
}

QJsonArray cells(const IndicatorValue& value)
{
    return cells(value.total, value.women, value.men);
}

IndicatorValue valueFrom(const QJsonValue& json)
{
    const QJsonArray array = json.toArray();
    return {array.at(0).toInteger(), optionalFrom(array.at(1)), optionalFrom(array.at(2))};
}

IndicatorTarget targetFrom(const QJsonValue& json)
{
    const QJsonArray array = json.toArray();
    return {optionalFrom(array.at(0)), optionalFrom(array.at(1)), optionalFrom(array.at(2))};
}

// The five parts of a flow line, in table order.
std::array<const IndicatorValue*, 5> flowParts(const FlowRow& row)
{
    return {&row.started, &row.continuing, &row.ended, &row.endedAsPlanned, &row.droppedOut};
}

std::array<IndicatorValue*, 5> flowParts(FlowRow& row)
{
    return {&row.started, &row.continuing, &row.ended, &row.endedAsPlanned, &row.droppedOut};
}

std::array<std::optional<qint64>, 3> cellsOf(const IndicatorValue& value)
{
    return {value.total, value.women, value.men};
}

std::array<std::optional<qint64>, 3> cellsOf(const IndicatorTarget& target)
{
    return {target.total, target.women, target.men};
}

std::array<std::array<std::optional<qint64>, 3>, 3> rowCells(const IndicatorReport::Row& row)
{
    return {cellsOf(row.target), cellsOf(row.period), cellsOf(row.cumulative)};
}

QString flowKey(const FlowRow& row)
{
    return row.group + QLatin1Char('/') + row.key;
}

// Appends a difference for every cell of `parts` that differs between the locked and the now side.
template <std::size_t N>
void compareCells(QList<LockDifference>& out, LockDifference base, int firstPart,
                  const std::array<std::array<std::optional<qint64>, 3>, N>& locked,
                  const std::array<std::array<std::optional<qint64>, 3>, N>& now)
{
    for (std::size_t part = 0; part < N; ++part) {
        for (int cell = 0; cell < 3; ++cell) {
            if (locked[part][std::size_t(cell)] != now[part][std::size_t(cell)]) {
                LockDifference d = base;
                d.part = LockDifference::Part(firstPart + int(part));
                d.cell = cell;
                d.locked = locked[part][std::size_t(cell)];
                d.now = now[part][std::size_t(cell)];
                out << d;
            }
        }
    }
}

std::array<std::array<std::optional<qint64>, 3>, 5> flowCells(const FlowRow& row)
{
    std::array<std::array<std::optional<qint64>, 3>, 5> result;
    const auto parts = flowParts(row);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        result[i] = cellsOf(*parts[i]);
    }
    return result;
}

} // namespace

QString LockDifference::columnName() const
{
    static const std::array<const char*, 8> parts{
        QT_TRANSLATE_NOOP("LockedReport", "Target"),
        QT_TRANSLATE_NOOP("LockedReport", "In the period"),
        QT_TRANSLATE_NOOP("LockedReport", "Cumulative"),
        QT_TRANSLATE_NOOP("LockedReport", "Started"),
        QT_TRANSLATE_NOOP("LockedReport", "Continuing"),
        QT_TRANSLATE_NOOP("LockedReport", "Ended"),
        QT_TRANSLATE_NOOP("LockedReport", "Of whom as planned"),
        QT_TRANSLATE_NOOP("LockedReport", "Dropped out"),
    };
    const QString cells[] = {shown::totalColumn(), shown::womenColumn(), shown::menColumn()};
    return LockedReport::tr(parts[std::size_t(part)]) + QLatin1Char(' ') + cells[cell];
}

QString LockDifference::columnKey() const
{
    static const std::array<const char*, 8> parts{"target",     "period", "cumulative",       "started",
                                                  "continuing", "ended",  "ended_as_planned", "dropped_out"};
    static const std::array<const char*, 3> cells{"total", "women", "men"};
    return QString::fromLatin1(parts[std::size_t(part)]) + QLatin1Char('.') +
           QString::fromLatin1(cells[std::size_t(cell)]);
}

QByteArray LockedReport::snapshot(const IndicatorReport& report)
{
    QJsonArray rows;
    for (const IndicatorReport::Row& row : report.rows) {
        rows.append(QJsonObject{
            {QStringLiteral("code"), row.code},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("objective"), row.objective},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("kind"), key(row.kind)},
            {QStringLiteral("money"), row.money},
            {QStringLiteral("split"), row.splitBySex},
            {QStringLiteral("target"), cells(row.target.total, row.target.women, row.target.men)},
            {QStringLiteral("period"), cells(row.period)},
            {QStringLiteral("cumulative"), cells(row.cumulative)},
            {QStringLiteral("percent"),
             row.percentOfTarget ? QJsonValue(*row.percentOfTarget) : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray flow;
    for (const FlowRow& row : report.flow) {
        QJsonArray parts;
        for (const IndicatorValue* value : flowParts(row)) {
            parts.append(cells(*value));
        }
        flow.append(QJsonObject{{QStringLiteral("group"), row.group},
                                {QStringLiteral("key"), row.key},
                                {QStringLiteral("label"), row.label},
                                {QStringLiteral("of_whom"), row.ofWhom},
                                {QStringLiteral("cells"), parts}});
    }
    QJsonArray quality;
    for (const IndicatorReport::MissingData& item : report.dataQuality) {
        quality.append(QJsonObject{
            {QStringLiteral("id"), item.participantId},
            {QStringLiteral("first_name"), item.firstName},
            {QStringLiteral("last_name"), item.lastName},
            {QStringLiteral("start"), item.participationStart.toString(Qt::ISODate)},
            {QStringLiteral("mask"), item.missingMask},
            {QStringLiteral("missing"), QJsonArray::fromStringList(item.missing)},
        });
    }
    const QJsonObject root{{QStringLiteral("version"), snapshotVersion},
                           {QStringLiteral("from"), report.period.from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), report.period.to.toString(Qt::ISODate)},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("flow"), flow},
                           {QStringLiteral("data_quality"), quality},
                           {QStringLiteral("not_computed"), QJsonArray::fromStringList(report.notComputed)}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<IndicatorReport> LockedReport::restore(const QByteArray& snapshot)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(snapshot, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QStringLiteral("version")).toInt() != snapshotVersion) {
        return Error{
            tr("The stored report is damaged (%1).")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("unknown format"))};
    }
    IndicatorReport report;
    report.period.from = QDate::fromString(root.value(QStringLiteral("from")).toString(), Qt::ISODate);
    report.period.to = QDate::fromString(root.value(QStringLiteral("to")).toString(), Qt::ISODate);
    for (const QJsonValue& value : root.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = value.toObject();
        IndicatorReport::Row row;
        row.code = o.value(QStringLiteral("code")).toString();
        row.name = o.value(QStringLiteral("name")).toString();
        row.objective = o.value(QStringLiteral("objective")).toString();
        row.unit = o.value(QStringLiteral("unit")).toString();
        row.kind = parseKey<IndicatorKind>(o.value(QStringLiteral("kind")).toString()).value_or(IndicatorKind::Product);
        row.money = o.value(QStringLiteral("money")).toBool();
        row.splitBySex = o.value(QStringLiteral("split")).toBool();
        row.target = targetFrom(o.value(QStringLiteral("target")));
        row.period = valueFrom(o.value(QStringLiteral("period")));
        row.cumulative = valueFrom(o.value(QStringLiteral("cumulative")));
        if (const QJsonValue percent = o.value(QStringLiteral("percent")); percent.isDouble()) {
            row.percentOfTarget = percent.toDouble();
        }
        report.rows << row;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("flow")).toArray()) {
        const QJsonObject o = value.toObject();
        FlowRow row;
        row.group = o.value(QStringLiteral("group")).toString();
        row.key = o.value(QStringLiteral("key")).toString();
        row.label = o.value(QStringLiteral("label")).toString();
        row.ofWhom = o.value(QStringLiteral("of_whom")).toBool();
        const QJsonArray parts = o.value(QStringLiteral("cells")).toArray();
        const auto targets = flowParts(row);
        for (std::size_t i = 0; i < targets.size(); ++i) {
            *targets[i] = valueFrom(parts.at(qsizetype(i)));
        }
        report.flow << row;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("data_quality")).toArray()) {
        const QJsonObject o = value.toObject();
        IndicatorReport::MissingData item;
        item.participantId = o.value(QStringLiteral("id")).toInteger();
        item.firstName = o.value(QStringLiteral("first_name")).toString();
        item.lastName = o.value(QStringLiteral("last_name")).toString();
        item.participationStart = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
        item.missingMask = o.value(QStringLiteral("mask")).toInt();
        for (const QJsonValue& missing : o.value(QStringLiteral("missing")).toArray()) {
            item.missing << missing.toString();
        }
        report.dataQuality << item;
    }
    for (const QJsonValue& code : root.value(QStringLiteral("not_computed")).toArray()) {
        report.notComputed << code.toString();
    }
    return report;
}

IndicatorReport LockedReport::compare(const IndicatorReport& now, const IndicatorReport& locked,
                                      const QDateTime& lockedOn)
{
    IndicatorReport report = now;
    report.rows = locked.rows;
    report.flow = locked.flow;
    report.dataQuality = locked.dataQuality;
    report.notComputed = locked.notComputed;
    IndicatorReport::Lock lock;
    lock.lockedOn = lockedOn;
    QHash<QString, qsizetype> lockedCodes;
    for (qsizetype i = 0; i < locked.rows.size(); ++i) {
        lockedCodes.insert(locked.rows[i].code, i);
    }
    QHash<QString, const IndicatorReport::Row*> nowRows;
    for (const IndicatorReport::Row& row : now.rows) {
        nowRows.insert(row.code, &row);
        if (!lockedCodes.contains(row.code)) {
            lock.added << row;
        }
    }
    for (const IndicatorReport::Row& row : locked.rows) {
        const auto* current = nowRows.value(row.code, nullptr);
        lock.now << (current != nullptr ? std::optional<IndicatorReport::Row>(*current) : std::nullopt);
    }
    QHash<QString, const FlowRow*> nowFlow;
    for (const FlowRow& row : now.flow) {
        nowFlow.insert(flowKey(row), &row);
    }
    for (const FlowRow& row : locked.flow) {
        const auto* current = nowFlow.value(flowKey(row), nullptr);
        lock.flowNow << (current != nullptr ? std::optional<FlowRow>(*current) : std::nullopt);
    }
    lock.dataQualityNow = now.dataQuality;
    report.lock = lock;
    return report;
}

QList<LockQualityChange> LockedReport::qualityChanges(const IndicatorReport& report)
{
    QList<LockQualityChange> changes;
    if (!report.lock) {
        return changes;
    }
    QMap<qint64, LockQualityChange> byId;
    auto entry = [&byId](const IndicatorReport::MissingData& item) -> LockQualityChange& {
        LockQualityChange& change = byId[item.participantId];
        change.participantId = item.participantId;
        change.name = QStringLiteral("%1 %2").arg(item.lastName, item.firstName).trimmed();
        return change;
    };
    for (const IndicatorReport::MissingData& item : report.dataQuality) {
        entry(item).missingThen = item.missing;
        byId[item.participantId].maskThen = item.missingMask;
    }
    for (const IndicatorReport::MissingData& item : report.lock->dataQualityNow) {
        entry(item).missingNow = item.missing;
        byId[item.participantId].maskNow = item.missingMask;
    }
    for (const LockQualityChange& change : byId) {
        if (change.maskThen != change.maskNow) {
            changes << change;
        }
    }
    std::sort(changes.begin(), changes.end(), [](const LockQualityChange& a, const LockQualityChange& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return changes;
}

QList<LockDifference> LockedReport::differences(const IndicatorReport& report)
{
    QList<LockDifference> out;
    if (!report.lock) {
        return out;
    }
    const IndicatorReport::Lock& lock = *report.lock;
    const std::array<std::array<std::optional<qint64>, 3>, 3> none{};
    for (qsizetype i = 0; i < report.rows.size() && i < lock.now.size(); ++i) {
        const IndicatorReport::Row& row = report.rows[i];
        LockDifference base;
        base.row = int(i);
        base.code = row.code;
        base.name = row.name;
        base.money = row.money;
        compareCells(out, base, LockDifference::Target, rowCells(row), lock.now[i] ? rowCells(*lock.now[i]) : none);
    }
    for (const IndicatorReport::Row& row : lock.added) {
        LockDifference base;
        base.code = row.code;
        base.name = row.name;
        base.money = row.money;
        compareCells(out, base, LockDifference::Target, none, rowCells(row));
    }
    const std::array<std::array<std::optional<qint64>, 3>, 5> noFlow{};
    for (qsizetype i = 0; i < report.flow.size() && i < lock.flowNow.size(); ++i) {
        const FlowRow& row = report.flow[i];
        LockDifference base;
        base.flow = true;
        base.row = int(i);
        base.code = flowKey(row);
        base.name = row.label;
        compareCells(out, base, LockDifference::Started, flowCells(row),
                     lock.flowNow[i] ? flowCells(*lock.flowNow[i]) : noFlow);
    }
    return out;
}

Result<IndicatorReport> LockedReport::compute(Database& db, const ReportingPeriod& period)
{
    IndicatorCalculator calculator(db);
    Result<IndicatorReport> now = calculator.compute(period);
    if (!now || !period.locked || !period.id) {
        return now;
    }
    QString stored;
    try {
        stored = ReportingPeriodRepository(db).lockedReport(*period.id);
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    const Result<IndicatorReport> locked = restore(stored.toUtf8());
    if (!locked) {
        return Error{tr("Period %1 is locked, but its locked report cannot be read: %2")
                         .arg(period.number.value_or(0))
                         .arg(locked.error().message)};
    }
    return compare(now.value(), locked.value(), period.lockedOn);
}

} // namespace osiedle::core
