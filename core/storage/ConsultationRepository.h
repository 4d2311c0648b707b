#pragma once

#include "core/domain/Enums.h"
#include "core/storage/CourseRepository.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// One consultation given at the consultation point, to an OSS and/or a participant.
struct Consultation {
    qint64 id = 0;
    QDate date;
    QString adviser;
    std::optional<qint64> socialCoopId;
    std::optional<qint64> participantId;
    ConsultationArea area = ConsultationArea::Other;
    QString topic;
    int minutes = 60;
    QString outcome;
    QDate followUpOn; ///< invalid when none is planned
    bool followUpDone = false;
};

/// A consultation with the names of whom it was given to.
struct ConsultationRow {
    Consultation consultation;
    QString socialCoopName;
    QString participantName;
};

struct ConsultationFilter {
    std::optional<qint64> socialCoopId;
    std::optional<ConsultationArea> area;
    QString adviser; ///< exact name; empty: any
    QDate from;      ///< inclusive; invalid: open
    QDate to;        ///< inclusive; invalid: open
};

/// Count and minutes of consultations in one group (an area or an OSS).
struct ConsultationTotal {
    QString key;  ///< area key, or the OSS id as text ("" for consultations without an OSS)
    QString name; ///< the OSS name (empty for areas: the UI names them)
    int count = 0;
    int minutes = 0;
};

/// All SQL about the consultation log. Throws StorageError.
class ConsultationRepository {
public:
    explicit ConsultationRepository(Database& db) : m_db(db) {}

    /// Newest first.
    QList<ConsultationRow> list(const ConsultationFilter& filter = {}) const;
    std::optional<Consultation> find(qint64 id) const;
    qint64 insert(const Consultation& consultation);
    void update(const Consultation& consultation);
    void remove(qint64 id);
    void setFollowUpDone(qint64 id, bool done);

    QList<ConsultationTotal> totalsByArea(const QDate& from, const QDate& to) const;
    QList<ConsultationTotal> totalsBySocialCoop(const QDate& from, const QDate& to) const;
    /// Follow-ups not done, due on or before `until` (invalid: all), earliest first.
    QList<ConsultationRow> openFollowUps(const QDate& until = {}) const;

    /// Names of advisers already used and the office staff's advisers, for choosers.
    QStringList advisers() const;
    /// Participants by name ("Nowak Anna"), for choosers.
    QList<NamedId> participants() const;

private:
    Database& m_db;
};

} // namespace osiedle::core
