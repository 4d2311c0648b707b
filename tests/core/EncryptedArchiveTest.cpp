#include "core/io/EncryptedArchive.h"

#include "core/common/PrivateFile.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/SevenZip.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace osiedle;
using core::EncryptedArchive;

TEST_CASE("An encrypted archive opens with 7-Zip and the password, and not with another", "[privacy][archive]")
{
    REQUIRE(EncryptedArchive::available());
    QTemporaryDir dir;
    const QByteArray csv = "\xEF\xBB\xBFImię;Nazwisko;PESEL\r\nŻaneta;Źdźbło;85010112345\r\n";
    QByteArray big;
    for (int i = 0; i < 20000; ++i) {
        big += "Wiersz " + QByteArray::number(i) + ";Kowalski;90090515836\r\n";
    }
    const QString archive = dir.filePath(QStringLiteral("uczestnicy.zip"));
    const QString password = EncryptedArchive::generatePassword();
    REQUIRE(EncryptedArchive::write(
                archive, {{QStringLiteral("uczestnicy.csv"), csv}, {QStringLiteral("duży plik.csv"), big}}, password)
                .ok());
    // Nothing of the content is readable in the archive itself.
    const QByteArray sealed = test::readFile(archive);
    CHECK_FALSE(sealed.contains("85010112345"));
    CHECK_FALSE(sealed.contains("Kowalski"));
    // 7-Zip names the method of each member: AES with a 256-bit key.
    const test::SevenZipRun listed =
        test::sevenZip({QStringLiteral("l"), QStringLiteral("-slt"), QStringLiteral("-p") + password, archive});
    INFO(listed.output.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.output.count(QStringLiteral("Encrypted = +")) == 2);
    CHECK(listed.output.count(QStringLiteral("AES-256")) == 2);

    const QString out = dir.filePath(QStringLiteral("out"));
    const test::SevenZipRun extracted = test::sevenZipExtract(archive, out, password);
    INFO(extracted.output.toStdString());
    REQUIRE(extracted.exitCode == 0);
    CHECK(test::readFile(out + QStringLiteral("/uczestnicy.csv")) == csv);
    CHECK(test::readFile(out + QStringLiteral("/duży plik.csv")) == big);

    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    const test::SevenZipRun refused = test::sevenZipExtract(archive, wrong, password + QStringLiteral("x"));
    CHECK(refused.exitCode != 0);
    CHECK(refused.output.contains(QStringLiteral("Wrong password")));
    // Nothing readable comes out with a wrong password.
    const bool leaked = QFileInfo::exists(wrong + QStringLiteral("/uczestnicy.csv")) &&
                        test::readFile(wrong + QStringLiteral("/uczestnicy.csv")) == csv;
    CHECK_FALSE(leaked);
}

TEST_CASE("A file made for an archive is made in a private folder and removed", "[privacy][archive]")
{
    REQUIRE(EncryptedArchive::available());
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("lista.xlsx.zip"));
    const auto staging = core::PrivateFile::stagingFolder();
    REQUIRE(staging.ok());
    const QStringList before = QDir(*staging).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QString made;
    SECTION("made and sealed")
    {
        REQUIRE(EncryptedArchive::writeProduced(archive, EncryptedArchive::innerName(archive, QStringLiteral("xlsx")),
                                                QStringLiteral("correct horse battery"),
                                                [&](const QString& inner) {
                                                    made = inner;
                                                    test::writeFile(inner, "PK plain content");
                                                    return core::Status();
                                                })
                    .ok());
        CHECK(QFileInfo(made).fileName() == QStringLiteral("lista.xlsx"));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("lista.xlsx.zip")});
        const QString out = dir.filePath(QStringLiteral("out"));
        REQUIRE(test::sevenZipExtract(archive, out, QStringLiteral("correct horse battery")).exitCode == 0);
        CHECK(test::readFile(out + QStringLiteral("/lista.xlsx")) == "PK plain content");
    }
    SECTION("failed half-way: no archive, no plain file")
    {
        const core::Status failed = EncryptedArchive::writeProduced(
            archive, QStringLiteral("lista.xlsx"), QStringLiteral("correct horse battery"), [&](const QString& inner) {
                made = inner;
                test::writeFile(inner, "half");
                return core::Status(core::Error{QStringLiteral("disk full")});
            });
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().message == QStringLiteral("disk full"));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    CHECK_FALSE(made.isEmpty());
    CHECK(made.startsWith(*staging));
    CHECK_FALSE(QFileInfo::exists(made));
    CHECK(QDir(*staging).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) == before);
}

TEST_CASE("Generated passwords are long, varied and readable; weak ones are refused", "[privacy][archive]")
{
    QSet<QString> seen;
    const QRegularExpression shape(QStringLiteral("^[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}$"));
    for (int i = 0; i < 200; ++i) {
        const QString password = EncryptedArchive::generatePassword();
        INFO(password.toStdString());
        CHECK(shape.match(password).hasMatch());
        CHECK(EncryptedArchive::passwordProblem(password).isEmpty());
        seen.insert(password);
    }
    CHECK(seen.size() == 200);
    CHECK(EncryptedArchive::passwordProblem(QString()).contains(QStringLiteral("empty")));
    CHECK(EncryptedArchive::passwordProblem(QStringLiteral("1234567")).contains(QStringLiteral("at least 8")));
    CHECK(EncryptedArchive::passwordProblem(QStringLiteral("12345678")).isEmpty());
    CHECK(EncryptedArchive::passwordProblem(QStringLiteral("abc\tdefgh")).contains(QStringLiteral("control")));
    CHECK(EncryptedArchive::innerName(QStringLiteral("/x/uczestnicy.zip"), QStringLiteral("csv")) ==
          QStringLiteral("uczestnicy.csv"));
    CHECK(EncryptedArchive::innerName(QStringLiteral("/x/uczestnicy.xlsx.ZIP"), QStringLiteral("xlsx")) ==
          QStringLiteral("uczestnicy.xlsx"));
}
