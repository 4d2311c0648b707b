#pragma once

// Builders for the debt tests: a participant at an SM with a debt account, entries, an OSS
// member with hours worked. Plain SQL here is test set-up, not application code.

#include "core/domain/DebtEntry.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DebtLedgerService.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace osiedle::test {

inline QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline core::Money zl(double zloty)
{
    return core::Money::fromGrosze(qRound64(zloty * 100));
}

/// One SM, and participants with debt accounts opened through the service.
class DebtWorld {
public:
    explicit DebtWorld(core::Database& db) : m_db(db), m_ledger(db, m_changes)
    {
        db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość')");
    }

    core::Database& db() { return m_db; }
    core::ChangeNotifier& changes() { return m_changes; }
    core::DebtLedgerService& ledger() { return m_ledger; }

    /// A participant with an account opened on `opened` with `atEntry` arrears; returns the account id.
    qint64 tenant(const char* lastName, const QDate& opened, core::Money atEntry, qint64* participantId = nullptr)
    {
        core::Statement st = m_db.prepare("INSERT INTO participant (first_name, last_name, housing_coop_id, "
                                          "recruited_on) VALUES ('Anna', ?, 1, ?)");
        st.bind(1, QString::fromUtf8(lastName)).bind(2, opened);
        st.exec();
        const qint64 pid = m_db.lastInsertId();
        if (participantId != nullptr) {
            *participantId = pid;
        }
        core::DebtAccount account;
        account.participantId = pid;
        account.housingCoopId = 1;
        account.accountNumber = QStringLiteral("K/%1").arg(pid);
        account.openedOn = opened;
        auto id = m_ledger.openAccount(account, atEntry);
        INFO((id.ok() ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return *id;
    }

    qint64 post(qint64 account, const QDate& date, core::DebtEntryKind kind, core::Money typed,
                const QString& note = {})
    {
        auto id = m_ledger.post({0, account, date, kind, core::DebtLedgerService::signedAmount(kind, typed), note, {}});
        INFO((id.ok() ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        return *id;
    }

    /// Makes the participant a member of an OSS employed with a deduction; returns the work order id.
    qint64 member(qint64 participantId, qint64 rateGrosze, const char* kind, qint64 value, const QDate& from)
    {
        if (m_db.scalar("SELECT count(*) FROM social_coop WHERE id = 1") == 0) {
            m_db.exec("INSERT INTO social_coop (id, name, housing_coop_id) VALUES (1, 'OSS Pod Lipami', 1)");
            m_db.exec("INSERT INTO work_order (id, housing_coop_id, social_coop_id, year, seq, kind) "
                      "VALUES (1, 1, 1, 2012, 1, 'cleaning')");
        }
        core::Statement st = m_db.prepare(
            "INSERT INTO employment (participant_id, social_coop_id, contract, start_date, hourly_rate, "
            "deduction_kind, deduction_value) VALUES (?, 1, 'cooperative', ?, ?, ?, ?)");
        st.bind(1, participantId).bind(2, from).bind(3, rateGrosze).bind(4, kind).bind(5, value);
        st.exec();
        return 1;
    }

    void hours(qint64 participantId, const QDate& date, int minutes)
    {
        core::Statement st =
            m_db.prepare("INSERT INTO work_hours (work_order_id, participant_id, date, minutes) VALUES (1, ?, ?, ?)");
        st.bind(1, participantId).bind(2, date).bind(3, minutes);
        st.exec();
    }

private:
    core::Database& m_db;
    core::ChangeNotifier m_changes;
    core::DebtLedgerService m_ledger;
};

} // namespace osiedle::test
