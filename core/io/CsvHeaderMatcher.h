#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace osiedle::core {

/// Maps the column titles of an imported table (CSV or XLSX) to field keys. Titles are compared
/// case- and diacritics-insensitively, ignoring spaces, underscores and punctuation, so
/// "First name", "first_name" and "FIRST-NAME" are the same title, and "Imię" matches "imie".
/// Each field is known by its key and any number of aliases (e.g. the Polish titles of
/// Osiedle's own export).
class CsvHeaderMatcher {
public:
    /// Declares a field; the key itself is always one of its titles.
    void addField(const QString& key, const QStringList& aliases = {});

    /// The field key a column title means, or an empty string when none.
    QString fieldFor(const QString& title) const;

    struct Match {
        QHash<QString, int> columnOf; ///< field key → 0-based column; the first column wins
        QList<int> unknownColumns;    ///< columns whose title matches no field
        QList<int> duplicateColumns;  ///< columns naming a field already matched earlier
        int column(const QString& key) const { return columnOf.value(key, -1); }
    };
    Match match(const QStringList& header) const;

    /// The fields in the order they were added.
    const QStringList& keys() const { return m_keys; }

    /// The normalised form used for comparison ("Nr domu" → "nrdomu").
    static QString normalise(const QString& title);

private:
    QStringList m_keys;
    QHash<QString, QString> m_byTitle; // normalised title → key
};

} // namespace osiedle::core
