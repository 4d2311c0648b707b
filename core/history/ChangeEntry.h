#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

/// One field of a record as a change left it: its column, the value before and after (JSON
/// null where there was none: a new record has no "before", a deleted one no "after").
struct FieldChange {
    QString column;
    QJsonValue before;
    QJsonValue after;
};

/// One row of the change history: who changed which record how, when, with which program.
struct ChangeEntry {
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString person;
    QString program;
    QString action;     ///< ChangeActions key: edit, import, undo, redo, lock, unlock, settings, demo, migration
    QString operation;  ///< insert, update, delete, or summary (a demo or a format update as a whole)
    QString recordKind; ///< the table: participant, housing_coop, attendance, …
    std::optional<qint64> recordId;
    QString ownerKind; ///< the card it also shows on (an attendance mark: participant), empty when none
    std::optional<qint64> ownerId;
    QList<FieldChange> fields;
};

/// Which part of the history to read. Empty members do not filter.
struct ChangeFilter {
    /// One record's history: its own rows and those of the records it owns (a participant's
    /// attendance marks, a debt account's ledger entries).
    QString recordKind;
    std::optional<qint64> recordId;
    QString person;
    /// Local calendar days, both included.
    QDate from;
    QDate to;
};

} // namespace osiedle::core
