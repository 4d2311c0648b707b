#pragma once

#include "core/domain/HousingCoop.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace osiedle::core {

class Database;

/// One line of the housing cooperative list.
struct HousingCoopListRow {
    qint64 id = 0;
    QString name;
    QString locality;
    HousingCoopStatus status = HousingCoopStatus::Applied;
    QDate statusOn;
    int participants = 0;
};

/// Every SQL statement about housing cooperatives (SM) and which institutions serve them.
/// Throws StorageError. Not thread-safe.
class HousingCoopRepository {
public:
    explicit HousingCoopRepository(Database& db) : m_db(db) {}

    /// With its institution ids.
    std::optional<HousingCoop> find(qint64 id) const;
    std::optional<HousingCoop> findByName(const QString& name) const;
    std::optional<HousingCoop> findByKrs(const QString& krs) const;
    /// Inserts the SM and its institution links; with h.id set the row keeps that id.
    qint64 insert(const HousingCoop& h);
    /// Updates the SM and replaces its institution links.
    void update(const HousingCoop& h);
    void remove(qint64 id);
    /// What refers to the SM, in words ("12 participants"); empty when nothing does.
    QStringList usages(qint64 id) const;
    QList<HousingCoopListRow> list() const;

private:
    void writeInstitutions(const HousingCoop& h);
    Database& m_db;
};

} // namespace osiedle::core
