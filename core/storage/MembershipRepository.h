#pragma once

#include "core/domain/Enums.h"
#include "core/storage/SocialCoopRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

class Database;

/// A person's role in an OSS over a period (a row of membership). A member is a project
/// participant or, for others, a named person (or a legal person).
struct Membership {
    qint64 id = 0;
    qint64 socialCoopId = 0;
    std::optional<qint64> participantId;
    QString personName;
    bool legalPerson = false;
    bool eligibleGroup = true; ///< from a group that the law on social cooperatives admits
    MembershipRole role = MembershipRole::Member;
    QDate from;
    std::optional<QDate> to;
    QString displayName; ///< read only: the participant's name or person_name

    bool activeOn(const QDate& date) const { return from <= date && (!to || *to >= date); }
};

/// How many persons belong to an OSS on a date and how many of them are from outside the
/// eligible groups (each person counted once, whatever their roles).
struct MemberCount {
    int members = 0;
    int outsideEligibleGroups = 0;
};

/// All SQL of membership. Throws StorageError.
class MembershipRepository {
public:
    explicit MembershipRepository(Database& db) : m_db(db) {}

    static QString roleKey(MembershipRole role);
    static std::optional<MembershipRole> roleFromKey(const QString& key);
    static QString roleTitle(MembershipRole role);
    static QList<MembershipRole> allRoles();

    QList<Membership> forCoop(qint64 socialCoopId) const;
    std::optional<Membership> find(qint64 id) const;
    qint64 insert(const Membership& m);
    void update(const Membership& m);
    void remove(qint64 id);

    /// Founders who are natural persons.
    int naturalFounders(qint64 socialCoopId) const;
    MemberCount count(qint64 socialCoopId, const QDate& date) const;
    /// Project participants, "Surname First name", sorted.
    QList<ChoiceItem> participants() const;

private:
    Database& m_db;
};

} // namespace osiedle::core
