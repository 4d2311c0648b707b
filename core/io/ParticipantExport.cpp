#include "core/io/ParticipantExport.h"

#include "core/domain/ParticipantCompleteness.h"
#include "core/io/CsvWriter.h"
#include "core/io/ParticipantImportColumns.h"
#include "core/io/XlsxWriter.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstitutionRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/StorageError.h"

#include <QFileInfo>

namespace osiedle::core {

namespace {

template <typename E> QString labelOf(const std::optional<E>& value)
{
    return value ? label(*value) : QString();
}

QString yesNo(bool value)
{
    return value ? ParticipantExport::tr("yes") : ParticipantExport::tr("no");
}

QString yesNo(const std::optional<bool>& value)
{
    return value ? yesNo(*value) : QString();
}

struct Names {
    QHash<qint64, QString> coops;
    QHash<qint64, QString> institutions;
    QHash<qint64, QStringList> support;
};

// The cells of one participant in the order of the columns written.
QList<XlsxCell> cellsOf(const Participant& p, const Names& names, const QList<ParticipantColumn>& columns)
{
    QList<XlsxCell> cells;
    const auto age = p.ageAtEntry();
    for (const ParticipantColumn& c : columns) {
        const QLatin1String key(c.key);
        auto date = [](const QDate& d) -> XlsxCell { return d.isValid() ? XlsxCell(d) : XlsxCell(); };
        if (key == QLatin1String("country")) {
            cells.append(p.country);
        } else if (key == QLatin1String("first_name")) {
            cells.append(p.firstName);
        } else if (key == QLatin1String("last_name")) {
            cells.append(p.lastName);
        } else if (key == QLatin1String("pesel")) {
            cells.append(p.pesel);
        } else if (key == QLatin1String("no_pesel")) {
            cells.append(yesNo(p.noPesel));
        } else if (key == QLatin1String("sex")) {
            cells.append(labelOf(p.sex));
        } else if (key == QLatin1String("birth_date")) {
            cells.append(date(p.birthDate));
        } else if (key == QLatin1String("age_at_entry")) {
            cells.append(age ? XlsxCell(qint64(*age)) : XlsxCell());
        } else if (key == QLatin1String("education")) {
            cells.append(labelOf(p.education));
        } else if (key == QLatin1String("voivodeship")) {
            cells.append(p.voivodeship);
        } else if (key == QLatin1String("powiat")) {
            cells.append(p.powiat);
        } else if (key == QLatin1String("gmina")) {
            cells.append(p.gmina);
        } else if (key == QLatin1String("teryt")) {
            cells.append(p.teryt);
        } else if (key == QLatin1String("locality")) {
            cells.append(p.locality);
        } else if (key == QLatin1String("street")) {
            cells.append(p.street);
        } else if (key == QLatin1String("building")) {
            cells.append(p.building);
        } else if (key == QLatin1String("flat")) {
            cells.append(p.flat);
        } else if (key == QLatin1String("postal_code")) {
            cells.append(p.postalCode);
        } else if (key == QLatin1String("area")) {
            cells.append(labelOf(p.area));
        } else if (key == QLatin1String("phone")) {
            cells.append(p.phone);
        } else if (key == QLatin1String("mobile")) {
            cells.append(p.mobile);
        } else if (key == QLatin1String("email")) {
            cells.append(p.email);
        } else if (key == QLatin1String("participation_start")) {
            cells.append(date(p.participationStart));
        } else if (key == QLatin1String("participation_end")) {
            cells.append(date(p.participationEnd));
        } else if (key == QLatin1String("labour_status")) {
            cells.append(labelOf(p.labourStatus));
        } else if (key == QLatin1String("disability")) {
            cells.append(yesNo(p.disability));
        } else if (key == QLatin1String("minority")) {
            cells.append(yesNo(p.minority));
        } else if (key == QLatin1String("migrant")) {
            cells.append(yesNo(p.migrant));
        } else if (key == QLatin1String("completion")) {
            cells.append(labelOf(p.completion));
        } else if (key == QLatin1String("dropout_reason")) {
            cells.append(p.dropoutReason);
        } else if (key == QLatin1String("support_kinds")) {
            cells.append(names.support.value(p.id).join(QStringLiteral(", ")));
        } else if (key == QLatin1String("housing_coop")) {
            cells.append(p.housingCoopId ? names.coops.value(*p.housingCoopId) : QString());
        } else if (key == QLatin1String("referral")) {
            cells.append(labelOf(p.referral));
        } else if (key == QLatin1String("referral_institution")) {
            cells.append(p.referralInstitutionId ? names.institutions.value(*p.referralInstitutionId) : QString());
        } else if (key == QLatin1String("arrears_at_entry")) {
            cells.append(p.arrearsAtEntry);
        } else if (key == QLatin1String("eviction_risk")) {
            cells.append(yesNo(p.evictionRisk));
        } else if (key == QLatin1String("recruited_on")) {
            cells.append(date(p.recruitedOn));
        } else if (key == QLatin1String("recruitment_status")) {
            cells.append(label(p.status));
        } else if (key == QLatin1String("consent_on")) {
            cells.append(date(p.consentOn));
        } else if (key == QLatin1String("declaration_on")) {
            cells.append(date(p.declarationOn));
        } else {
            cells.append(XlsxCell());
        }
    }
    return cells;
}

QString csvText(const XlsxCell& cell)
{
    if (const auto* s = std::get_if<QString>(&cell)) {
        return *s;
    }
    if (const auto* n = std::get_if<qint64>(&cell)) {
        return QString::number(*n);
    }
    if (const auto* d = std::get_if<QDate>(&cell)) {
        return d->toString(Qt::ISODate);
    }
    if (const auto* m = std::get_if<Money>(&cell)) {
        return m->formatPlain();
    }
    if (const auto* x = std::get_if<double>(&cell)) {
        return QString::number(*x);
    }
    return {};
}

} // namespace

QList<ParticipantColumn> ParticipantExport::columns(const OptionalMonitoringData& collected)
{
    QList<ParticipantColumn> out;
    for (const ParticipantColumn& c : participantColumns()) {
        const QLatin1String key(c.key);
        const bool off = (key == QLatin1String("disability") && !collected.disability) ||
                         (key == QLatin1String("minority") && !collected.minority) ||
                         (key == QLatin1String("migrant") && !collected.migrant);
        if (!off) {
            out.append(c);
        }
    }
    return out;
}

ParticipantExport::Format ParticipantExport::formatOf(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

Result<QList<ParticipantExport::Incomplete>> ParticipantExport::incomplete(const Options& options) const
{
    try {
        QList<Incomplete> out;
        for (const Participant& p : ParticipantRepository(m_db).exportRecords(options.from, options.to)) {
            const int missing = ParticipantService::missingMask(p);
            if (missing != 0) {
                out.append(Incomplete{p.id, p.displayName(), missing, ParticipantCompleteness::describe(missing)});
            }
        }
        return out;
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<int> ParticipantExport::write(const QString& path, Format format, const Options& options) const
{
    QList<Participant> participants;
    Names names;
    QList<ParticipantColumn> written;
    try {
        ParticipantRepository repo(m_db);
        written = columns(repo.optionalData());
        participants = repo.exportRecords(options.from, options.to);
        names.support = repo.supportReceived();
        for (const HousingCoopListRow& h : HousingCoopRepository(m_db).list()) {
            names.coops.insert(h.id, h.name);
        }
        for (const Institution& i : InstitutionRepository(m_db).list()) {
            names.institutions.insert(i.id, i.name);
        }
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
    if (options.excludeIncomplete) {
        participants.removeIf([](const Participant& p) { return ParticipantService::missingMask(p) != 0; });
    }
    QStringList header;
    for (const ParticipantColumn& c : written) {
        header.append(QString::fromUtf8(c.title));
    }
    if (format == Format::Xlsx) {
        XlsxWriter writer(path);
        writer.addSheet(tr("Participants"));
        writer.writeHeader(header);
        for (const Participant& p : participants) {
            writer.writeRow(cellsOf(p, names, written));
        }
        if (Status done = writer.finish(); !done) {
            return done.error();
        }
        return static_cast<int>(participants.size());
    }
    CsvWriter writer(path);
    writer.writeRow(header);
    for (const Participant& p : participants) {
        QStringList fields;
        for (const XlsxCell& cell : cellsOf(p, names, written)) {
            fields.append(csvText(cell));
        }
        writer.writeRow(fields);
    }
    if (Status done = writer.finish(); !done) {
        return done.error();
    }
    return static_cast<int>(participants.size());
}

} // namespace osiedle::core
