#pragma once

#include "core/domain/FoundingPath.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

/// A social cooperative (OSS), a row of social_coop.
struct SocialCoop {
    qint64 id = 0;
    QString name;
    std::optional<qint64> housingCoopId;
    QString krs;
    QString nip;
    QString regon;
    QString street;
    QString building;
    QString postalCode;
    QString locality;
    QString businessIdea;
    std::optional<QDate> dissolvedOn;
    QString notes;
};

/// A name to pick from a list (an SM, a participant).
struct ChoiceItem {
    qint64 id = 0;
    QString name;
};

/// All SQL of social_coop, plus the lookups that OSS forms need (SMs, the founding rules).
/// Throws StorageError.
class SocialCoopRepository {
public:
    explicit SocialCoopRepository(Database& db) : m_db(db) {}

    QList<SocialCoop> all() const;
    std::optional<SocialCoop> find(qint64 id) const;
    /// Inserts (with `coop.id` when it is not 0, so that an undone removal comes back as it was).
    qint64 insert(const SocialCoop& coop);
    void update(const SocialCoop& coop);
    void remove(qint64 id);

    /// The SMs (housing cooperatives), sorted by name.
    QList<ChoiceItem> housingCoops() const;
    std::optional<QString> housingCoopName(qint64 id) const;
    /// An SM's name, identifiers and address in the shape of an OSS record (for printed
    /// documents that name both parties).
    std::optional<SocialCoop> housingCoopParty(qint64 id) const;
    /// project.founding_rules (the 2009 rules when no project row exists yet).
    FoundingRules foundingRules() const;

private:
    Database& m_db;
};

} // namespace osiedle::core
