#include "BenchData.h"

#include "core/domain/Pesel.h"
#include "core/io/ParticipantImport.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

namespace osiedle::bench {

QByteArray participantsCsv()
{
    static const char* firstNames[] = {"Anna", "Jan", "Łucja", "Piotr", "Zofia", "Marek", "Ewa", "Józef"};
    static const char* lastNames[] = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska"};
    QByteArray csv("first_name;last_name;pesel;education;street;building;flat;postal_code;locality;teryt;phone;"
                   "email;labour_status;housing_coop;referral;arrears_at_entry;recruited_on\r\n");
    for (int i = 0; i < participantRows; ++i) {
        // born 1940–1967, one a day: every PESEL differs and everyone is of age when recruited in 2011
        const QDate born = QDate(1940, 1, 1).addDays(i);
        const core::Pesel pesel = core::Pesel::fromParts(born, i % 2 ? core::Sex::Male : core::Sex::Female, i % 1000);
        csv += QStringLiteral("%1;%2;%3;primary;Lipowa;%4;%5;05-200;Wołomin;1434124;600 100 %6;;unemployed;;self;"
                              "%7,50;%8\r\n")
                   .arg(QString::fromUtf8(firstNames[i % 8]), QString::fromUtf8(lastNames[i % 6]), pesel.digits())
                   .arg(i % 50 + 1)
                   .arg(i % 80 + 1)
                   .arg(i % 1000, 3, 10, QLatin1Char('0'))
                   .arg(i % 5000)
                   .arg(QDate(2011, 3, 1).addDays(i % 300).toString(QStringLiteral("dd.MM.yyyy")))
                   .toUtf8();
    }
    return csv;
}

QString writeParticipantsCsv(const QString& folder)
{
    const QString path = folder + QStringLiteral("/participants.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write the CSV");
    }
    f.write(participantsCsv());
    return path;
}

std::unique_ptr<core::Database> freshProject(const QString& path)
{
    QFile::remove(path);
    auto db = core::Database::open(path, core::Database::Mode::CreateNew);
    if (!db) {
        qFatal("cannot create the project file");
    }
    return std::move(db.value());
}

double timedParticipantImport(core::Database& db, const QString& csvPath)
{
    core::ChangeNotifier changes;
    core::ParticipantImport import(db, changes);
    QElapsedTimer timer;
    timer.start();
    const auto checked = import.checkFile(csvPath);
    const auto written = import.write(checked);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!checked.problems.isEmpty() || !written || *written != participantRows) {
        qFatal("the benchmark import failed");
    }
    return ms;
}

} // namespace osiedle::bench
