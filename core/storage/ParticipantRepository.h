#pragma once

#include "core/domain/OptionalMonitoringData.h"
#include "core/domain/Participant.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace osiedle::core {

class Database;

/// One line of a participant list: what the lists and pipeline views show.
struct ParticipantListRow {
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString pesel;
    std::optional<Sex> sex;
    RecruitmentStatus status = RecruitmentStatus::Candidate;
    std::optional<int> score;
    QString housingCoopName;
    QDate recruitedOn;
    QDate participationStart;
    int missing = 0; ///< bit mask of participant_missing (0 = complete)
};

/// Every SQL statement about participants. Throws StorageError; callers (services) catch it.
/// Not thread-safe (one Database, one thread).
class ParticipantRepository {
public:
    explicit ParticipantRepository(Database& db) : m_db(db) {}

    std::optional<Participant> find(qint64 id) const;
    std::optional<Participant> findByPesel(const QString& pesel) const;
    /// Inserts; with p.id set (undo of a delete) the row keeps that id. Returns the id.
    qint64 insert(const Participant& p);
    void update(const Participant& p);
    void remove(qint64 id);

    /// What other records refer to the participant, in words ("2 course enrolments"), empty
    /// when nothing does.
    QStringList usages(qint64 id) const;

    /// The participant_missing bit mask (0 when complete).
    int missingMask(qint64 id) const;

    /// Every participant with the given status, the reserve ordered by score (highest first),
    /// others by name.
    QList<ParticipantListRow> listByStatus(RecruitmentStatus status) const;
    /// Every participant, by name.
    QList<ParticipantListRow> listAll() const;
    /// Full records for the monitoring export: all, or those whose participation started in
    /// [from, to] when both are valid; ordered by surname, first name, id.
    QList<Participant> exportRecords(const QDate& from = {}, const QDate& to = {}) const;
    /// The support forms each participant actually received (attended at least once, or a
    /// consultation), by support form name, for the monitoring export.
    QHash<qint64, QStringList> supportReceived() const;
    /// Of the given PESELs, those already stored, with the stored person's name.
    QHash<QString, QString> existingPesels(const QStringList& pesels) const;

    /// Changes the recruitment status fields only.
    void setStatus(qint64 id, RecruitmentStatus status, const QDate& on, const QString& reason,
                   const QString& unmetCriteria, std::optional<int> score);
    /// Changes the score only.
    void setScore(qint64 id, int score);

    /// The project's collect_* options (all off when the file has no project row yet).
    OptionalMonitoringData optionalData() const;
    /// Stores them; false when the file has no project row.
    bool setOptionalData(const OptionalMonitoringData& collected);

private:
    QList<ParticipantListRow> listWhere(const QByteArray& where, const QByteArray& order,
                                        std::optional<QString> statusKey) const;
    Database& m_db;
};

} // namespace osiedle::core
