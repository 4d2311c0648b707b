#include "core/domain/TerytCatalogue.h"

#include "core/domain/DigitString.h"

#include <QFile>
#include <QLocale>

#include <array>

namespace osiedle::core {

namespace {

enum Column { Woj, Pow, Gmi, Rodz, Nazwa, NazwaDod, StanNa, ColumnCount };

constexpr std::array<const char*, ColumnCount> kColumnNames = {"WOJ", "POW", "GMI", "RODZ", "NAZWA", "NAZWA_DOD",
                                                               "STAN_NA"};

bool isDigits(const QString& s, qsizetype size)
{
    return s.size() == size && digits::isAsciiDigits(s);
}

} // namespace

const TerytCatalogue& TerytCatalogue::builtIn()
{
    static const TerytCatalogue catalogue = [] {
        auto loaded = loadFile(QStringLiteral(":/data/TERC.csv"));
        // The resource is compiled in and covered by tests; an empty catalogue (every code
        // then fails validation with a clear message) is the safe fallback.
        return loaded.ok() ? std::move(loaded).value() : TerytCatalogue();
    }();
    return catalogue;
}

Result<TerytCatalogue> TerytCatalogue::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("%1: cannot read the TERYT file (%2)").arg(path, file.errorString())};
    }
    return parse(file.readAll(), path);
}

Result<TerytCatalogue> TerytCatalogue::parse(const QByteArray& csv, const QString& source)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.remove(QLatin1Char('\r'));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(';'));
    std::array<qsizetype, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c) {
        index[c] = header.indexOf(QString::fromLatin1(kColumnNames[c]));
        if (index[c] < 0 && c != StanNa) {
            return Error{tr("%1: not a TERC file of TERYT (column %2 is missing)")
                             .arg(source, QString::fromLatin1(kColumnNames[c]))};
        }
    }
    TerytCatalogue catalogue;
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    for (qsizetype row = 1; row < lines.size(); ++row) {
        if (lines[row].trimmed().isEmpty()) {
            continue;
        }
        const QStringList fields = lines[row].split(QLatin1Char(';'));
        const auto field = [&fields, &index](Column c) { return index[c] < 0 ? QString() : fields.value(index[c]).trimmed(); };
        const QString woj = field(Woj);
        const QString pow = field(Pow);
        const QString gmi = field(Gmi);
        const QString rodz = field(Rodz);
        const QString name = field(Nazwa);
        const auto rowError = [&](const QString& what) {
            return Error{tr("%1, row %2: %3").arg(source).arg(row + 1).arg(what)};
        };
        if (name.isEmpty()) {
            return rowError(tr("the name is empty"));
        }
        if (!catalogue.m_stateDate.isValid()) {
            catalogue.m_stateDate = QDate::fromString(field(StanNa), Qt::ISODate);
        }
        if (!isDigits(woj, 2)) {
            return rowError(tr("WOJ must have 2 digits"));
        }
        if (pow.isEmpty()) {
            const TerytUnit unit{woj, polish.toLower(name), field(NazwaDod)};
            catalogue.m_voivodeships.append(unit);
            catalogue.m_unitByCode.insert(woj, unit);
            continue;
        }
        if (!isDigits(pow, 2)) {
            return rowError(tr("POW must have 2 digits"));
        }
        const QString powiatCode = woj + pow;
        if (gmi.isEmpty()) {
            const TerytUnit unit{powiatCode, name, field(NazwaDod)};
            catalogue.m_powiatsByVoivodeship[woj].append(unit);
            catalogue.m_unitByCode.insert(powiatCode, unit);
            continue;
        }
        if (!isDigits(gmi, 2) || !isDigits(rodz, 1)) {
            return rowError(tr("GMI must have 2 digits and RODZ 1 digit"));
        }
        const TerytGmina gmina{powiatCode + gmi + rodz, name, rodz.toInt(), field(NazwaDod)};
        catalogue.m_gminasByPowiat[powiatCode].append(gmina);
        catalogue.m_gminaByCode.insert(gmina.code, gmina);
    }
    if (catalogue.m_gminaByCode.isEmpty()) {
        return Error{tr("%1: the TERYT file has no gminas").arg(source)};
    }
    return catalogue;
}

QList<TerytUnit> TerytCatalogue::powiats(const QString& voivodeshipCode) const
{
    return m_powiatsByVoivodeship.value(voivodeshipCode);
}

QList<TerytGmina> TerytCatalogue::gminas(const QString& powiatCode) const
{
    return m_gminasByPowiat.value(powiatCode);
}

std::optional<TerytPlace> TerytCatalogue::find(const QString& code) const
{
    const auto it = m_gminaByCode.constFind(code.trimmed());
    if (it == m_gminaByCode.constEnd()) {
        return std::nullopt;
    }
    return TerytPlace{*it, m_unitByCode.value(it->code.left(2)).name, m_unitByCode.value(it->code.left(4)).name};
}

Status TerytCatalogue::validate(const QString& code) const
{
    const QString c = code.trimmed();
    if (c.isEmpty()) {
        return Error{tr("The TERYT code is empty")};
    }
    if (!digits::isAsciiDigits(c)) {
        return Error{tr("TERYT code %1: only digits are allowed").arg(c)};
    }
    if (c.size() != 7) {
        return Error{tr("TERYT code %1: must have 7 digits (voivodeship, powiat, gmina, type), has %2")
                         .arg(c)
                         .arg(c.size())};
    }
    if (m_gminaByCode.contains(c)) {
        return {};
    }
    if (!m_unitByCode.contains(c.left(2))) {
        return Error{tr("TERYT code %1: there is no voivodeship %2").arg(c, c.left(2))};
    }
    if (!m_unitByCode.contains(c.left(4))) {
        return Error{tr("TERYT code %1: there is no powiat %2 in voivodeship %3")
                         .arg(c, c.mid(2, 2), m_unitByCode.value(c.left(2)).name)};
    }
    return Error{tr("TERYT code %1: there is no gmina %2 of type %3 in powiat %4")
                     .arg(c, c.mid(4, 2), c.mid(6, 1), m_unitByCode.value(c.left(4)).name)};
}

Area TerytCatalogue::areaOfType(int type)
{
    return type == 2 || type == 5 ? Area::Rural : Area::Urban;
}

std::optional<Area> TerytCatalogue::areaOf(const QString& code) const
{
    const auto it = m_gminaByCode.constFind(code.trimmed());
    if (it == m_gminaByCode.constEnd()) {
        return std::nullopt;
    }
    return areaOfType(it->type);
}

} // namespace osiedle::core
