#pragma once

#include "core/domain/Institution.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace osiedle::core {

class Database;

/// Every SQL statement about OPS and PUP institutions. Throws StorageError. Not thread-safe.
class InstitutionRepository {
public:
    explicit InstitutionRepository(Database& db) : m_db(db) {}

    std::optional<Institution> find(qint64 id) const;
    std::optional<Institution> findByName(const QString& name) const;
    /// With i.id set the row keeps that id (undo of a delete).
    qint64 insert(const Institution& i);
    void update(const Institution& i);
    void remove(qint64 id);
    /// What refers to the institution, in words; empty when nothing does.
    QStringList usages(qint64 id) const;
    /// All institutions, or those of one kind, by name.
    QList<Institution> list(std::optional<InstitutionKind> kind = std::nullopt) const;
    /// The institutions serving an SM.
    QList<Institution> servingHousingCoop(qint64 housingCoopId) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
