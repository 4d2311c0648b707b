#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// One indicator of the project's description (DOMAIN.md) with its default target. Targets are
/// data the office edits afterwards; this catalogue only seeds a new project.
struct IndicatorDefinition {
    QString code;
    QString name;      ///< translated, stored in the file when a project is created
    QString objective; ///< the specific objective it serves
    QString unit;
    bool result = false;     ///< result indicator (else product)
    bool splitBySex = false; ///< counted persons, split into women/men
    bool money = false;      ///< an amount in grosze
    std::optional<qint64> targetTotal;
    std::optional<qint64> targetWomen;
    std::optional<qint64> targetMen;
};

class IndicatorCatalogue {
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalogue)

public:
    /// The indicators of DOMAIN.md in report order, in the program's language (`english`: as
    /// written in the source).
    static QList<IndicatorDefinition> defaults(bool english = false);
    /// A project created in English (e.g. by the command line without a language) stores the
    /// catalogue's English texts: a built-in indicator's name, objective and unit that are still
    /// those are shown in the program's language. Texts the office edited are left as they are.
    static void showInLanguage(const QString& code, QString& name, QString& objective, QString& unit);
    /// Writes the default indicators into a project that has none (inside the caller's
    /// transaction). Throws StorageError.
    static void seed(Database& db);
};

} // namespace osiedle::core
