#pragma once

#include "core/domain/LogoStrip.h"
#include "core/domain/Partner.h"
#include "core/domain/PrintedIdentity.h"
#include "core/domain/Project.h"
#include "core/domain/PublicHolidays.h"
#include "core/domain/ReferenceDay.h"
#include "core/domain/StaffMember.h"

#include <QList>
#include <optional>

namespace osiedle::core {

class Database;

/// How much of each part of a project there is: what the start page ticks off.
struct SetupCounts {
    qint64 partners = 0;
    qint64 staff = 0;
    qint64 housingCoops = 0;
    qint64 institutions = 0;
    qint64 participants = 0;
    qint64 courses = 0;
    qint64 socialCoops = 0;
    qint64 workOrders = 0;
    qint64 debtAccounts = 0;
    qint64 consultations = 0;
};

/// All SQL of the project itself: its row (settings, dates, logo strip), the partnership, the
/// people of the project office and the office's days off. Throws StorageError.
class ProjectRepository {
public:
    explicit ProjectRepository(Database& db) : m_db(db) {}

    /// The project's settings; nullopt for a file without a project row.
    std::optional<Project> project();
    /// Writes every field of the project row (not the logo strip). False when there is no row.
    bool update(const Project& project);
    /// The project's last day (invalid without a project row).
    QDate endDate();
    /// The project's "today" (ReferenceDay): `today` while it runs, its last day once over.
    QDate referenceDay(const QDate& today = QDate::currentDate());

    std::optional<LogoStrip> logo();
    /// Stores the strip, or removes it (nullopt).
    void setLogo(const std::optional<LogoStrip>& logo);
    /// The title, contract number and logo strip that every printed page carries.
    PrintedIdentity printedIdentity();

    /// The leader first, then the partners, each in the order entered.
    QList<Partner> partners();
    std::optional<Partner> partner(qint64 id);
    /// Writes the partner: a new one when its id is 0, else the one with its id (inserted
    /// again when it is gone: undo of a removal). Returns its id.
    qint64 savePartner(const Partner& partner);
    void removePartner(qint64 id);

    /// The office staff in name order.
    QList<StaffMember> staff();
    std::optional<StaffMember> staffMember(qint64 id);
    /// Who signs unless another is chosen: the project's signatory, else the first
    /// coordinator, else the first of the staff; nullopt without staff.
    std::optional<StaffMember> defaultSignatory();
    /// The same for a person of the office staff.
    qint64 saveStaffMember(const StaffMember& member);
    void removeStaffMember(qint64 id);

    /// The office's own days off, in date order.
    QList<DayOff> daysOff();
    /// Adds a day off or gives an existing one its new reason.
    void putDayOff(const DayOff& day);
    void removeDayOff(const QDate& date);

    SetupCounts setupCounts();

private:
    Database& m_db;
};

} // namespace osiedle::core
