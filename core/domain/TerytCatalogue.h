#pragma once

#include "core/common/Result.h"
#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// A voivodeship or a powiat of the TERC register.
struct TerytUnit {
    QString code; ///< 2 digits (voivodeship) or 4 digits (WOJ+POW)
    QString name; ///< voivodeships in lower case as Polish writes them ("mazowieckie"), powiats as in the register
    QString kind; ///< the register's words for the unit ("województwo", "powiat", "miasto na prawach powiatu")
};

/// A gmina (or a part of one) of the TERC register, identified by its 7-digit code.
struct TerytGmina {
    QString code; ///< WOJ+POW+GMI+RODZ, 7 digits
    QString name; ///< "Wołomin"
    int type = 0; ///< RODZ: 1 urban, 2 rural, 3 urban-rural, 4 its town, 5 its rural part, 8 district of Warszawa, 9 delegation
    QString kind; ///< the register's words for the type ("gmina miejsko-wiejska", "miasto", "obszar wiejski")
};

/// What a 7-digit gmina code stands for, with the names of its voivodeship and powiat.
struct TerytPlace {
    TerytGmina gmina;
    QString voivodeship; ///< "mazowieckie"
    QString powiat;      ///< "wołomiński"
};

/// The TERC part of TERYT (GUS's register of Poland's territorial division): voivodeships,
/// powiats and gminas with their 7-digit codes. Immutable after loading; safe to read from
/// any thread. The program ships one state of the register as the resource `:/data/TERC.csv`;
/// a newer state in the same format (`;`-separated, UTF-8, with the header
/// WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA) can be loaded from a file instead.
class TerytCatalogue {
    Q_DECLARE_TR_FUNCTIONS(TerytCatalogue)

public:
    /// The catalogue shipped with the program, loaded on first use. It is constant reference
    /// data (like a table compiled in), so sharing one copy is safe.
    static const TerytCatalogue& builtIn();
    /// Loads a TERC file (e.g. a newer state of the register). The error names the file and,
    /// for a bad row, the row number.
    static Result<TerytCatalogue> loadFile(const QString& path);
    /// Parses TERC text; `source` names it in error messages.
    static Result<TerytCatalogue> parse(const QByteArray& csv, const QString& source);

    /// The date of the register's state (STAN_NA), invalid when the file has none.
    QDate stateDate() const { return m_stateDate; }

    /// All voivodeships in code order.
    const QList<TerytUnit>& voivodeships() const { return m_voivodeships; }
    /// The powiats of a voivodeship (2-digit code) in code order; empty for an unknown code.
    QList<TerytUnit> powiats(const QString& voivodeshipCode) const;
    /// The gminas and gmina parts of a powiat (4-digit code) in code order; empty for an unknown code.
    QList<TerytGmina> gminas(const QString& powiatCode) const;

    /// What a 7-digit code stands for; nullopt when the register has no such code.
    std::optional<TerytPlace> find(const QString& code) const;
    /// Ok when `code` is a 7-digit code of the register; otherwise a message that names the
    /// code and what is wrong with it.
    Status validate(const QString& code) const;

    /// Urban or rural by the gmina type (the last digit): rural for 2 (rural gmina) and 5
    /// (rural part of an urban-rural gmina), urban otherwise.
    static Area areaOfType(int type);
    /// The area of a code of the register; nullopt for a code it does not have.
    std::optional<Area> areaOf(const QString& code) const;

private:
    TerytCatalogue() = default;

    QDate m_stateDate;
    QList<TerytUnit> m_voivodeships;
    QHash<QString, TerytUnit> m_unitByCode;                 // voivodeships and powiats
    QHash<QString, QList<TerytUnit>> m_powiatsByVoivodeship;
    QHash<QString, QList<TerytGmina>> m_gminasByPowiat;
    QHash<QString, TerytGmina> m_gminaByCode;
};

} // namespace osiedle::core
