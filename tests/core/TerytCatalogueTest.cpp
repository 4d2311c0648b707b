#include "core/domain/TerytCatalogue.h"
#include "support/QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace osiedle::core;

namespace {

QStringList codesOf(const QList<TerytGmina>& gminas)
{
    QStringList codes;
    for (const TerytGmina& g : gminas) {
        codes.append(g.code);
    }
    return codes;
}

} // namespace

TEST_CASE("The built-in TERYT catalogue has the whole register", "[teryt]")
{
    const TerytCatalogue& teryt = TerytCatalogue::builtIn();
    CHECK(teryt.stateDate() == QDate(2020, 1, 1));
    REQUIRE(teryt.voivodeships().size() == 16);
    CHECK(teryt.voivodeships().first().code == QStringLiteral("02"));
    CHECK(teryt.voivodeships().first().name == QStringLiteral("dolnośląskie"));
    const auto mazowieckie = std::find_if(teryt.voivodeships().begin(), teryt.voivodeships().end(),
                                          [](const TerytUnit& u) { return u.code == QLatin1String("14"); });
    REQUIRE(mazowieckie != teryt.voivodeships().end());
    CHECK(mazowieckie->name == QStringLiteral("mazowieckie"));
    CHECK(mazowieckie->kind == QStringLiteral("województwo"));
    // 37 powiats and 5 cities with powiat rights
    CHECK(teryt.powiats(QStringLiteral("14")).size() == 42);
    CHECK(teryt.powiats(QStringLiteral("99")).isEmpty());
    // the same instance every time
    CHECK(&TerytCatalogue::builtIn() == &teryt);
}

TEST_CASE("The gminas of a powiat carry their type and kind", "[teryt]")
{
    const TerytCatalogue& teryt = TerytCatalogue::builtIn();
    const QList<TerytGmina> wolominski = teryt.gminas(QStringLiteral("1434"));
    const QStringList codes = codesOf(wolominski);
    CHECK(codes.contains(QStringLiteral("1434011"))); // Kobyłka, gmina miejska
    CHECK(codes.contains(QStringLiteral("1434052"))); // Dąbrówka, gmina wiejska
    CHECK(codes.contains(QStringLiteral("1434123")));
    CHECK(codes.contains(QStringLiteral("1434124")));
    CHECK(codes.contains(QStringLiteral("1434125")));
    CHECK(wolominski.first().name == QStringLiteral("Kobyłka"));
    CHECK(wolominski.first().type == 1);
    CHECK(wolominski.first().kind == QStringLiteral("gmina miejska"));
    CHECK(teryt.gminas(QStringLiteral("1499")).isEmpty());
}

TEST_CASE("A 7-digit code names its gmina, powiat and voivodeship", "[teryt]")
{
    const auto [code, gmina, type, kind, powiat, area] =
        GENERATE(table<QString, QString, int, QString, QString, Area>({
            {QStringLiteral("1465011"), QStringLiteral("Warszawa"), 1, QStringLiteral("gmina miejska, miasto stołeczne"),
             QStringLiteral("Warszawa"), Area::Urban},
            {QStringLiteral("1434123"), QStringLiteral("Wołomin"), 3, QStringLiteral("gmina miejsko-wiejska"),
             QStringLiteral("wołomiński"), Area::Urban},
            {QStringLiteral("1434124"), QStringLiteral("Wołomin"), 4, QStringLiteral("miasto"),
             QStringLiteral("wołomiński"), Area::Urban},
            {QStringLiteral("1434125"), QStringLiteral("Wołomin"), 5, QStringLiteral("obszar wiejski"),
             QStringLiteral("wołomiński"), Area::Rural},
            {QStringLiteral("1434052"), QStringLiteral("Dąbrówka"), 2, QStringLiteral("gmina wiejska"),
             QStringLiteral("wołomiński"), Area::Rural},
            {QStringLiteral("1465028"), QStringLiteral("Bemowo"), 8, QStringLiteral("dzielnica"),
             QStringLiteral("Warszawa"), Area::Urban},
        }));
    INFO(code.toStdString());
    const TerytCatalogue& teryt = TerytCatalogue::builtIn();
    const auto place = teryt.find(code);
    REQUIRE(place.has_value());
    CHECK(place->gmina.code == code);
    CHECK(place->gmina.name == gmina);
    CHECK(place->gmina.type == type);
    CHECK(place->gmina.kind == kind);
    CHECK(place->powiat == powiat);
    CHECK(place->voivodeship == QStringLiteral("mazowieckie"));
    CHECK(teryt.areaOf(code) == area);
    CHECK(teryt.validate(code).ok());
}

TEST_CASE("The area follows the gmina type: rural for 2 and 5", "[teryt]")
{
    for (int type = 0; type <= 9; ++type) {
        INFO(type);
        CHECK(TerytCatalogue::areaOfType(type) == (type == 2 || type == 5 ? Area::Rural : Area::Urban));
    }
    CHECK_FALSE(TerytCatalogue::builtIn().areaOf(QStringLiteral("1434126")).has_value());
}

TEST_CASE("Bad TERYT codes are refused with a message that says what is wrong", "[teryt]")
{
    const auto [code, message] = GENERATE(table<QString, QString>({
        {QStringLiteral(""), QStringLiteral("The TERYT code is empty")},
        {QStringLiteral("14341"), QStringLiteral("TERYT code 14341: must have 7 digits (voivodeship, powiat, gmina, "
                                                 "type), has 5")},
        {QStringLiteral("143412a"), QStringLiteral("TERYT code 143412a: only digits are allowed")},
        {QStringLiteral("1734123"), QStringLiteral("TERYT code 1734123: there is no voivodeship 17")},
        {QStringLiteral("1499011"), QStringLiteral("TERYT code 1499011: there is no powiat 99 in voivodeship "
                                                 "mazowieckie")},
        {QStringLiteral("1434126"), QStringLiteral("TERYT code 1434126: there is no gmina 12 of type 6 in powiat "
                                                 "wołomiński")},
    }));
    INFO(code.toStdString());
    const Status status = TerytCatalogue::builtIn().validate(code);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message == message);
    CHECK_FALSE(TerytCatalogue::builtIn().find(code).has_value());
}

TEST_CASE("A newer state of the register can be loaded from a file", "[teryt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("TERC.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFWOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\r\n"
                "14;;;;MAZOWIECKIE;województwo;2025-01-01\r\n"
                "14;34;;;wołomiński;powiat;2025-01-01\r\n"
                "14;34;13;2;Nowa Gmina;gmina wiejska;2025-01-01\r\n");
    }
    const auto loaded = TerytCatalogue::loadFile(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->stateDate() == QDate(2025, 1, 1));
    CHECK(loaded->voivodeships().size() == 1);
    REQUIRE(loaded->find(QStringLiteral("1434132")).has_value());
    CHECK(loaded->find(QStringLiteral("1434132"))->gmina.name == QStringLiteral("Nowa Gmina"));
    CHECK(loaded->areaOf(QStringLiteral("1434132")) == Area::Rural);
    CHECK_FALSE(loaded->validate(QStringLiteral("1465011")).ok());
}

TEST_CASE("Files that are not TERC are refused with the file named", "[teryt]")
{
    const auto [csv, message] = GENERATE(table<QByteArray, QString>({
        {QByteArray("a;b;c\n1;2;3\n"), QStringLiteral("x.csv: not a TERC file of TERYT (column WOJ is missing)")},
        {QByteArray("WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD\n"), QStringLiteral("x.csv: the TERYT file has no gminas")},
        {QByteArray("WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD\n14;;;;MAZ;w\n1x;;;;B;w\n"),
         QStringLiteral("x.csv, row 3: WOJ must have 2 digits")},
        {QByteArray("WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD\n14;34;1;2;B;w\n"),
         QStringLiteral("x.csv, row 2: GMI must have 2 digits and RODZ 1 digit")},
        {QByteArray("WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD\n14;34;01;2;;w\n"),
         QStringLiteral("x.csv, row 2: the name is empty")},
    }));
    const auto parsed = TerytCatalogue::parse(csv, QStringLiteral("x.csv"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message == message);
    CHECK(TerytCatalogue::loadFile(QStringLiteral("/nonexistent/TERC.csv")).error().message.startsWith(
        QStringLiteral("/nonexistent/TERC.csv: cannot read the TERYT file")));
}
