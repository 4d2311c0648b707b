// osiedle-cli history: the file's change history as CSV or JSON, all of it or one record's,
// between two days; --user NAME names the person working in any command that changes a file.

#include "core/common/SystemUser.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "support/CliProcess.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/TempProject.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace osiedle;
using test::runCli;

namespace {

// A project where Anna Nowak added two people and moved the first from Lipowa to Krótka.
struct HistoryFixture {
    test::TempProject project;
    qint64 moved = 0;
    qint64 other = 0;

    HistoryFixture()
    {
        core::Database& db = project.db();
        db.setWorkingPerson(QStringLiteral("Anna Nowak"));
        core::ChangeNotifier changes;
        core::ParticipantService service(db, changes);
        moved = *service.create(test::aParticipant());
        other = *service.create(test::aParticipant(QStringLiteral("02211307589")));
        core::Participant p = *service.find(moved);
        p.street = QStringLiteral("Krótka");
        REQUIRE(service.update(p).ok());
        project.close();
    }

    QJsonArray json(QStringList more)
    {
        const auto run = runCli(
            QStringList{QStringLiteral("history"), project.path(), QStringLiteral("--format"), QStringLiteral("json")} +
            more);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.outBytes, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.array();
    }
};

} // namespace

TEST_CASE("osiedle-cli history gives every change as JSON, newest first, with the values before and after",
          "[cli][history]")
{
    HistoryFixture f;
    const QJsonArray all = f.json({});
    REQUIRE(all.size() == 3);
    const QJsonObject edit = all.at(0).toObject();
    CHECK(edit.value(QStringLiteral("operation")).toString() == QStringLiteral("update"));
    CHECK(edit.value(QStringLiteral("action")).toString() == QStringLiteral("edit"));
    CHECK(edit.value(QStringLiteral("person")).toString() == QStringLiteral("Anna Nowak"));
    CHECK(edit.value(QStringLiteral("record_kind")).toString() == QStringLiteral("participant"));
    CHECK(edit.value(QStringLiteral("record_id")).toInteger() == f.moved);
    const QJsonObject changes = edit.value(QStringLiteral("changes")).toObject();
    CHECK(changes.keys() == QStringList{QStringLiteral("street")});
    CHECK(changes.value(QStringLiteral("street")).toObject().value(QStringLiteral("before")).toString() ==
          QStringLiteral("Lipowa"));
    CHECK(changes.value(QStringLiteral("street")).toObject().value(QStringLiteral("after")).toString() ==
          QStringLiteral("Krótka"));
    CHECK(all.at(2).toObject().value(QStringLiteral("operation")).toString() == QStringLiteral("insert"));
    CHECK(QDateTime::fromString(edit.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());

    // One record's history; days before today have none.
    const QJsonArray one = f.json({QStringLiteral("--record"), QStringLiteral("participant:%1").arg(f.other)});
    REQUIRE(one.size() == 1);
    CHECK(one.at(0).toObject().value(QStringLiteral("record_id")).toInteger() == f.other);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    CHECK(f.json({QStringLiteral("--to"), yesterday}).isEmpty());
    CHECK(f.json({QStringLiteral("--from"), QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))}).size() == 3);
    CHECK(f.json({QStringLiteral("--person"), QStringLiteral("Beata Lis")}).isEmpty());
}

TEST_CASE("osiedle-cli history gives CSV for people: one line per field, in words", "[cli][history]")
{
    HistoryFixture f;
    const auto run = runCli({QStringLiteral("history"), f.project.path(), QStringLiteral("--record"),
                             QStringLiteral("participant:%1").arg(f.moved)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(run.outBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 2);
    CHECK(lines.first() ==
          QStringLiteral("No.;Time;Person;Program;Action;Change;Record;Record no.;Field;Before;After"));
    // The edit comes first: its one field.
    CHECK(lines.at(1).endsWith(QStringLiteral(";Anna Nowak;") + lines.at(1).section(QLatin1Char(';'), 3, 3) +
                               QStringLiteral(";Edit;Changed;Participant;%1;Street;Lipowa;Krótka").arg(f.moved)));
    // The record added: its fields as they were written, money and dates as the program shows them.
    bool arrears = false;
    bool consent = false;
    for (const QString& line : lines) {
        arrears = arrears || line.endsWith(QStringLiteral(";Arrears at entry;;\"2\u00a0500,00\u00a0zł\"")) ||
                  line.endsWith(QStringLiteral(";Arrears at entry;;2\u00a0500,00\u00a0zł"));
        consent = consent || line.endsWith(QStringLiteral(";Consent given on;;01.03.2011"));
    }
    CHECK(arrears);
    CHECK(consent);
}

TEST_CASE("osiedle-cli history names what is wrong with its arguments", "[cli][history]")
{
    HistoryFixture f;
    const auto badRecord = runCli(
        {QStringLiteral("history"), f.project.path(), QStringLiteral("--record"), QStringLiteral("participant")});
    CHECK(badRecord.exitCode == 2);
    CHECK(badRecord.err.contains(QStringLiteral("--record must be KIND:ID, e.g. participant:17, not \"participant\"")));
    const auto badFormat =
        runCli({QStringLiteral("history"), f.project.path(), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("--format must be csv or json, not \"xml\"")));
    const auto badDate =
        runCli({QStringLiteral("history"), f.project.path(), QStringLiteral("--from"), QStringLiteral("2026-02-30")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--from must be a date")));
    const auto missing = runCli({QStringLiteral("history"), f.project.dir() + QStringLiteral("/nie-ma.osiedle")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}

TEST_CASE("osiedle-cli --user NAME records who changed the file; without it, the system user", "[cli][history]")
{
    HistoryFixture f;
    const QString file = f.project.dir() + QStringLiteral("/mokotow.osiedle");
    const auto made = runCli({QStringLiteral("--user"), QStringLiteral("Jan Kowalski"), QStringLiteral("new"), file,
                              QStringLiteral("--title"), QStringLiteral("Mokotów"), QStringLiteral("--start"),
                              QStringLiteral("2012-01-01"), QStringLiteral("--end"), QStringLiteral("2014-06-30")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const auto set = runCli({QStringLiteral("project"), file, QStringLiteral("set"), QStringLiteral("title=Wola"),
                             QStringLiteral("--yes")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);

    const auto run = runCli({QStringLiteral("history"), file, QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--record"), QStringLiteral("project:1")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.outBytes).array();
    REQUIRE(rows.size() >= 2);
    const QJsonObject renamed = rows.at(0).toObject();
    const QJsonObject created = rows.last().toObject();
    CHECK(created.value(QStringLiteral("operation")).toString() == QStringLiteral("insert"));
    CHECK(created.value(QStringLiteral("person")).toString() == QStringLiteral("Jan Kowalski"));
    CHECK(created.value(QStringLiteral("program")).toString().startsWith(QStringLiteral("osiedle-cli ")));
    CHECK(renamed.value(QStringLiteral("person")).toString() == core::SystemUser::name());
    CHECK(renamed.value(QStringLiteral("action")).toString() == QStringLiteral("settings"));
    const QJsonObject title =
        renamed.value(QStringLiteral("changes")).toObject().value(QStringLiteral("title")).toObject();
    CHECK(title.value(QStringLiteral("before")).toString() == QStringLiteral("Mokotów"));
    CHECK(title.value(QStringLiteral("after")).toString() == QStringLiteral("Wola"));

    const auto empty = runCli({QStringLiteral("--user"), QStringLiteral(" "), QStringLiteral("check"), file});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("--user needs a NAME")));
}
