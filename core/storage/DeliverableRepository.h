#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// A project product: expertise, brochure, market research, guide, film, conference,
/// competition, study trip report or other.
struct Deliverable {
    qint64 id = 0;
    DeliverableKind kind = DeliverableKind::Other;
    QString title;
    QString author; ///< author or contractor
    QDate plannedOn;
    QDate doneOn; ///< invalid until done
    DeliverableStatus status = DeliverableStatus::Planned;
    int copiesPlanned = 0;
    int copiesPrinted = 0;
    std::optional<qint64> socialCoopId; ///< market research: the OSS whose service point it serves
    QString notes;
};

/// A deliverable in a list, with the copies given out so far.
struct DeliverableRow {
    Deliverable deliverable;
    QString socialCoopName;
    int copiesDistributed = 0;
};

/// One entry of the distribution log: copies given to someone on a date.
struct Distribution {
    qint64 id = 0;
    qint64 deliverableId = 0;
    QDate date;
    QString recipient;
    int copies = 0;
};

/// A file that proves the deliverable was made (kept where the office keeps it; only the path
/// is stored).
struct EvidenceFile {
    qint64 id = 0;
    qint64 deliverableId = 0;
    QString path;
    QString note;
};

/// All SQL about deliverables, their distribution log and evidence files. Throws StorageError.
class DeliverableRepository {
public:
    explicit DeliverableRepository(Database& db) : m_db(db) {}

    /// In planned-date order; `search` (diacritics-insensitive) matches title and author.
    QList<DeliverableRow> list(const QString& search = {}) const;
    std::optional<Deliverable> find(qint64 id) const;
    qint64 insert(const Deliverable& d);
    void update(const Deliverable& d);
    void remove(qint64 id);

    QList<Distribution> distributions(qint64 deliverableId) const;
    int copiesDistributed(qint64 deliverableId) const;
    qint64 addDistribution(const Distribution& d);
    std::optional<Distribution> findDistribution(qint64 id) const;
    void removeDistribution(qint64 id);

    QList<EvidenceFile> files(qint64 deliverableId) const;
    qint64 addFile(const EvidenceFile& f);
    void removeFile(qint64 id);

private:
    Database& m_db;
};

} // namespace osiedle::core
