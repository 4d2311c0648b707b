#pragma once

// Reference lists the demo generator draws from: real Mazowieckie towns with their TERYT codes
// (checked against resources/data/TERC.csv), their offices, and common Polish names. Plain data.

namespace osiedle::core::DemoCatalogue {

struct Town {
    const char* teryt;       ///< 7-digit TERC code of the town (RODZ 1 urban gmina or 4 town part)
    const char* name;
    const char* locative;    ///< after "w": "w Radomiu"
    const char* powiat;      ///< as in TERC: "radomski", or the city for a city with powiat rights
    int postalCode;          ///< first postal code, e.g. 26600 for 26-600
    int postalSpread;        ///< how many codes follow it in the town
    const char* phoneArea;
    const char* taxOffice;   ///< the first three NIP digits of the local tax office
    const char* ops;
    const char* pup;
    const char* court;
    const char* ruralTeryt;  ///< a rural gmina nearby (RODZ 2) or the town's rural part (RODZ 5)
    const char* ruralGmina;
    const char* ruralPowiat;
    const char* ruralLocality;
    int ruralPostalCode;
};

inline constexpr Town towns[] = {
    {"1463011", "Radom", "Radomiu", "Radom", 26600, 17, "48", "796", "Miejski Ośrodek Pomocy Społecznej w Radomiu",
     "Miejski Urząd Pracy w Radomiu", "Sąd Rejonowy w Radomiu", "1425062", "Jedlnia-Letnisko", "radomski",
     "Jedlnia-Letnisko", 26630},
    {"1462011", "Płock", "Płocku", "Płock", 9400, 11, "24", "774", "Miejski Ośrodek Pomocy Rodzinie w Płocku",
     "Miejski Urząd Pracy w Płocku", "Sąd Rejonowy w Płocku", "1419132", "Stara Biała", "płocki", "Biała", 9411},
    {"1464011", "Siedlce", "Siedlcach", "Siedlce", 8110, 4, "25", "821", "Miejski Ośrodek Pomocy Społecznej w Siedlcach",
     "Powiatowy Urząd Pracy w Siedlcach", "Sąd Rejonowy w Siedlcach", "1426082", "Siedlce", "siedlecki", "Stok Lacki",
     8110},
    {"1461011", "Ostrołęka", "Ostrołęce", "Ostrołęka", 7410, 7, "29", "758",
     "Miejski Ośrodek Pomocy Społecznej w Ostrołęce", "Powiatowy Urząd Pracy w Ostrołęce", "Sąd Rejonowy w Ostrołęce",
     "1415102", "Rzekuń", "ostrołęcki", "Rzekuń", 7411},
    {"1402011", "Ciechanów", "Ciechanowie", "ciechanowski", 6400, 0, "23", "566",
     "Miejski Ośrodek Pomocy Społecznej w Ciechanowie", "Powiatowy Urząd Pracy w Ciechanowie",
     "Sąd Rejonowy w Ciechanowie", "1402022", "Ciechanów", "ciechanowski", "Pęczki-Kozłowo", 6400},
    {"1412011", "Mińsk Mazowiecki", "Mińsku Mazowieckim", "miński", 5300, 0, "25", "822",
     "Miejski Ośrodek Pomocy Społecznej w Mińsku Mazowieckim", "Powiatowy Urząd Pracy w Mińsku Mazowieckim",
     "Sąd Rejonowy w Mińsku Mazowieckim", "1412112", "Mińsk Mazowiecki", "miński", "Stojadła", 5300},
    {"1434124", "Wołomin", "Wołominie", "wołomiński", 5200, 0, "22", "125", "Ośrodek Pomocy Społecznej w Wołominie",
     "Powiatowy Urząd Pracy w Wołominie", "Sąd Rejonowy w Wołominie", "1434125", "Wołomin", "wołomiński", "Duczki",
     5200},
    {"1421021", "Pruszków", "Pruszkowie", "pruszkowski", 5800, 0, "22", "534",
     "Miejski Ośrodek Pomocy Społecznej w Pruszkowie", "Powiatowy Urząd Pracy w Pruszkowie",
     "Sąd Rejonowy w Pruszkowie", "1421062", "Raszyn", "pruszkowski", "Raszyn", 5090},
    {"1408011", "Legionowo", "Legionowie", "legionowski", 5120, 0, "22", "536",
     "Miejski Ośrodek Pomocy Społecznej w Legionowie", "Powiatowy Urząd Pracy w Legionowie",
     "Sąd Rejonowy w Legionowie", "1408052", "Wieliszew", "legionowski", "Wieliszew", 5135},
    {"1417021", "Otwock", "Otwocku", "otwocki", 5400, 0, "22", "532", "Miejski Ośrodek Pomocy Społecznej w Otwocku",
     "Powiatowy Urząd Pracy w Otwocku", "Sąd Rejonowy w Otwocku", "1417045", "Karczew", "otwocki", "Otwock Wielki",
     5480},
    {"1438011", "Żyrardów", "Żyrardowie", "żyrardowski", 96300, 0, "46", "838",
     "Miejski Ośrodek Pomocy Społecznej w Żyrardowie", "Powiatowy Urząd Pracy w Żyrardowie",
     "Sąd Rejonowy w Żyrardowie", "1438042", "Radziejowice", "żyrardowski", "Radziejowice", 96325},
    {"1413011", "Mława", "Mławie", "mławski", 6500, 0, "23", "569", "Miejski Ośrodek Pomocy Społecznej w Mławie",
     "Powiatowy Urząd Pracy w Mławie", "Sąd Rejonowy w Mławie", "1413052", "Strzegowo", "mławski", "Strzegowo", 6445},
    {"1428011", "Sochaczew", "Sochaczewie", "sochaczewski", 96500, 3, "46", "837",
     "Miejski Ośrodek Pomocy Społecznej w Sochaczewie", "Powiatowy Urząd Pracy w Sochaczewie",
     "Sąd Rejonowy w Sochaczewie", "1428072", "Sochaczew", "sochaczewski", "Czerwonka", 96500},
    {"1418044", "Piaseczno", "Piasecznie", "piaseczyński", 5500, 0, "22", "123",
     "Ośrodek Pomocy Społecznej w Piasecznie", "Powiatowy Urząd Pracy w Piasecznie", "Sąd Rejonowy w Piasecznie",
     "1418045", "Piaseczno", "piaseczyński", "Józefosław", 5509},
    {"1405044", "Grodzisk Mazowiecki", "Grodzisku Mazowieckim", "grodziski", 5825, 0, "22", "529",
     "Ośrodek Pomocy Społecznej w Grodzisku Mazowieckim", "Powiatowy Urząd Pracy w Grodzisku Mazowieckim",
     "Sąd Rejonowy w Grodzisku Mazowieckim", "1405045", "Grodzisk Mazowiecki", "grodziski", "Książenice", 5825},
    {"1407054", "Kozienice", "Kozienicach", "kozienicki", 26900, 0, "48", "812",
     "Miejsko-Gminny Ośrodek Pomocy Społecznej w Kozienicach", "Powiatowy Urząd Pracy w Kozienicach",
     "Sąd Rejonowy w Kozienicach", "1407055", "Kozienice", "kozienicki", "Świerże Górne", 26900},
    {"1435054", "Wyszków", "Wyszkowie", "wyszkowski", 7200, 0, "29", "762",
     "Miejsko-Gminny Ośrodek Pomocy Społecznej w Wyszkowie", "Powiatowy Urząd Pracy w Wyszkowie",
     "Sąd Rejonowy w Wyszkowie", "1435055", "Wyszków", "wyszkowski", "Rybienko Nowe", 7200},
    {"1427011", "Sierpc", "Sierpcu", "sierpecki", 9200, 0, "24", "776", "Miejski Ośrodek Pomocy Społecznej w Sierpcu",
     "Powiatowy Urząd Pracy w Sierpcu", "Sąd Rejonowy w Sierpcu", "1427052", "Sierpc", "sierpecki", "Studzieniec",
     9200},
    {"1420011", "Płońsk", "Płońsku", "płoński", 9100, 0, "23", "567", "Miejski Ośrodek Pomocy Społecznej w Płońsku",
     "Powiatowy Urząd Pracy w Płońsku", "Sąd Rejonowy w Płońsku", "1420092", "Płońsk", "płoński", "Poświętne", 9100},
    {"1416011", "Ostrów Mazowiecka", "Ostrowi Mazowieckiej", "ostrowski", 7300, 0, "29", "759",
     "Miejski Ośrodek Pomocy Społecznej w Ostrowi Mazowieckiej", "Powiatowy Urząd Pracy w Ostrowi Mazowieckiej",
     "Sąd Rejonowy w Ostrowi Mazowieckiej", "1416072", "Ostrów Mazowiecka", "ostrowski", "Komorowo", 7300},
    {"1403011", "Garwolin", "Garwolinie", "garwoliński", 8400, 0, "25", "826",
     "Miejski Ośrodek Pomocy Społecznej w Garwolinie", "Powiatowy Urząd Pracy w Garwolinie",
     "Sąd Rejonowy w Garwolinie", "1403042", "Garwolin", "garwoliński", "Rębków", 8400},
    {"1424044", "Pułtusk", "Pułtusku", "pułtuski", 6100, 0, "23", "568",
     "Miejsko-Gminny Ośrodek Pomocy Społecznej w Pułtusku", "Powiatowy Urząd Pracy w Pułtusku",
     "Sąd Rejonowy w Pułtusku", "1424045", "Pułtusk", "pułtuski", "Kleszewo", 6100},
    {"1406054", "Grójec", "Grójcu", "grójecki", 5600, 0, "48", "797",
     "Miejsko-Gminny Ośrodek Pomocy Społecznej w Grójcu", "Powiatowy Urząd Pracy w Grójcu", "Sąd Rejonowy w Grójcu",
     "1406055", "Grójec", "grójecki", "Mięsy", 5600},
    {"1414011", "Nowy Dwór Mazowiecki", "Nowym Dworze Mazowieckim", "nowodworski", 5100, 0, "22", "531",
     "Miejski Ośrodek Pomocy Społecznej w Nowym Dworze Mazowieckim",
     "Powiatowy Urząd Pracy w Nowym Dworze Mazowieckim", "Sąd Rejonowy w Nowym Dworze Mazowieckim", "1414022",
     "Czosnów", "nowodworski", "Czosnów", 5152},
    {"1429011", "Sokołów Podlaski", "Sokołowie Podlaskim", "sokołowski", 8300, 0, "25", "823",
     "Miejski Ośrodek Pomocy Społecznej w Sokołowie Podlaskim", "Powiatowy Urząd Pracy w Sokołowie Podlaskim",
     "Sąd Rejonowy w Sokołowie Podlaskim", "1429082", "Sokołów Podlaski", "sokołowski", "Dąbrowa", 8300},
    {"1433011", "Węgrów", "Węgrowie", "węgrowski", 7100, 0, "25", "824",
     "Miejski Ośrodek Pomocy Społecznej w Węgrowie", "Powiatowy Urząd Pracy w Węgrowie", "Sąd Rejonowy w Węgrowie",
     "1433022", "Grębków", "węgrowski", "Grębków", 7110},
    {"1404011", "Gostynin", "Gostyninie", "gostyniński", 9500, 0, "24", "971",
     "Miejski Ośrodek Pomocy Społecznej w Gostyninie", "Powiatowy Urząd Pracy w Gostyninie",
     "Sąd Rejonowy w Gostyninie", "1404022", "Gostynin", "gostyniński", "Solec", 9500},
    {"1422011", "Przasnysz", "Przasnyszu", "przasnyski", 6300, 0, "29", "761",
     "Miejski Ośrodek Pomocy Społecznej w Przasnyszu", "Powiatowy Urząd Pracy w Przasnyszu",
     "Sąd Rejonowy w Przasnyszu", "1422025", "Chorzele", "przasnyski", "Krukowo", 6330},
    {"1406114", "Warka", "Warce", "grójecki", 5660, 0, "48", "797",
     "Miejsko-Gminny Ośrodek Pomocy Społecznej w Warce", "Powiatowy Urząd Pracy w Grójcu", "Sąd Rejonowy w Grójcu",
     "1406115", "Warka", "grójecki", "Gośniewice", 5660},
    {"1465011", "Warszawa", "Warszawie", "Warszawa", 3400, 80, "22", "113",
     "Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ m.st. Warszawy", "Urząd Pracy m.st. Warszawy",
     "Sąd Rejonowy dla Warszawy Pragi-Północ w Warszawie", "1432022", "Izabelin", "warszawski zachodni", "Laski",
     5080},
};

inline constexpr const char* housingCoopNames[] = {
    "Nasz Dom", "Przyszłość", "Zgoda", "Metalowiec", "Kolejarz", "Jedność", "Wspólnota", "Nowe Osiedle",
    "Budowlani", "Energetyk", "Hutnik", "Chemik", "Zodiak", "Słoneczna", "Promień", "Rodzina", "Piast", "Zorza",
    "Mazowsze", "Orzeł", "Perła", "Nadzieja", "Tęcza", "Pionier", "Zatorze", "Włókniarz", "Kopernik", "Odrodzenie",
    "Lazurowa", "Ustronie", "Pod Lipami", "Gwarek", "Postęp", "Starówka", "Osiedle Młodych", "Sady", "Nauczyciel",
    "Kolejowa", "Lokator", "Przyjaźń",
};

inline constexpr const char* socialCoopNames[] = {
    "Pomocna Dłoń", "Złota Rączka", "Czyste Osiedle", "Zielony Zakątek", "Nasze Podwórko", "Razem", "Solidarni",
    "Sąsiedzka Pomoc", "Porządek", "Dobry Fach", "Remont-Dom", "Ogrodnik", "Iskra", "Wspólny Cel", "Nowy Start",
    "Szansa", "Przystań", "Dobra Robota", "Mistrz", "Gospodarz", "Pracowite Pszczółki", "Zadbane Osiedle", "Blask",
    "Lipa", "Zgrana Ekipa", "Osiedlowy Fachowiec", "Drugi Oddech", "Krok Dalej", "Sami Swoi", "Pod Dachem",
    "Na Plus", "Perspektywa", "Promyk", "Odnowa", "Klucz", "Konserwator", "Ład", "Mozaika", "Kotwica", "Ziarno",
};

inline constexpr const char* estates[] = {
    "Osiedle Młodych", "Osiedle Słoneczne", "Osiedle Kościuszki", "Osiedle Zielone", "Osiedle Centrum",
    "Osiedle Piastowskie", "Osiedle Jagiellońskie", "Osiedle Przyjaźń", "Osiedle Tysiąclecia", "Osiedle Północ",
    "Osiedle Południe", "Osiedle Ustronie", "Osiedle Kolorowe", "Osiedle Sady", "Osiedle Podlesie",
    "Osiedle Nad Rzeką",
};

inline constexpr const char* streets[] = {
    "Mickiewicza", "Słowackiego", "Kościuszki", "Sienkiewicza", "Kilińskiego", "Reymonta", "Żeromskiego",
    "Konopnickiej", "Orzeszkowej", "Prusa", "Chopina", "Moniuszki", "Piłsudskiego", "Wyszyńskiego",
    "Jana Pawła II", "Ogrodowa", "Polna", "Leśna", "Kwiatowa", "Słoneczna", "Krótka", "Długa", "Szkolna", "Parkowa",
    "Lipowa", "Akacjowa", "Brzozowa", "Spółdzielcza", "Osiedlowa", "Batorego", "Jagiellońska", "Grunwaldzka",
    "1 Maja", "11 Listopada", "Armii Krajowej", "Żwirki i Wigury", "Kopernika", "Curie-Skłodowskiej",
    "Broniewskiego", "Tuwima",
};

inline constexpr const char* womenFirstNames[] = {
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Zofia",
    "Teresa", "Danuta", "Joanna", "Beata", "Dorota", "Jolanta", "Halina", "Irena", "Grażyna", "Jadwiga", "Monika",
    "Marta", "Magdalena", "Aleksandra", "Renata", "Iwona", "Bożena", "Urszula", "Wiesława", "Justyna", "Sylwia",
    "Edyta", "Agata", "Patrycja", "Kamila", "Paulina", "Natalia", "Karolina", "Mirosława", "Stanisława",
};

inline constexpr const char* menFirstNames[] = {
    "Jan", "Andrzej", "Piotr", "Krzysztof", "Stanisław", "Tomasz", "Paweł", "Józef", "Marcin", "Marek", "Michał",
    "Grzegorz", "Jerzy", "Tadeusz", "Adam", "Łukasz", "Zbigniew", "Ryszard", "Dariusz", "Henryk", "Mariusz",
    "Kazimierz", "Wojciech", "Robert", "Mateusz", "Marian", "Rafał", "Jacek", "Janusz", "Mirosław", "Maciej",
    "Sławomir", "Jarosław", "Kamil", "Wiesław", "Roman", "Władysław", "Jakub", "Artur", "Zdzisław",
};

/// Surnames in the masculine form; -ski/-cki/-dzki take -a for women, the others do not change.
inline constexpr const char* surnames[] = {
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
    "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk",
    "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński",
    "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek",
    "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Baran", "Rutkowski", "Michalak", "Szewczyk",
    "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Bąk",
    "Jakubowski", "Sadowski", "Duda", "Włodarczyk", "Wilk", "Chmielewski", "Borkowski", "Sokołowski",
    "Szczepański", "Sawicki", "Lis", "Kucharski", "Mazurek", "Kubiak", "Kalinowski", "Wysocki", "Czarnecki",
    "Kołodziej", "Przybylski", "Sobczak", "Gołębiowski", "Kurek", "Laskowski", "Ziółkowski", "Kozieł", "Urbański",
};

} // namespace osiedle::core::DemoCatalogue
