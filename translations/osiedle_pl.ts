<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>SM</source>
        <translation>SM</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisano</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>Inaugurated</source>
        <translation>Inauguracja</translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation>Dodaj umowę…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Drukuj podsumowanie…</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Umowa o współpracy</translation>
    </message>
    <message>
        <source>New cooperation agreement</source>
        <translation>Nowa umowa o współpracy</translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation>Spółdzielnia mieszkaniowa (SM)</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data zawarcia</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Obowiązuje do</translation>
    </message>
    <message>
        <source>Work inaugurated on</source>
        <translation>Data inauguracji działalności</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Change cooperation agreement</source>
        <translation>Zmiana umowy o współpracy</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Usuń umowę</translation>
    </message>
    <message>
        <source>Remove the agreement signed on %1?</source>
        <translation>Usunąć umowę podpisaną dnia %1?</translation>
    </message>
    <message>
        <source>There is no agreement to print yet.</source>
        <translation>Nie ma jeszcze umowy do wydrukowania.</translation>
    </message>
    <message>
        <source>agreements.xlsx</source>
        <translation>umowy-o-wspolpracy.xlsx</translation>
    </message>
</context>
<context>
    <name>AnswerGrid</name>
    <message>
        <source>The answers grid is closed.</source>
        <translation>Tabela odpowiedzi jest zamknięta.</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>Odpowiedź %1 – %2</translation>
    </message>
    <message>
        <source>No respondent&apos;s code or name contains “%1”.</source>
        <translation>Żaden kod ani nazwisko respondenta nie zawiera „%1”.</translation>
    </message>
    <message>
        <source>Item %1 takes %2.</source>
        <translation>Pytanie %1 przyjmuje %2.</translation>
    </message>
</context>
<context>
    <name>AnswerGridModel</name>
    <message>
        <source>Y</source>
        <comment>yes, one letter</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>N</source>
        <comment>no, one letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>No form entered</source>
        <translation>Nie wprowadzono formularza</translation>
    </message>
    <message>
        <source>%1: no score yet, items %2 not answered</source>
        <translation>%1: jeszcze bez wyniku, bez odpowiedzi na pytania %2</translation>
    </message>
    <message>
        <source>%1: %2 points (of %3–%4)</source>
        <translation>%1: %2 pkt (w skali %3–%4)</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Σ %1</source>
        <translation>Σ %1</translation>
    </message>
    <message>
        <source>Score on %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Kod %1</translation>
    </message>
    <message>
        <source>The respondent or the item is no longer in this round.</source>
        <translation>Respondenta lub pytania nie ma już w tym pomiarze.</translation>
    </message>
</context>
<context>
    <name>AnswerImport</name>
    <message>
        <source>the column appears twice</source>
        <translation>kolumna występuje dwa razy</translation>
    </message>
    <message numerus="yes">
        <source>the questionnaire has no item %1 (it has %n item(s))</source>
        <translation>
            <numerusform>kwestionariusz nie ma pytania %1 (ma %n pytanie)</numerusform>
            <numerusform>kwestionariusz nie ma pytania %1 (ma %n pytania)</numerusform>
            <numerusform>kwestionariusz nie ma pytania %1 (ma %n pytań)</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 has two columns: “%2” and this one</source>
        <translation>pytanie %1 ma dwie kolumny: „%2” i tę</translation>
    </message>
    <message>
        <source>the file needs a column that names the person: “code” (kod), “pesel”, “name” (imię i nazwisko), or “first name” and “last name”</source>
        <translation>plik potrzebuje kolumny wskazującej osobę: „kod”, „pesel”, „imię i nazwisko” albo „imię” i „nazwisko”</translation>
    </message>
    <message>
        <source>no column names an item of the questionnaire: title them by the item&apos;s number (1, 2, …) or its text</source>
        <translation>żadna kolumna nie wskazuje pytania kwestionariusza: zatytułuj kolumny numerem pytania (1, 2, …) albo jego treścią</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>kolumna %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>there is no round with id %1</source>
        <translation>nie ma pomiaru o identyfikatorze %1</translation>
    </message>
    <message>
        <source>the round&apos;s questionnaire no longer exists</source>
        <translation>kwestionariusz tego pomiaru już nie istnieje</translation>
    </message>
    <message>
        <source>the file has no rows of answers</source>
        <translation>plik nie zawiera wierszy z odpowiedziami</translation>
    </message>
    <message>
        <source>no respondent of this round has the code %1</source>
        <translation>żaden respondent tego pomiaru nie ma kodu %1</translation>
    </message>
    <message>
        <source>nobody with PESEL %1 is a respondent of this round</source>
        <translation>osoba o numerze PESEL %1 nie jest respondentem tego pomiaru</translation>
    </message>
    <message>
        <source>nobody called “%1” is a respondent of this round</source>
        <translation>nikt o nazwisku „%1” nie jest respondentem tego pomiaru</translation>
    </message>
    <message>
        <source>several respondents are called “%1”; give the code or PESEL</source>
        <translation>kilku respondentów nazywa się „%1”; podaj kod albo PESEL</translation>
    </message>
    <message>
        <source>the row does not say whose form it is: give the code, PESEL or name</source>
        <translation>wiersz nie mówi, czyj to formularz: podaj kod, PESEL albo imię i nazwisko</translation>
    </message>
    <message>
        <source>“%1” is not an answer of item %2 (%3)</source>
        <translation>„%1” nie jest odpowiedzią na pytanie %2 (%3)</translation>
    </message>
    <message>
        <source>the row has no answers</source>
        <translation>wiersz nie zawiera odpowiedzi</translation>
    </message>
    <message>
        <source>the same person as row %1</source>
        <translation>ta sama osoba co w wierszu %1</translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation>Import odpowiedzi</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a row per form, e.g. the export of an online form. The person is found by the column code (kod), pesel, or name (imię i nazwisko; or first name and last name); each item has a column titled by its number (1, 2, … or P1, Pyt. 1) or its text. Answers: 1–5 or the words of the scale (raczej się zgadzam…), tak/nie or 1/0, a test&apos;s answer as 1, 2, 3… or a, b, c… or its text. A blank cell is no answer. Every row is checked first: nothing is imported while any row is wrong. A person&apos;s form in the file replaces what was entered for them.</source>
        <translation>Plik CSV lub XLSX z wierszem na każdy formularz, np. eksport formularza internetowego. Osobę wskazuje kolumna kod, pesel albo imię i nazwisko (lub osobno imię i nazwisko); każde pytanie ma kolumnę zatytułowaną jego numerem (1, 2, … albo P1, Pyt. 1) lub treścią. Odpowiedzi: 1–5 albo słowa skali (raczej się zgadzam…), tak/nie lub 1/0, odpowiedź w teście jako 1, 2, 3…, a, b, c… albo jej treść. Pusta komórka to brak odpowiedzi. Najpierw sprawdzany jest każdy wiersz: nic nie zostanie zaimportowane, dopóki którykolwiek jest błędny. Formularz osoby z pliku zastępuje to, co wprowadzono dla niej wcześniej.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabele (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Columns left aside: %1.</source>
        <translation>Kolumny pominięte: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%1: %n problem; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
            <numerusform>%1: %n problemy; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
            <numerusform>%1: %n problemów; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n form(s), no problems; %2 of them replace answers entered before. Ready to import.</source>
        <translation>
            <numerusform>%1: %n formularz, bez problemów; zastępujących wcześniej wprowadzone odpowiedzi: %2. Gotowe do importu.</numerusform>
            <numerusform>%1: %n formularze, bez problemów; zastępujących wcześniej wprowadzone odpowiedzi: %2. Gotowe do importu.</numerusform>
            <numerusform>%1: %n formularzy, bez problemów; zastępujących wcześniej wprowadzone odpowiedzi: %2. Gotowe do importu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import answers %1</source>
        <translation>Import odpowiedzi %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) imported from %1.</source>
        <translation>
            <numerusform>Zaimportowano %n formularz z pliku %1.</numerusform>
            <numerusform>Zaimportowano %n formularze z pliku %1.</numerusform>
            <numerusform>Zaimportowano %n formularzy z pliku %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrearsOverview</name>
    <message>
        <source>Reading the payments</source>
        <translation>Odczyt wpłat</translation>
    </message>
    <message>
        <source>Finding the plans at risk</source>
        <translation>Wyszukiwanie zagrożonych ugód</translation>
    </message>
    <message>
        <source>Listing the tenants</source>
        <translation>Wczytywanie listy lokatorów</translation>
    </message>
    <message>
        <source>Finding the early warnings</source>
        <translation>Wyszukiwanie sygnałów ostrzegawczych</translation>
    </message>
    <message>
        <source>attendance fell from %1 % to %2 %</source>
        <translation>frekwencja spadła z %1% do %2%</translation>
    </message>
    <message>
        <source>hours worked fell from %1 to %2</source>
        <translation>liczba przepracowanych godzin spadła z %1 do %2</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s figures</source>
        <translation>Odczyt danych lokatora</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Odczyt konta</translation>
    </message>
    <message>
        <source>Reading the agreement</source>
        <translation>Odczyt ugody</translation>
    </message>
    <message>
        <source>Reading the eviction case</source>
        <translation>Odczyt sprawy eksmisyjnej</translation>
    </message>
    <message>
        <source>Reading the hours worked</source>
        <translation>Odczyt przepracowanych godzin</translation>
    </message>
    <message>
        <source>Reading the employment</source>
        <translation>Odczyt zatrudnienia</translation>
    </message>
    <message>
        <source>%1: %2/h</source>
        <translation>%1: %2/godz.</translation>
    </message>
    <message>
        <source>, %1 to the arrears</source>
        <translation>, %1 na spłatę zadłużenia</translation>
    </message>
    <message>
        <source>, %1 – %2</source>
        <translation>, %1 – %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, od %1</translation>
    </message>
    <message>
        <source>Reading the balances</source>
        <translation>Odczyt sald</translation>
    </message>
    <message>
        <source>Listing the participants</source>
        <translation>Wyszukiwanie uczestników</translation>
    </message>
    <message>
        <source>Listing the housing cooperatives</source>
        <translation>Wyszukiwanie spółdzielni mieszkaniowych</translation>
    </message>
    <message>
        <source>Reading the participant</source>
        <translation>Odczyt danych uczestnika</translation>
    </message>
</context>
<context>
    <name>AttainmentChart</name>
    <message>
        <source>Target attainment: cumulative value as % of the target</source>
        <translation>Stopień realizacji: wartość narastająca jako % wartości docelowej</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% realizacji</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>All present</source>
        <translation>Wszyscy obecni</translation>
    </message>
    <message>
        <source>Mark everyone present on the session of the current column (Ctrl+Shift+A)</source>
        <translation>Oznacz wszystkich jako obecnych na zajęciach z bieżącej kolumny (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>The attendance grid is closed.</source>
        <translation>Siatka obecności jest zamknięta.</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Obecność: %1</translation>
    </message>
    <message>
        <source>All present on %1</source>
        <translation>Wszyscy obecni %1</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 h planned</source>
        <translation>zaplanowano %1 godz.</translation>
    </message>
    <message>
        <source>%1 of %2 present, %3 attended hours</source>
        <translation>Obecni: %1 z %2, godzin udziału: %3</translation>
    </message>
    <message>
        <source>P</source>
        <comment>present, one letter</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused absence, one letter</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent, one letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Nie wpisano</translation>
    </message>
    <message>
        <source>Completed: at least %1 % of the planned hours attended</source>
        <translation>Ukończone: obecność na co najmniej %1 % zaplanowanych godzin</translation>
    </message>
    <message>
        <source>Not completed yet: %1 % of the planned hours needed</source>
        <translation>Jeszcze nie ukończone: potrzeba %1 % zaplanowanych godzin</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (rezygnacja)</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Rezygnacja %1: %2</translation>
    </message>
    <message>
        <source>The participant or the session is no longer on this course.</source>
        <translation>Tego uczestnika lub tych zajęć nie ma już na tym kursie.</translation>
    </message>
    <message>
        <source>The session is no longer on this course.</source>
        <translation>Tych zajęć nie ma już na tym kursie.</translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;</source>
        <translation>w pliku brak kolumny „%1”</translation>
    </message>
    <message>
        <source>the file needs a column &quot;pesel&quot; or &quot;name&quot;</source>
        <translation>plik musi mieć kolumnę „pesel” lub „name” (uczestnik)</translation>
    </message>
    <message>
        <source>the file has no rows of attendance</source>
        <translation>plik nie zawiera wierszy z obecnością</translation>
    </message>
    <message>
        <source>the course is missing</source>
        <translation>brak kursu</translation>
    </message>
    <message>
        <source>there is no course with id %1</source>
        <translation>nie ma kursu o identyfikatorze %1</translation>
    </message>
    <message>
        <source>several courses are called &quot;%1&quot;; give the course id</source>
        <translation>kilka kursów nazywa się „%1”; podaj identyfikator kursu</translation>
    </message>
    <message>
        <source>there is no course &quot;%1&quot;</source>
        <translation>nie ma kursu „%1”</translation>
    </message>
    <message>
        <source>the status is missing</source>
        <translation>brak statusu obecności</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; write present, excused or absent (obecny, usprawiedliwiony, nieobecny)</source>
        <translation>„%1” nie jest statusem; wpisz obecny, usprawiedliwiony lub nieobecny (present, excused, absent)</translation>
    </message>
    <message>
        <source>the course has no session on %1</source>
        <translation>kurs nie ma zajęć w dniu %1</translation>
    </message>
    <message>
        <source>the course has %1 sessions on %2; enter them in the grid</source>
        <translation>kurs ma %1 zajęcia w dniu %2; wpisz je w siatce obecności</translation>
    </message>
    <message>
        <source>nobody with PESEL %1 is enrolled on this course</source>
        <translation>na ten kurs nie jest zapisana osoba o numerze PESEL %1</translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is enrolled on this course</source>
        <translation>na ten kurs nie jest zapisana osoba o nazwisku „%1”</translation>
    </message>
    <message>
        <source>several participants are called &quot;%1&quot;; give the PESEL</source>
        <translation>kilku uczestników nazywa się „%1”; podaj numer PESEL</translation>
    </message>
    <message>
        <source>give the participant&apos;s PESEL or name</source>
        <translation>podaj PESEL albo imię i nazwisko uczestnika</translation>
    </message>
    <message>
        <source>the same participant and session as row %1</source>
        <translation>ten sam uczestnik i te same zajęcia co w wierszu %1</translation>
    </message>
</context>
<context>
    <name>AttendanceService</name>
    <message>
        <source>The session no longer exists.</source>
        <translation>Te zajęcia już nie istnieją.</translation>
    </message>
    <message>
        <source>%1 is not enrolled on this course.</source>
        <translation>%1 – brak zapisu na ten kurs.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Uczestnik %1</translation>
    </message>
</context>
<context>
    <name>BackupBeforeChange</name>
    <message>
        <source>Nothing was changed: the backup copy made before every change of this kind failed. %1</source>
        <translation>Nic nie zmieniono: nie udała się kopia zapasowa, którą program robi przed każdą taką zmianą. %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Give exactly one FILE to back up.</source>
        <translation>Podaj dokładnie jeden PLIK do skopiowania.</translation>
    </message>
    <message>
        <source>Give the backup copy&apos;s file name with -o OUT.</source>
        <translation>Podaj nazwę pliku kopii zapasowej w opcji -o PLIK.</translation>
    </message>
    <message>
        <source>%1 already exists; give the backup copy a new file name.</source>
        <translation>%1 już istnieje; podaj nową nazwę pliku kopii zapasowej.</translation>
    </message>
    <message>
        <source>Backup copy of %1 written to %2.</source>
        <translation>Kopię zapasową pliku %1 zapisano w %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message numerus="yes">
        <source>Backup copies of %1 in %2: %n</source>
        <translation>
            <numerusform>Kopie zapasowe pliku %1 w folderze %2: %n</numerusform>
            <numerusform>Kopie zapasowe pliku %1 w folderze %2: %n</numerusform>
            <numerusform>Kopie zapasowe pliku %1 w folderze %2: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>--list only lists the copies; it takes no -o or --verify.</source>
        <translation>--list tylko wypisuje kopie; nie przyjmuje -o ani --verify.</translation>
    </message>
    <message>
        <source>The copy %1 failed its check and was removed: %2</source>
        <translation>Kopia %1 nie przeszła sprawdzenia i została usunięta: %2</translation>
    </message>
    <message>
        <source>The copy was checked in full: it is sound (integrity check passed).</source>
        <translation>Kopię sprawdzono w całości: jest poprawna (kontrola spójności przeszła pomyślnie).</translation>
    </message>
    <message>
        <source>The copy was checked: every page of it can be read (quick check passed).</source>
        <translation>Kopię sprawdzono: każdą jej stronę da się odczytać (szybka kontrola przeszła pomyślnie).</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli restore FILE --from COPY</source>
        <translation>Użycie: osiedle-cli restore PLIK --from KOPIA</translation>
    </message>
    <message>
        <source>Give exactly one project FILE to restore.</source>
        <translation>Podaj dokładnie jeden PLIK projektu do przywrócenia.</translation>
    </message>
    <message>
        <source>Give the copy to restore with --from COPY (osiedle-cli backup FILE --list shows them).</source>
        <translation>Podaj kopię do przywrócenia w opcji --from KOPIA (osiedle-cli backup PLIK --list wypisuje kopie).</translation>
    </message>
    <message>
        <source>%1 restored from %2. The project as it was is kept as %3.</source>
        <translation>Przywrócono %1 z kopii %2. Projekt w dotychczasowej postaci zachowano jako %3.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli backup FILE [-o OUT] [--verify]
       osiedle-cli backup FILE -o OUT.zip --encrypt [--password-file FILE]
       osiedle-cli backup FILE --list</source>
        <translation>Użycie: osiedle-cli backup PLIK [-o WYJŚCIE] [--verify]
       osiedle-cli backup PLIK -o WYJŚCIE.zip --encrypt [--password-file PLIK]
       osiedle-cli backup PLIK --list</translation>
    </message>
    <message>
        <source>--encrypt needs -o OUT: the encrypted copy is written there.</source>
        <translation>--encrypt wymaga -o WYJŚCIE: tam zapisuje się zaszyfrowana kopia.</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>Kopia nie przeszła sprawdzenia: %1</translation>
    </message>
    <message>
        <source>Backup copy of %1 written to %2, encrypted with AES-256 (checked in full before it was sealed).</source>
        <translation>Kopia zapasowa %1 zapisana do %2, zaszyfrowana AES-256 (przed zaszyfrowaniem sprawdzona w całości).</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 nie jest folderem.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check and was removed: %2</source>
        <translation>Kopia zapasowa %1 nie przeszła sprawdzenia i została usunięta: %2</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dzienna</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>przed importem</translation>
    </message>
    <message>
        <source>before a period was locked or unlocked</source>
        <translation>przed zablokowaniem lub odblokowaniem okresu</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>zrobiona ręcznie</translation>
    </message>
    <message>
        <source>the project before a restore</source>
        <translation>projekt sprzed przywrócenia kopii</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Restoring puts the chosen copy in place of the project; the project as it is now is kept as a copy first, so a restore can itself be undone.</source>
        <translation>Przywrócenie zastępuje projekt wybraną kopią; projekt w obecnej postaci jest najpierw zachowywany jako kopia, więc samo przywrócenie też można cofnąć.</translation>
    </message>
    <message>
        <source>Open the chosen copy in the window to look at it; nothing can be changed in it.</source>
        <translation>Otwiera wybraną kopię w oknie do wglądu; nie można w niej niczego zmienić.</translation>
    </message>
    <message>
        <source>Backup copies of %1 in the folder %2</source>
        <translation>Kopie zapasowe pliku %1 w folderze %2</translation>
    </message>
    <message>
        <source>Folder of the backup copies</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Put the copy of %1 (%2) in place of the project %3?

The project as it is now is kept as a copy in %4 first.</source>
        <translation>Zastąpić projekt %3 kopią z %1 (%2)?

Projekt w obecnej postaci zostanie najpierw zachowany jako kopia w folderze %4.</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Zmień &amp;folder…</translation>
    </message>
    <message>
        <source>Make a &amp;copy now</source>
        <translation>Zrób &amp;kopię teraz</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Arrears over time (zł)</source>
        <translation>Zadłużenie w czasie (zł)</translation>
    </message>
    <message>
        <source>Balance at month end</source>
        <translation>Saldo na koniec miesiąca</translation>
    </message>
    <message>
        <source>Expected with the agreement</source>
        <translation>Oczekiwane przy realizacji ugody</translation>
    </message>
</context>
<context>
    <name>CertificateNumber</name>
    <message>
        <source>Write how certificates are numbered, e.g. %1.</source>
        <translation>Wpisz, jak numerowane są zaświadczenia, np. %1.</translation>
    </message>
    <message>
        <source>The certificate number pattern is %1 characters long; at most 60 fit on a certificate.</source>
        <translation>Wzór numeru zaświadczenia ma %1 znaków; na zaświadczeniu mieści się najwyżej 60.</translation>
    </message>
    <message>
        <source>The certificate number pattern &quot;%1&quot; has no {n} where the certificate&apos;s number goes, so every certificate of a course would get the same number.</source>
        <translation>Wzór numeru zaświadczenia „%1” nie zawiera {n} w miejscu numeru zaświadczenia, więc wszystkie zaświadczenia kursu dostałyby ten sam numer.</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponowienie</translation>
    </message>
    <message>
        <source>Period locked</source>
        <translation>Zamknięcie okresu</translation>
    </message>
    <message>
        <source>Period unlocked</source>
        <translation>Otwarcie okresu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Projekt demonstracyjny</translation>
    </message>
    <message>
        <source>Data format update</source>
        <translation>Aktualizacja formatu danych</translation>
    </message>
    <message>
        <source>Person erased on request</source>
        <translation>Usunięcie osoby na jej żądanie</translation>
    </message>
    <message>
        <source>Persons anonymised</source>
        <translation>Anonimizacja osób</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Rekord:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>change-history.xlsx</source>
        <translation>historia-zmian.xlsx</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Every record</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Zmian: %1</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryExport</name>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Nr rekordu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Co zrobiono</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <source>change-history.xlsx</source>
        <translation>historia-zmian.xlsx</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryText</name>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>SM&apos;s OPS/PUP</source>
        <translation>OPS/PUP spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Spółdzielnia socjalna</translation>
    </message>
    <message>
        <source>Debt account</source>
        <translation>Konto zadłużenia</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Zapis w kartotece</translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation>Ugoda ratalna</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Rata</translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation>Sprawa eksmisyjna</translation>
    </message>
    <message>
        <source>Eviction stage</source>
        <translation>Etap sprawy eksmisyjnej</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Przepracowane godziny</translation>
    </message>
    <message>
        <source>OSS membership</source>
        <translation>Członkostwo w OSS</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Founding step</source>
        <translation>Krok zakładania</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Umowa o współpracy</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Punkt usługowy</translation>
    </message>
    <message>
        <source>Service sale</source>
        <translation>Sprzedaż usługi</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Zapis na kurs</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Porada</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Okres sprawozdawczy</translation>
    </message>
    <message>
        <source>Period lock log</source>
        <translation>Dziennik zamknięć okresów</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Wartość wskaźnika</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Institution (OPS/PUP)</source>
        <translation>Instytucja (OPS/PUP)</translation>
    </message>
    <message>
        <source>Office staff member</source>
        <translation>Pracownik biura projektu</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ustawienie</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Event attendee</source>
        <translation>Uczestnik wydarzenia</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nominacja</translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation>Tura badania</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Odpowiedź w ankiecie</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Plik projektu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>No PESEL</source>
        <translation>Brak numeru PESEL</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building no.</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Flat no.</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Labour-market status</source>
        <translation>Status na rynku pracy</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Bezrobotny od</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation>Mniejszość narodowa lub etniczna</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <source>Housing cooperative no.</source>
        <translation>Nr spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>Social cooperative no.</source>
        <translation>Nr spółdzielni socjalnej</translation>
    </message>
    <message>
        <source>Participant no.</source>
        <translation>Nr uczestnika</translation>
    </message>
    <message>
        <source>Debt account no.</source>
        <translation>Nr konta zadłużenia</translation>
    </message>
    <message>
        <source>Session no.</source>
        <translation>Nr zajęć</translation>
    </message>
    <message>
        <source>Course no.</source>
        <translation>Nr kursu</translation>
    </message>
    <message>
        <source>Work order no.</source>
        <translation>Nr zlecenia</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Skierowanie</translation>
    </message>
    <message>
        <source>Referring institution no.</source>
        <translation>Nr instytucji kierującej</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie przy przystąpieniu</translation>
    </message>
    <message>
        <source>Risk of eviction</source>
        <translation>Zagrożenie eksmisją</translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation>Data rekrutacji</translation>
    </message>
    <message>
        <source>Recruitment status</source>
        <translation>Status rekrutacji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Data statusu</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Uzasadnienie statusu</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Niespełnione kryteria</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>Declaration signed on</source>
        <translation>Data podpisania deklaracji</translation>
    </message>
    <message>
        <source>Declared start of support</source>
        <translation>Deklarowany początek wsparcia</translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation>Początek wsparcia</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Koniec wsparcia</translation>
    </message>
    <message>
        <source>How the support ended</source>
        <translation>Sposób zakończenia wsparcia</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Przyczyna przerwania</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>KRS</source>
        <translation>KRS</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Number of flats</source>
        <translation>Liczba lokali</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Pomysł na działalność</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>Data likwidacji</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numer konta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Data założenia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Wage month</source>
        <translation>Miesiąc wynagrodzenia</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Number in the year</source>
        <translation>Numer w roku</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Osiedle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Data zlecenia</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Data odbioru</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation>Data faktury</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Data zapłaty</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Kwota netto</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Data zapisu</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Data wypisania</translation>
    </message>
    <message>
        <source>Locked on</source>
        <translation>Data zamknięcia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Data format version</source>
        <translation>Wersja formatu danych</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Ziarno losowania</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Obecności</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Zapisy w kartotekach</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 nr %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodanie</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Cały plik</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>kobieta</translation>
    </message>
    <message>
        <source>man</source>
        <translation>mężczyzna</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Institutions (OPS, PUP)</source>
        <translation>Instytucje (OPS, PUP)</translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation>Spółdzielnie socjalne</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Członkostwa</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Zatrudnienia</translation>
    </message>
    <message>
        <source>Cooperation agreements</source>
        <translation>Umowy o współpracy</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kursy</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Zapisy na kursy</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Wpisy obecności</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Hours worked entries</source>
        <translation>Wpisy godzin pracy</translation>
    </message>
    <message>
        <source>Service sales</source>
        <translation>Sprzedaż usług</translation>
    </message>
    <message>
        <source>Debt accounts</source>
        <translation>Konta zadłużenia</translation>
    </message>
    <message>
        <source>Debt ledger entries</source>
        <translation>Zapisy na kontach zadłużenia</translation>
    </message>
    <message>
        <source>Instalment plans</source>
        <translation>Porozumienia ratalne</translation>
    </message>
    <message>
        <source>Eviction cases</source>
        <translation>Sprawy eksmisyjne</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Okresy rozliczeniowe</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Plik: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program writes %2)</source>
        <translation>Wersja formatu danych: %1 (ten program zapisuje wersję %2)</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Spójność: w porządku</translation>
    </message>
    <message>
        <source>Integrity: problems found (%1)</source>
        <translation>Spójność: wykryto problemy (%1)</translation>
    </message>
    <message>
        <source>Project: %1 %2</source>
        <translation>Projekt: %1 %2</translation>
    </message>
    <message>
        <source>Project: none (the file holds no project data yet)</source>
        <translation>Projekt: brak (plik nie zawiera jeszcze danych projektu)</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Zawartość:</translation>
    </message>
    <message>
        <source>Data quality: the mandatory data of every participant is complete.</source>
        <translation>Jakość danych: dane obowiązkowe wszystkich uczestników są kompletne.</translation>
    </message>
    <message>
        <source>Data quality: %1 of %2 participants have incomplete mandatory data (they do not count in indicators until it is completed):</source>
        <translation>Jakość danych: %1 z %2 uczestników ma niekompletne dane obowiązkowe (nie są liczeni we wskaźnikach, dopóki dane nie zostaną uzupełnione):</translation>
    </message>
    <message>
        <source>  %1 (id %2): missing %3</source>
        <translation>  %1 (id %2): brak: %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez imienia i nazwiska)</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … i jeszcze %1</translation>
    </message>
    <message>
        <source>Give exactly one FILE to check.</source>
        <translation>Podaj dokładnie jeden PLIK do sprawdzenia.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli check FILE</source>
        <translation>Użycie: osiedle-cli check PLIK</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>Nothing is dated before the project start, and every start and end of participation agrees with the counting rules.</source>
        <translation>Nic nie jest datowane przed rozpoczęciem projektu, a każde rozpoczęcie i zakończenie udziału jest zgodne z zasadami liczenia.</translation>
    </message>
    <message>
        <source>Records not counted or to correct: %1 (the report&apos;s data quality lists them all):</source>
        <translation>Zapisy nieliczone lub do poprawienia: %1 (wszystkie wymienia sekcja jakości danych raportu):</translation>
    </message>
    <message>
        <source>Stored on: %1 (changes go through a write-ahead log)</source>
        <translation>Miejsce zapisu: %1 (zmiany przechodzą przez dziennik zapisu z wyprzedzeniem)</translation>
    </message>
    <message>
        <source>Stored on: %1 (changes go through a rollback journal, as is safe there)</source>
        <translation>Miejsce zapisu: %1 (zmiany przechodzą przez dziennik wycofania, jak jest tam bezpiecznie)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. %3</source>
        <translation>Plik %1 jest uszkodzony: %2. %3</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found problems (%2). %3</source>
        <translation>Plik %1 jest uszkodzony: kontrola spójności wykryła problemy (%2). %3</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>Opcja %1 została podana dwukrotnie.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Opcja %1 wymaga wartości.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Nieznana opcja: %1</translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>Backup copy made first: %1</source>
        <translation>Najpierw wykonano kopię zapasową: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: the backup copy made before every change of this kind failed. %1</source>
        <translation>Nic nie zmieniono: nie udała się kopia zapasowa, którą program robi przed każdą taką zmianą. %1</translation>
    </message>
</context>
<context>
    <name>CliPassword</name>
    <message>
        <source>--password-file is for an encrypted output: add --encrypt.</source>
        <translation>--password-file dotyczy zaszyfrowanego wyniku: dodaj --encrypt.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Nie można odczytać pliku z hasłem %1: %2</translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation>pliku z hasłem %1</translation>
    </message>
    <message>
        <source>Password for the encrypted archive (one line): </source>
        <translation>Hasło do zaszyfrowanego archiwum (jeden wiersz): </translation>
    </message>
    <message>
        <source>Cannot read the password from standard input: %1</source>
        <translation>Nie można odczytać hasła ze standardowego wejścia: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardowego wejścia</translation>
    </message>
    <message>
        <source>%1 (read from %2)</source>
        <translation>%1 (odczytane ze %2)</translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write encrypted archives.</source>
        <translation>Ta wersja programu Osiedle nie potrafi zapisywać zaszyfrowanych archiwów.</translation>
    </message>
</context>
<context>
    <name>CliPeriod</name>
    <message>
        <source>Bad date in the period: %1 (expected YYYY-MM-DD, a day that exists)</source>
        <translation>Błędna data w okresie: %1 (oczekiwano RRRR-MM-DD, dzień, który istnieje)</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Okres zaczyna się (%1) później, niż się kończy (%2).</translation>
    </message>
    <message>
        <source>Bad period: %1 (expected a reporting period&apos;s id or number)</source>
        <translation>Błędny okres: %1 (oczekiwano identyfikatora lub numeru okresu rozliczeniowego)</translation>
    </message>
    <message>
        <source>Bad period: %1 (expected a reporting period&apos;s id or number, or FROM..TO as YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation>Błędny okres: %1 (oczekiwano identyfikatora lub numeru okresu rozliczeniowego albo OD..DO w postaci RRRR-MM-DD..RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>The file has no reporting period with id or number %1.</source>
        <translation>W pliku nie ma okresu rozliczeniowego o identyfikatorze ani numerze %1.</translation>
    </message>
</context>
<context>
    <name>CompetitionService</name>
    <message>
        <source>The competition needs a name.</source>
        <translation>Konkurs musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The results (%1) cannot come before the competition was announced (%2).</source>
        <translation>Wyniki (%1) nie mogą zostać ogłoszone przed ogłoszeniem konkursu (%2).</translation>
    </message>
    <message>
        <source>The category needs a name.</source>
        <translation>Kategoria musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The number of awards cannot be negative.</source>
        <translation>Liczba nagród nie może być ujemna.</translation>
    </message>
    <message>
        <source>The criterion needs a name.</source>
        <translation>Kryterium musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; needs a maximum of at least 1 point.</source>
        <translation>Kryterium „%1” musi mieć maksimum co najmniej 1 punktu.</translation>
    </message>
    <message>
        <source>The weight of the criterion &quot;%1&quot; must be at least 1.</source>
        <translation>Waga kryterium „%1” musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The juror needs a name.</source>
        <translation>Juror musi mieć imię i nazwisko.</translation>
    </message>
    <message>
        <source>A nomination names exactly one nominee: a social cooperative, a housing cooperative, a participant or another person.</source>
        <translation>Nominacja wskazuje dokładnie jednego nominowanego: spółdzielnię socjalną, spółdzielnię mieszkaniową, uczestnika albo inną osobę.</translation>
    </message>
    <message>
        <source>The competition category no longer exists.</source>
        <translation>Ta kategoria konkursu już nie istnieje.</translation>
    </message>
    <message>
        <source>The nomination no longer exists.</source>
        <translation>Ta nominacja już nie istnieje.</translation>
    </message>
    <message>
        <source>The criterion does not belong to this competition.</source>
        <translation>To kryterium nie należy do tego konkursu.</translation>
    </message>
    <message>
        <source>The juror does not belong to this competition.</source>
        <translation>Ten juror nie należy do jury tego konkursu.</translation>
    </message>
    <message>
        <source>%1 points for &quot;%2&quot;: the criterion &quot;%3&quot; gives from 0 to %4 points.</source>
        <translation>%1 pkt dla „%2”: w kryterium „%3” można przyznać od 0 do %4 pkt.</translation>
    </message>
    <message>
        <source>The competition no longer exists.</source>
        <translation>Ten konkurs już nie istnieje.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; already has nominations of its kind; remove them before changing who the category is for.</source>
        <translation>Kategoria „%1” ma już zgłoszenia; usuń je, zanim zmienisz, dla kogo jest ta kategoria.</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>To kryterium już nie istnieje.</translation>
    </message>
    <message>
        <source>A juror has already given %1 points for &quot;%2&quot;; the maximum cannot be lower.</source>
        <translation>Członek jury przyznał już %1 pkt za „%2”; maksimum nie może być niższe.</translation>
    </message>
    <message>
        <source>The juror no longer exists.</source>
        <translation>Ten członek jury już nie istnieje.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is for: %2. Nominate one of those.</source>
        <translation>Kategoria „%1” jest dla: %2. Zgłoś kogoś z tej grupy.</translation>
    </message>
</context>
<context>
    <name>CompetitionTab</name>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Juror</source>
        <translation>Członek jury</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nominacja</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Nagroda</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edycja:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <source>Results: print preview</source>
        <translation>Wyniki: podgląd wydruku</translation>
    </message>
    <message>
        <source>Results: save as PDF</source>
        <translation>Wyniki: zapisz jako PDF</translation>
    </message>
    <message>
        <source>Scoring sheet: print preview</source>
        <translation>Karta oceny: podgląd wydruku</translation>
    </message>
    <message>
        <source>Scoring sheet: save as PDF</source>
        <translation>Karta oceny: zapisz jako PDF</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kryteria</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Nominacje</translation>
    </message>
    <message>
        <source>Scoring (type the points of each juror for each criterion)</source>
        <translation>Ocena (wpisz punkty każdego członka jury za każde kryterium)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n nagroda</numerusform>
            <numerusform>%n nagrody</numerusform>
            <numerusform>%n nagród</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation>„%1” nie jest całkowitą liczbą punktów.</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>laureat</translation>
    </message>
    <message>
        <source>TIE AT THE LAST AWARD: the jury decides</source>
        <translation>REMIS NA OSTATNIM MIEJSCU NAGRADZANYM: decyduje jury</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>ex aequo</translation>
    </message>
    <message>
        <source>incomplete scoring</source>
        <translation>ocena niepełna</translation>
    </message>
    <message>
        <source>competition-results.pdf</source>
        <translation>wyniki-konkursu.pdf</translation>
    </message>
    <message>
        <source>jury-scoring-sheet.pdf</source>
        <translation>karta-oceny-jury.pdf</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edycja konkursu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Ogłoszono</translation>
    </message>
    <message>
        <source>Results on</source>
        <translation>Rozstrzygnięto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>New edition</source>
        <translation>Nowa edycja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation>Usuń edycję</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Nagrody</translation>
    </message>
    <message>
        <source>Number of awards</source>
        <translation>Liczba nagród</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Points at most</source>
        <translation>Maksymalna liczba punktów</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Name of a resident who is not a participant</source>
        <translation>Imię i nazwisko mieszkańca spoza uczestników</translation>
    </message>
    <message>
        <source>e.g. 1st place, distinction (empty: no award)</source>
        <translation>np. I miejsce, wyróżnienie (puste: bez nagrody)</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Zgłoszony</translation>
    </message>
    <message>
        <source>or another person</source>
        <translation>lub inna osoba</translation>
    </message>
    <message>
        <source>Points of %1 for %2, %3</source>
        <translation>Punkty: %1 dla %2, %3</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edycja: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Dodanie: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usunięcie: %1</translation>
    </message>
    <message>
        <source>competition edition %1</source>
        <translation>edycja konkursu %1</translation>
    </message>
    <message>
        <source>Remove the edition &quot;%1&quot; with its categories, criteria, jury, nominations and scores?</source>
        <translation>Usunąć edycję „%1” wraz z kategoriami, kryteriami, jury, zgłoszeniami i punktami?</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategoria %1</translation>
    </message>
    <message>
        <source>Remove the category &quot;%1&quot; with its nominations and their scores?</source>
        <translation>Usunąć kategorię „%1” wraz ze zgłoszeniami i ich punktami?</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>kryterium %1</translation>
    </message>
    <message>
        <source>Remove the criterion &quot;%1&quot; with the points given for it?</source>
        <translation>Usunąć kryterium „%1” wraz z przyznanymi za nie punktami?</translation>
    </message>
    <message>
        <source>juror %1</source>
        <translation>członek jury %1</translation>
    </message>
    <message>
        <source>Remove %1 from the jury, with the points given?</source>
        <translation>Usunąć osobę %1 z jury wraz z przyznanymi punktami?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list; choose from the list or type the name of another person below.</source>
        <translation>„%1” nie ma na liście; wybierz z listy albo wpisz poniżej imię i nazwisko innej osoby.</translation>
    </message>
    <message>
        <source>nomination of %1</source>
        <translation>zgłoszenie: %1</translation>
    </message>
    <message>
        <source>Remove the nomination of %1 with the jury&apos;s points?</source>
        <translation>Usunąć zgłoszenie: %1 wraz z punktami jury?</translation>
    </message>
    <message>
        <source>competition-ranking.xlsx</source>
        <translation>ranking-konkursu.xlsx</translation>
    </message>
    <message>
        <source>nominations.xlsx</source>
        <translation>nominacje.xlsx</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Follow up on:</source>
        <translation>Dalsze działania dnia:</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nowa porada</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Porada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Doradca:</translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation>OSS:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Uczestnik:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Dziedzina:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Rezultat:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Dalsze działania:</translation>
    </message>
</context>
<context>
    <name>ConsultationListModel</name>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (wykonane)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalsze działania</translation>
    </message>
</context>
<context>
    <name>ConsultationService</name>
    <message>
        <source>Enter the date of the consultation.</source>
        <translation>Wpisz datę porady.</translation>
    </message>
    <message>
        <source>Choose the social cooperative or the participant (or both).</source>
        <translation>Wybierz spółdzielnię socjalną lub uczestnika (albo oboje).</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>Czas trwania musi wynosić co najmniej minutę.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the consultation.</source>
        <translation>Termin dalszych działań nie może być wcześniejszy niż porada.</translation>
    </message>
    <message>
        <source>The consultation no longer exists.</source>
        <translation>Ta porada już nie istnieje.</translation>
    </message>
</context>
<context>
    <name>ConsultationsSection</name>
    <message>
        <source>Consultations</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Rejestr</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Dalsze działania</translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation>OSS:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Dziedzina:</translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation>Doradca:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation>Nowa porada…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Termin do:</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>%1 consultations, %2 h</source>
        <translation>Porad: %1, %2 godz.</translation>
    </message>
    <message>
        <source>(participants without an OSS)</source>
        <translation>(uczestnicy bez OSS)</translation>
    </message>
    <message>
        <source>Consultation point</source>
        <translation>Punkt Konsultacyjny</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Edycja porady</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Nowa porada</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Usuń poradę</translation>
    </message>
    <message>
        <source>Delete the consultation of %1 (%2)?</source>
        <translation>Usunąć poradę z %1 (%2)?</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wykonanie dalszych działań</translation>
    </message>
    <message>
        <source>consultations.xlsx</source>
        <translation>porady.xlsx</translation>
    </message>
    <message>
        <source>follow-ups.xlsx</source>
        <translation>dzialania-nastepcze.xlsx</translation>
    </message>
    <message>
        <source>The consultations given at the consultation point will be listed here: legal, accounting, administrative and funding advice to a cooperative or a person.</source>
        <translation>Tu pojawią się porady udzielone w Punkcie Konsultacyjnym: doradztwo prawne, księgowe, administracyjne i w pozyskiwaniu środków dla spółdzielni lub osoby.</translation>
    </message>
</context>
<context>
    <name>CoopDetailsDialog</name>
    <message>
        <source>Data of the cooperative</source>
        <translation>Dane spółdzielni</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation>Spółdzielnia mieszkaniowa (SM)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation>Numer KRS</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation>Pomysł na działalność</translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation>Data rozwiązania</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Dane spółdzielni %1</translation>
    </message>
</context>
<context>
    <name>CoopDocuments</name>
    <message>
        <source>Founding checklist</source>
        <translation>Lista kontrolna założenia spółdzielni</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etap: %1</translation>
    </message>
    <message>
        <source>Founding rules: %1 (founding group of at least %2 natural persons)</source>
        <translation>Przepisy o zakładaniu: %1 (grupa założycielska co najmniej %2 osób fizycznych)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details and notes</source>
        <translation>Szczegóły i uwagi</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mies.</translation>
    </message>
    <message>
        <source>List of founders</source>
        <translation>Lista założycieli</translation>
    </message>
    <message>
        <source>Founder since</source>
        <translation>Założyciel od</translation>
    </message>
    <message>
        <source>Eligible group</source>
        <translation>Grupa uprawniona</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source> (legal person)</source>
        <translation> (osoba prawna)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Founders listed: %1</source>
        <translation>Liczba założycieli: %1</translation>
    </message>
    <message>
        <source>Cooperation agreement – summary</source>
        <translation>Umowa o współpracy – podsumowanie</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation>Spółdzielnia mieszkaniowa (SM)</translation>
    </message>
    <message>
        <source>Social cooperative (OSS)</source>
        <translation>Spółdzielnia socjalna (OSS)</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data zawarcia</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>indefinitely</source>
        <translation>bezterminowo</translation>
    </message>
    <message>
        <source>Scope (kinds of work)</source>
        <translation>Zakres (rodzaje prac)</translation>
    </message>
    <message>
        <source>Work inaugurated on</source>
        <translation>Data inauguracji działalności</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
</context>
<context>
    <name>CoopReportCalculator</name>
    <message>
        <source>not started</source>
        <translation>przed rozpoczęciem</translation>
    </message>
    <message>
        <source>in support</source>
        <translation>w trakcie</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończony</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>przerwany</translation>
    </message>
    <message>
        <source>The report needs a valid start and end date.</source>
        <translation>Zestawienie wymaga poprawnej daty początkowej i końcowej.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Okres zaczyna się (%1) później, niż się kończy (%2).</translation>
    </message>
    <message>
        <source>There is no social cooperative with id %1.</source>
        <translation>Nie ma spółdzielni socjalnej o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>Cannot compute the cooperative&apos;s report: %1</source>
        <translation>Nie można przygotować zestawienia spółdzielni: %1</translation>
    </message>
</context>
<context>
    <name>CoopReportDocument</name>
    <message>
        <source>Social cooperative report: %1</source>
        <translation>Zestawienie spółdzielni socjalnej: %1</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Spółdzielnia socjalna</translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation>Numer KRS</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Najważniejsze dane</translation>
    </message>
    <message>
        <source>Members in the period</source>
        <translation>Członkowie w okresie</translation>
    </message>
    <message>
        <source>of whom project participants</source>
        <translation>w tym uczestnicy projektu</translation>
    </message>
    <message>
        <source>Participants in support / completed / dropped out at the end</source>
        <translation>Uczestnicy w trakcie wsparcia / po ukończeniu / po przerwaniu udziału na koniec okresu</translation>
    </message>
    <message>
        <source>Attendance of the members in the period</source>
        <translation>Frekwencja członków w okresie</translation>
    </message>
    <message>
        <source>Employed by the cooperative on the last day</source>
        <translation>Zatrudnieni w spółdzielni w ostatnim dniu okresu</translation>
    </message>
    <message>
        <source>Work orders ordered in the period</source>
        <translation>Zlecenia złożone w okresie</translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation>%1, netto %2</translation>
    </message>
    <message>
        <source>of which paid</source>
        <translation>w tym opłacone</translation>
    </message>
    <message>
        <source>of which unpaid</source>
        <translation>w tym nieopłacone</translation>
    </message>
    <message>
        <source>Hours worked on the orders</source>
        <translation>Godziny przepracowane przy zleceniach</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Punkt usługowy</translation>
    </message>
    <message>
        <source>opened on %1</source>
        <translation>otwarty %1</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>nieotwarty</translation>
    </message>
    <message>
        <source>Service-point sales in the period</source>
        <translation>Sprzedaż w punkcie usługowym w okresie</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <translation>%1, razem %2</translation>
    </message>
    <message>
        <source>Members&apos; arrears at entry</source>
        <translation>Zadłużenie członków przy przystąpieniu do projektu</translation>
    </message>
    <message>
        <source>Members&apos; arrears on the last day</source>
        <translation>Zadłużenie członków w ostatnim dniu okresu</translation>
    </message>
    <message>
        <source>Change of the members&apos; arrears</source>
        <translation>Zmiana zadłużenia członków</translation>
    </message>
    <message>
        <source>Repaid from wages in the period</source>
        <translation>Spłacone z wynagrodzeń w okresie</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>The cooperative had no members in the period.</source>
        <translation>Spółdzielnia nie miała członków w tym okresie.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Członek od</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation>Ukończone kursy</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Udział w projekcie</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie przy przystąpieniu</translation>
    </message>
    <message>
        <source>Arrears on the last day</source>
        <translation>Zadłużenie w ostatnim dniu</translation>
    </message>
    <message>
        <source>Repaid from wages</source>
        <translation>Spłacone z wynagrodzeń</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>not a project participant</source>
        <translation>nie jest uczestnikiem projektu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Attendance: minutes present ÷ minutes of the sessions marked in the period (an excused absence is not attendance). Participation, employment and arrears as on the period&apos;s last day.</source>
        <translation>Frekwencja: minuty obecności ÷ minuty zajęć z odnotowaną obecnością w okresie (nieobecność usprawiedliwiona nie jest obecnością). Udział w projekcie, zatrudnienie i zadłużenie według stanu na ostatni dzień okresu.</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>Save course</source>
        <translation>Zapisz kurs</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Support form:</source>
        <translation>Forma wsparcia:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>OSS group:</source>
        <translation>Grupa OSS:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trener:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation>Liczba godzin:</translation>
    </message>
    <message>
        <source>Completion threshold:</source>
        <translation>Próg ukończenia:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Rozpoczęcie:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Zakończenie:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>Edycja kursu %1</translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%1 h scheduled in sessions</source>
        <translation>W zajęciach zaplanowano %1 godz.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Support form</source>
        <translation>Forma wsparcia</translation>
    </message>
    <message>
        <source>OSS group</source>
        <translation>Grupa OSS</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Zapisani</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończyli</translation>
    </message>
</context>
<context>
    <name>CourseService</name>
    <message>
        <source>Enter the course name.</source>
        <translation>Wpisz nazwę kursu.</translation>
    </message>
    <message>
        <source>Choose the support form.</source>
        <translation>Wybierz formę wsparcia.</translation>
    </message>
    <message>
        <source>Planned hours must be more than zero.</source>
        <translation>Liczba zaplanowanych godzin musi być większa od zera.</translation>
    </message>
    <message>
        <source>The completion threshold must be between 1 and 100 %.</source>
        <translation>Próg ukończenia musi wynosić od 1 do 100 %.</translation>
    </message>
    <message>
        <source>The course cannot end before it starts.</source>
        <translation>Kurs nie może się skończyć przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Ten kurs już nie istnieje.</translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation>Wpisz datę zajęć.</translation>
    </message>
    <message>
        <source>A session must last at least one minute.</source>
        <translation>Zajęcia muszą trwać co najmniej minutę.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Te zajęcia już nie istnieją.</translation>
    </message>
    <message numerus="yes">
        <source>The course has %n questionnaire round(s); delete them first (Questionnaires and tests).</source>
        <translation>
            <numerusform>Kurs ma %n pomiar ankietowy; najpierw go usuń (Ankiety i testy).</numerusform>
            <numerusform>Kurs ma %n pomiary ankietowe; najpierw je usuń (Ankiety i testy).</numerusform>
            <numerusform>Kurs ma %n pomiarów ankietowych; najpierw je usuń (Ankiety i testy).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a quoted field is not closed (the file may be cut short).</source>
        <translation>Wiersz %1: pole w cudzysłowie nie zostało zamknięte (plik może być ucięty).</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Plik jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>Row %1: the file is not text in UTF-8 or Windows-1250 (it may be saved as UTF-16 &quot;Unicode text&quot;, or be a spreadsheet or another binary file). Save it as CSV (UTF-8 or Windows) and import it again.</source>
        <translation>Wiersz %1: plik nie jest tekstem w kodowaniu UTF-8 ani Windows-1250 (może być zapisany jako UTF-16 „Tekst Unicode” albo być arkuszem kalkulacyjnym lub innym plikiem binarnym). Zapisz go jako CSV (UTF-8 lub Windows) i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The table has more than %1 cells (by row %2); an import reads at most %1 cells. Split the file into smaller ones.</source>
        <translation>Tabela ma więcej niż %1 komórek (do wiersza %2); import odczytuje najwyżej %1 komórek. Podziel plik na mniejsze.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; an import reads at most %2 columns.</source>
        <translation>Wiersz %1 ma więcej niż %2 kolumn; import odczytuje najwyżej %2 kolumn.</translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>expected a date YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>oczekiwano daty RRRR-MM-DD lub DD.MM.RRRR</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>taka data nie istnieje</translation>
    </message>
    <message>
        <source>expected yes or no (tak/nie)</source>
        <translation>oczekiwano „tak” lub „nie”</translation>
    </message>
    <message>
        <source>the date is outside %1–%2, the dates Osiedle accepts</source>
        <translation>data jest spoza zakresu %1–%2, który przyjmuje program Osiedle</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Progress towards the targets</source>
        <translation>Postęp realizacji wartości docelowych</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Period %1: %2 – %3 · claim due %4</source>
        <translation>Okres %1: %2 – %3 · termin złożenia wniosku o płatność %4</translation>
    </message>
    <message>
        <source>No reporting period yet</source>
        <translation>Brak okresu sprawozdawczego</translation>
    </message>
    <message>
        <source>The project has ended: as of %1</source>
        <translation>Projekt został zakończony: stan na %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>No indicator has a target yet.</source>
        <translation>Żaden wskaźnik nie ma jeszcze wartości docelowej.</translation>
    </message>
    <message>
        <source>Participants with incomplete records: %1</source>
        <translation>Uczestnicy z niekompletnymi danymi: %1</translation>
    </message>
    <message>
        <source>Repayment plans with an overdue instalment: %1</source>
        <translation>Porozumienia z zaległą ratą: %1</translation>
    </message>
    <message>
        <source>Overdue work orders: %1</source>
        <translation>Zlecenia po terminie: %1</translation>
    </message>
    <message>
        <source>Follow-up consultations due: %1</source>
        <translation>Porady z dalszymi działaniami do wykonania: %1</translation>
    </message>
    <message>
        <source>Next payment claim due: %1 (in %2 days)</source>
        <translation>Termin kolejnego wniosku o płatność: %1 (za %2 dni)</translation>
    </message>
    <message>
        <source>Payment claim of the period was due: %1</source>
        <translation>Termin wniosku o płatność za okres upłynął: %1</translation>
    </message>
    <message>
        <source>Open these records</source>
        <translation>Otwórz te rekordy</translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>Cannot read the dashboard: %1</source>
        <translation>Nie można odczytać pulpitu: %1</translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <source>Housing cooperative qualified</source>
        <translation>Zakwalifikowanie spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>Social cooperative registered in the KRS</source>
        <translation>Rejestracja spółdzielni socjalnej w KRS</translation>
    </message>
    <message>
        <source>Cooperation agreement signed</source>
        <translation>Podpisanie umowy o współpracy</translation>
    </message>
    <message>
        <source>Attended session</source>
        <translation>Obecność na zajęciach</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Porada</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Ukończenie kursu</translation>
    </message>
    <message>
        <source>Study trip attended</source>
        <translation>Udział w wizycie studyjnej</translation>
    </message>
    <message>
        <source>Employment in a social cooperative</source>
        <translation>Zatrudnienie w spółdzielni socjalnej</translation>
    </message>
    <message>
        <source>End of participation</source>
        <translation>Zakończenie udziału</translation>
    </message>
    <message>
        <source>Instalment agreement signed</source>
        <translation>Podpisanie porozumienia ratalnego</translation>
    </message>
    <message>
        <source>Ledger entries of a debt account</source>
        <translation>Operacje na koncie zadłużenia</translation>
    </message>
    <message>
        <source>Work order accepted</source>
        <translation>Odbiór zlecenia</translation>
    </message>
    <message>
        <source>Service point opened</source>
        <translation>Otwarcie punktu usługowego</translation>
    </message>
    <message>
        <source>Product done</source>
        <translation>Wykonanie produktu</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>%1 on %2, before the project start (%3): not counted by any indicator.</source>
        <translation>%1 w dniu %2, przed rozpoczęciem projektu (%3): nie liczy się do żadnego wskaźnika.</translation>
    </message>
    <message>
        <source>The imported start of participation %1 is not the first support recorded (%2); the indicators count from the support recorded.</source>
        <translation>Zaimportowana data rozpoczęcia udziału %1 nie jest datą pierwszego odnotowanego wsparcia (%2); wskaźniki liczą od odnotowanego wsparcia.</translation>
    </message>
    <message>
        <source>The imported start of participation %1 has no support recorded (no attended session or consultation): not a participant until support is recorded.</source>
        <translation>Do zaimportowanej daty rozpoczęcia udziału %1 nie odnotowano wsparcia (obecności na zajęciach ani porady): osoba nie jest uczestnikiem, dopóki wsparcie nie zostanie odnotowane.</translation>
    </message>
    <message>
        <source>The participation ends on %1 without its outcome (completed as planned or dropped out): counted as ended, neither as planned nor dropped out.</source>
        <translation>Udział kończy się %1 bez określenia sposobu zakończenia (zgodnie ze ścieżką lub przerwany): liczony jako zakończony, ani zgodnie ze ścieżką, ani jako przerwany.</translation>
    </message>
    <message>
        <source>Eviction case suspended, withdrawn or settled</source>
        <translation>Sprawa eksmisyjna zawieszona, wycofana lub zakończona ugodą</translation>
    </message>
    <message>
        <source>Before the project start (%1): not counted by any indicator.</source>
        <translation>Przed rozpoczęciem projektu (%1): nie liczy się do żadnego wskaźnika.</translation>
    </message>
    <message>
        <source>Exit round of a questionnaire or test</source>
        <translation>Pomiar końcowy ankiety lub testu</translation>
    </message>
    <message>
        <source>No consent to the processing of personal data is recorded: record the date it was given, or erase the person&apos;s data if there is none.</source>
        <translation>Brak zapisanej zgody na przetwarzanie danych osobowych: wpisz datę jej udzielenia, a jeśli jej nie ma — usuń dane osoby.</translation>
    </message>
    <message>
        <source>Withdrew the consent to the processing of personal data on %1: the data is kept only as long as the project&apos;s archiving obligation requires.</source>
        <translation>Cofnięto zgodę na przetwarzanie danych osobowych %1: dane są przechowywane tylko tak długo, jak wymaga obowiązek archiwizacji projektu.</translation>
    </message>
</context>
<context>
    <name>DataQualityTable</name>
    <message>
        <source>Who or what</source>
        <translation>Kto lub co</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwiska)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Not counted until the mandatory data is complete; missing: %1</source>
        <translation>Nie jest liczony, dopóki dane obowiązkowe nie są kompletne; brakuje: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Osiedle project file.</source>
        <translation>Plik %1 jest pusty: to nie jest plik projektu Osiedle.</translation>
    </message>
    <message>
        <source>%1 is not an Osiedle project file (it is not a database at all).</source>
        <translation>%1 nie jest plikiem projektu Osiedle (to w ogóle nie jest baza danych).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Osiedle project file.</source>
        <translation>%1 to baza danych innego programu, a nie plik projektu Osiedle.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osiedle (data format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>Plik %1 został zapisany przez nowszą wersję programu Osiedle (format danych %2; ta wersja odczytuje formaty do %3). Aby go otworzyć, zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Osiedle project file.</source>
        <translation>%1 to folder, a nie plik projektu Osiedle.</translation>
    </message>
    <message>
        <source>%1 already exists; a new project needs a new file name.</source>
        <translation>Plik %1 już istnieje; nowy projekt wymaga nowej nazwy pliku.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osiedle.</source>
        <translation>Plik %1 został zapisany przez nowszą wersję programu Osiedle.</translation>
    </message>
    <message>
        <source>The data format of %1 must be updated, but the backup copy could not be made first: %2</source>
        <translation>Format danych pliku %1 wymaga aktualizacji, ale nie udało się najpierw wykonać kopii zapasowej: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1: %2</source>
        <translation>Nie można zapisać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Wiersz %1 tabeli %2 odwołuje się do nieistniejącego wiersza tabeli %3.</translation>
    </message>
    <message>
        <source>To go on working, restore the latest backup copy: in Osiedle File › Restore from a backup…, or osiedle-cli restore &quot;%1&quot; --from COPY (osiedle-cli backup &quot;%1&quot; --list shows the copies).</source>
        <translation>Aby pracować dalej, przywróć najnowszą kopię zapasową: w programie Osiedle Plik › Przywróć z kopii… albo poleceniem osiedle-cli restore &quot;%1&quot; --from KOPIA (osiedle-cli backup &quot;%1&quot; --list wypisuje kopie).</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation>Plik %1 jest otwarty tylko do odczytu: zmian nie można zapisać.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), so nothing is written to it. %3</source>
        <translation>Plik %1 jest uszkodzony (%2), więc nic nie zostanie w nim zapisane. %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 i jeszcze %n problem</numerusform>
            <numerusform>%1 i jeszcze %n problemy</numerusform>
            <numerusform>%1 i jeszcze %n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>the project stayed busy; try again in a moment</source>
        <translation>projekt był cały czas zajęty; spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it should be (truncated). %2</source>
        <translation>Plik %1 jest uszkodzony: jest krótszy, niż powinien (ucięty). %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it is not an Osiedle project file.</source>
        <translation>%1 nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo), więc nie jest plikiem projektu Osiedle.</translation>
    </message>
    <message>
        <source>%1 has %2 names on the disk (hard links). Osiedle opens a project only under one name, so that two programs never write it at once and no change is lost. Remove the other names, or make a copy (osiedle-cli backup, or copy the file) and open the copy.</source>
        <translation>Plik %1 ma na dysku %2 nazwy (dowiązania twarde). Osiedle otwiera projekt tylko pod jedną nazwą, aby dwa programy nigdy nie zapisywały go jednocześnie i żadna zmiana nie przepadła. Usuń pozostałe nazwy albo zrób kopię (osiedle-cli backup lub skopiuj plik) i otwórz kopię.</translation>
    </message>
    <message>
        <source>%1 is open in another program (its lock file %2 cannot be read). Close it there first.</source>
        <translation>Plik %1 jest otwarty w innym programie (nie można odczytać jego pliku blokady %2). Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there first.</source>
        <translation>Plik %1 jest otwarty w innym programie: %2. Najpierw zamknij go tam.</translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there first. If Osiedle is no longer running on %3 (the computer was switched off or stopped working), the lock can be taken over: open the file in Osiedle, which asks before it does.</source>
        <translation>Plik %1 jest otwarty w innym programie: %2. Najpierw zamknij go tam. Jeśli program Osiedle nie działa już na komputerze %3 (komputer wyłączono lub przestał działać), blokadę można przejąć: otwórz plik w programie Osiedle, który zapyta o to przed przejęciem.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes: no lock file can be made beside it (%2). The folder or the medium is read-only; the project can still be opened read-only to look at it.</source>
        <translation>Nie można otworzyć pliku %1 do zmian: nie da się utworzyć obok niego pliku blokady (%2). Folder lub nośnik jest tylko do odczytu; projekt można jednak otworzyć tylko do odczytu, żeby go przejrzeć.</translation>
    </message>
    <message>
        <source>%1 is read-only, so it cannot be opened for changes; it can still be opened read-only to look at it.</source>
        <translation>Plik %1 jest tylko do odczytu, więc nie można go otworzyć do zmian; można go jednak otworzyć tylko do odczytu, żeby go przejrzeć.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2. %3</source>
        <translation>Plik %1 jest uszkodzony i nie można go otworzyć: %2. %3</translation>
    </message>
    <message>
        <source>The backup copy was cancelled; %1 was not written.</source>
        <translation>Zapisywanie kopii zapasowej przerwano; plik %1 nie został zapisany.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>%1 is not a date: check the day and the month. The field keeps %2.</source>
        <translation>Data %1 nie istnieje: sprawdź dzień i miesiąc. W polu pozostaje %2.</translation>
    </message>
    <message>
        <source>%1 is outside the allowed dates %2 – %3. The field keeps %4.</source>
        <translation>Data %1 jest poza dozwolonym zakresem %2 – %3. W polu pozostaje %4.</translation>
    </message>
</context>
<context>
    <name>DatedRecordsRepository</name>
    <message>
        <source>participants who started support</source>
        <translation>uczestnicy, którzy rozpoczęli udział</translation>
    </message>
    <message>
        <source>housing cooperatives admitted</source>
        <translation>spółdzielnie mieszkaniowe zakwalifikowane</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>zajęcia szkoleń</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>porady</translation>
    </message>
    <message>
        <source>founding steps of social cooperatives</source>
        <translation>etapy zakładania spółdzielni socjalnych</translation>
    </message>
    <message>
        <source>cooperation agreements signed</source>
        <translation>podpisane umowy o współpracy</translation>
    </message>
    <message>
        <source>members employed in social cooperatives</source>
        <translation>członkowie zatrudnieni w spółdzielniach socjalnych</translation>
    </message>
    <message>
        <source>work orders</source>
        <translation>zlecenia</translation>
    </message>
    <message>
        <source>service points opened</source>
        <translation>otwarte punkty usługowe</translation>
    </message>
    <message>
        <source>instalment agreements signed</source>
        <translation>zawarte ugody ratalne</translation>
    </message>
    <message>
        <source>products done</source>
        <translation>wykonane produkty</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
</context>
<context>
    <name>DatesChange</name>
    <message>
        <source>Outside the new dates (%1 – %2) there would be:</source>
        <translation>Poza nowymi datami (%1 – %2) znalazłyby się:</translation>
    </message>
    <message>
        <source>  %1: %2, e.g. %3</source>
        <translation>  %1: %2, np. %3</translation>
    </message>
    <message>
        <source>They stay in the file, but no indicator counts what is dated outside the project.</source>
        <translation>Pozostają w pliku, ale żaden wskaźnik nie liczy tego, co ma datę spoza projektu.</translation>
    </message>
    <message>
        <source>The reporting periods are fitted to the new dates:</source>
        <translation>Okresy rozliczeniowe zostaną dopasowane do nowych dat:</translation>
    </message>
</context>
<context>
    <name>DebtLedgerService</name>
    <message>
        <source>Choose the debt account.</source>
        <translation>Wybierz konto zadłużenia.</translation>
    </message>
    <message>
        <source>The date is missing or not a real date.</source>
        <translation>Brak daty albo taka data nie istnieje.</translation>
    </message>
    <message>
        <source>The amount must not be zero.</source>
        <translation>Kwota nie może być równa zero.</translation>
    </message>
    <message>
        <source>%1 raises the arrears: the amount cannot be negative (%2).</source>
        <translation>%1 zwiększa zadłużenie: kwota nie może być ujemna (%2).</translation>
    </message>
    <message>
        <source>%1 lowers the arrears: the amount cannot raise them (%2).</source>
        <translation>%1 zmniejsza zadłużenie: kwota nie może go zwiększać (%2).</translation>
    </message>
    <message>
        <source>A correction needs a note saying why.</source>
        <translation>Korekta wymaga uwagi z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Only a payment from OSS wages has a wage month.</source>
        <translation>Miesiąc wynagrodzenia ma tylko wpłata z wynagrodzenia w OSS.</translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation>Wybierz uczestnika.</translation>
    </message>
    <message>
        <source>Choose the housing cooperative.</source>
        <translation>Wybierz spółdzielnię mieszkaniową.</translation>
    </message>
    <message>
        <source>The date of entry is missing.</source>
        <translation>Brak daty przystąpienia.</translation>
    </message>
    <message>
        <source>The arrears at entry cannot be negative.</source>
        <translation>Zadłużenie na wejściu nie może być ujemne.</translation>
    </message>
    <message>
        <source>Opening the debt account</source>
        <translation>Zakładanie konta zadłużenia</translation>
    </message>
    <message>
        <source>The participant already has a debt account at this housing cooperative.</source>
        <translation>Uczestnik ma już konto zadłużenia w tej spółdzielni mieszkaniowej.</translation>
    </message>
    <message>
        <source>Account number %1 is already used at this housing cooperative.</source>
        <translation>Numer konta %1 jest już używany w tej spółdzielni mieszkaniowej.</translation>
    </message>
    <message>
        <source>Arrears at entry into the project</source>
        <translation>Zadłużenie w dniu przystąpienia do projektu</translation>
    </message>
    <message>
        <source>Removing the debt account</source>
        <translation>Usuwanie konta zadłużenia</translation>
    </message>
    <message>
        <source>Posting the entry</source>
        <translation>Księgowanie zapisu</translation>
    </message>
    <message>
        <source>Debt account %1 does not exist.</source>
        <translation>Konto zadłużenia %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The wage deduction for %1 is already posted on this account.</source>
        <translation>Potrącenie z wynagrodzenia za %1 jest już zaksięgowane na tym koncie.</translation>
    </message>
    <message>
        <source>Removing the entry</source>
        <translation>Usuwanie zapisu</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Zapis już nie istnieje.</translation>
    </message>
    <message>
        <source>Restoring the entry</source>
        <translation>Przywracanie zapisu</translation>
    </message>
    <message>
        <source>Removing the entries</source>
        <translation>Usuwanie zapisów</translation>
    </message>
    <message>
        <source>An entry of %1 dated %2 no longer exists; nothing was removed.</source>
        <translation>Zapis na kwotę %1 z dnia %2 już nie istnieje; niczego nie usunięto.</translation>
    </message>
    <message>
        <source>Restoring the entries</source>
        <translation>Przywracanie zapisów</translation>
    </message>
</context>
<context>
    <name>DebtServices</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 nie powiodło się: %2</translation>
    </message>
</context>
<context>
    <name>DebtWatchDialog</name>
    <message>
        <source>Open tenant</source>
        <translation>Otwórz lokatora</translation>
    </message>
</context>
<context>
    <name>DebtorsModel</name>
    <message>
        <source>No agreement</source>
        <translation>Brak ugody</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (flat %2)</source>
        <translation>%1 (lokal %2)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie na dzień przystąpienia</translation>
    </message>
    <message>
        <source>Arrears now</source>
        <translation>Zadłużenie obecnie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation>Ugoda ratalna</translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation>Sprawa eksmisyjna</translation>
    </message>
</context>
<context>
    <name>DebtsSection</name>
    <message>
        <source>Search: name, PESEL, account, flat</source>
        <translation>Szukaj: nazwisko, PESEL, konto, lokal</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Wszyscy lokatorzy</translation>
    </message>
    <message>
        <source>With arrears</source>
        <translation>Z zadłużeniem</translation>
    </message>
    <message>
        <source>Agreement overdue</source>
        <translation>Zaległość w ugodzie</translation>
    </message>
    <message>
        <source>Agreement not kept</source>
        <translation>Ugoda niedotrzymana</translation>
    </message>
    <message>
        <source>Eviction case open</source>
        <translation>Toczy się sprawa eksmisyjna</translation>
    </message>
    <message>
        <source>Plans at risk</source>
        <translation>Zagrożone ugody</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Wage deduction…</source>
        <translation>Potrącenia z wynagrodzeń…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Na dzień</translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation>Otwórz lokatora</translation>
    </message>
    <message>
        <source>Tenants: %1; arrears at entry %2, now %3, change %4.</source>
        <translation>Lokatorów: %1; zadłużenie na wejściu %2, obecnie %3, zmiana %4.</translation>
    </message>
    <message>
        <source>Arrears of the participants as of %1: %2</source>
        <translation>Zadłużenie uczestników na dzień %1: %2</translation>
    </message>
    <message>
        <source>Active agreements with an overdue instalment on %1. More than 30 days overdue: the agreement is not kept.</source>
        <translation>Aktywne ugody z zaległą ratą na dzień %1. Zaległość ponad 30 dni oznacza niedotrzymanie ugody.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data zawarcia</translation>
    </message>
    <message>
        <source>Overdue for</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation>Kwota zaległa</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Participants with an overdue instalment on %1 whose attendance or hours worked fell in the last 30 days, compared with the 30 days before.</source>
        <translation>Uczestnicy z zaległą ratą na dzień %1, u których w ostatnich 30 dniach spadła frekwencja lub liczba przepracowanych godzin w porównaniu z poprzednimi 30 dniami.</translation>
    </message>
    <message>
        <source>What fell</source>
        <translation>Co spadło</translation>
    </message>
    <message>
        <source>Open a debt account…</source>
        <translation>Załóż konto zadłużenia…</translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation>Importuj kartotekę…</translation>
    </message>
    <message>
        <source>debtors.xlsx</source>
        <translation>dluznicy.xlsx</translation>
    </message>
    <message>
        <source>plans-at-risk.xlsx</source>
        <translation>zagrozone-ugody.xlsx</translation>
    </message>
    <message>
        <source>early-warnings.xlsx</source>
        <translation>sygnaly-ostrzegawcze.xlsx</translation>
    </message>
    <message>
        <source>The tenants&apos; debt accounts will be listed here: the arrears at entry, every charge and payment since, agreements and eviction cases. Open an account for a participant, or import a housing cooperative&apos;s ledger.</source>
        <translation>Tu pojawią się konta zadłużenia lokatorów: zadłużenie na wejściu, każde późniejsze naliczenie i wpłata, ugody i sprawy eksmisyjne. Załóż konto uczestnikowi albo zaimportuj kartotekę spółdzielni mieszkaniowej.</translation>
    </message>
    <message>
        <source>Open a debt account</source>
        <translation>Załóż konto zadłużenia</translation>
    </message>
    <message>
        <source>A debt account is kept at a housing cooperative, and the project has none yet.</source>
        <translation>Konto zadłużenia prowadzi spółdzielnia mieszkaniowa, a w projekcie nie ma jeszcze żadnej.</translation>
    </message>
    <message>
        <source>A debt account belongs to a participant, and the project has none yet.</source>
        <translation>Konto zadłużenia należy do uczestnika, a w projekcie nie ma jeszcze żadnego.</translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>DebtsText</name>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 miesiąc</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mies.</translation>
    </message>
</context>
<context>
    <name>DeliverableService</name>
    <message>
        <source>The title is required.</source>
        <translation>Tytuł jest wymagany.</translation>
    </message>
    <message>
        <source>A deliverable marked done needs the date it was done.</source>
        <translation>Produkt oznaczony jako wykonany wymaga daty wykonania.</translation>
    </message>
    <message>
        <source>The deliverable has a done date (%1) but is not marked done.</source>
        <translation>Produkt ma datę wykonania (%1), ale nie jest oznaczony jako wykonany.</translation>
    </message>
    <message>
        <source>The number of copies planned cannot be negative.</source>
        <translation>Planowany nakład nie może być ujemny.</translation>
    </message>
    <message>
        <source>The number of copies printed cannot be negative.</source>
        <translation>Liczba wydrukowanych egzemplarzy nie może być ujemna.</translation>
    </message>
    <message>
        <source>%1 copies have already been given out, so at least %1 were printed.</source>
        <translation>Rozdano już %1 egz., więc wydrukowano co najmniej %1.</translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation>Ten produkt już nie istnieje.</translation>
    </message>
    <message>
        <source>Say to whom the copies were given.</source>
        <translation>Podaj, komu przekazano egzemplarze.</translation>
    </message>
    <message>
        <source>The date of the distribution is required.</source>
        <translation>Data przekazania jest wymagana.</translation>
    </message>
    <message>
        <source>The number of copies given out must be at least 1.</source>
        <translation>Liczba przekazanych egzemplarzy musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not done yet: copies can be given out once it is done.</source>
        <translation>„%1” nie jest jeszcze gotowy: egzemplarze można rozdawać dopiero po jego wykonaniu.</translation>
    </message>
    <message>
        <source>Copies cannot be given out on %1, before &quot;%2&quot; was done (%3).</source>
        <translation>Nie można przekazać egzemplarzy %1, przed wykonaniem „%2” (%3).</translation>
    </message>
    <message>
        <source>Only %1 of the %2 printed copies of &quot;%3&quot; are left to give out, not %4.</source>
        <translation>Z %2 wydrukowanych egzemplarzy „%3” do rozdania zostało tylko %1, a nie %4.</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>Wybierz plik do dołączenia.</translation>
    </message>
</context>
<context>
    <name>DeliverablesTab</name>
    <message>
        <source>Search title or author</source>
        <translation>Szukaj tytułu lub autora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copies planned</source>
        <translation>Planowany nakład</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Author or contractor</source>
        <translation>Autor lub wykonawca</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planowana data</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Data wykonania</translation>
    </message>
    <message>
        <source>Copies printed</source>
        <translation>Wydrukowano egz.</translation>
    </message>
    <message>
        <source>OSS (market research)</source>
        <translation>OSS (badanie rynku)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Distribution log</source>
        <translation>Rejestr dystrybucji</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Egzemplarze</translation>
    </message>
    <message>
        <source>Add distribution</source>
        <translation>Dodaj wydanie</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pliki dokumentujące</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Edit deliverable %1</source>
        <translation>Edycja produktu %1</translation>
    </message>
    <message>
        <source>Add deliverable %1</source>
        <translation>Dodanie produktu %1</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Usuń produkt</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its distribution log and evidence files?</source>
        <translation>Usunąć „%1” wraz z rejestrem przekazań i plikami dokumentującymi?</translation>
    </message>
    <message>
        <source>Save the deliverable first.</source>
        <translation>Najpierw zapisz produkt.</translation>
    </message>
    <message>
        <source>Distribution refused</source>
        <translation>Nie można wydać egzemplarzy</translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n copies to %1</source>
        <translation>
            <numerusform>Wydanie %n egz. dla: %1</numerusform>
            <numerusform>Wydanie %n egz. dla: %1</numerusform>
            <numerusform>Wydanie %n egz. dla: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove distribution to %1</source>
        <translation>Usunięcie wydania dla: %1</translation>
    </message>
    <message>
        <source>Attach an evidence file</source>
        <translation>Dołącz plik dokumentujący</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>deliverables.xlsx</source>
        <translation>produkty.xlsx</translation>
    </message>
    <message>
        <source>distribution-log.xlsx</source>
        <translation>rejestr-dystrybucji.xlsx</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: osiedle-cli demo FILE [--scale N] [--seed S]</source>
        <translation>Użycie: osiedle-cli demo PLIK [--scale N] [--seed S]</translation>
    </message>
    <message>
        <source>Give exactly one FILE to create.</source>
        <translation>Podaj dokładnie jeden PLIK do utworzenia.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--scale musi być liczbą całkowitą od 1 do %1, a nie „%2”.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed musi być liczbą całkowitą równą 0 lub większą, a nie „%1”.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is written only to a new file.</source>
        <translation>%1 już istnieje; projekt demonstracyjny zapisuje się tylko do nowego pliku.</translation>
    </message>
    <message>
        <source>Demo project written to %1 (scale %2, seed %3) in %4 s:</source>
        <translation>Projekt demonstracyjny zapisano w %1 (skala %2, ziarno %3) w %4 s:</translation>
    </message>
    <message>
        <source>  %1 housing cooperatives, %2 social cooperatives, %3 participants</source>
        <translation>  spółdzielnie mieszkaniowe: %1, spółdzielnie socjalne: %2, uczestnicy: %3</translation>
    </message>
    <message>
        <source>  %1 courses, %2 sessions, %3 attendance marks, %4 consultations</source>
        <translation>  kursy: %1, zajęcia: %2, wpisy obecności: %3, porady: %4</translation>
    </message>
    <message>
        <source>  %1 work orders, %2 debt ledger entries</source>
        <translation>  zlecenia: %1, zapisy na kontach zadłużenia: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The scale must be a whole number from 1 to %1, not %2.</source>
        <translation>Skala musi być liczbą całkowitą od 1 do %1, a nie %2.</translation>
    </message>
    <message>
        <source>The demo project could not be written: %1</source>
        <translation>Nie udało się zapisać projektu demonstracyjnego: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać pliku %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation>umowa nr %1</translation>
    </message>
    <message>
        <source>Saving %1 was cancelled; nothing was written.</source>
        <translation>Zapisywanie pliku %1 przerwano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>The changes made in this form have not been saved. Close it and discard them?</source>
        <translation>Zmiany wprowadzone w tym formularzu nie zostały zapisane. Zamknąć go i odrzucić zmiany?</translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <source>Nothing matches the search or the filters.</source>
        <translation>Nic nie pasuje do wyszukiwania ani filtrów.</translation>
    </message>
</context>
<context>
    <name>EncryptedArchive</name>
    <message>
        <source>The password is empty.</source>
        <translation>Hasło jest puste.</translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation>Hasło jest za krótkie: musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>The password contains a control character (a tab or a line break).</source>
        <translation>Hasło zawiera znak sterujący (tabulator lub koniec wiersza).</translation>
    </message>
    <message>
        <source>This version of Osiedle cannot encrypt archives (libzip was built without AES).</source>
        <translation>Ta wersja programu Osiedle nie potrafi szyfrować archiwów (biblioteka libzip nie obsługuje AES).</translation>
    </message>
    <message>
        <source>Cannot make the encrypted archive: %1</source>
        <translation>Nie można utworzyć zaszyfrowanego archiwum: %1</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>zamykanie</translation>
    </message>
    <message>
        <source>Cannot make the encrypted archive: it cannot be read back from memory.</source>
        <translation>Nie można utworzyć zaszyfrowanego archiwum: nie da się go odczytać z pamięci.</translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write encrypted archives; it was built without libzip.</source>
        <translation>Ta wersja programu Osiedle nie potrafi zapisywać zaszyfrowanych archiwów: zbudowano ją bez biblioteki libzip.</translation>
    </message>
    <message>
        <source>Cannot create a private working folder in %1: %2</source>
        <translation>Nie można utworzyć prywatnego folderu roboczego w %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Show everyone, not only qualified participants</source>
        <translation>Pokaż wszystkich, nie tylko zakwalifikowanych</translation>
    </message>
    <message>
        <source>Enrol participants</source>
        <translation>Zapisz uczestników</translation>
    </message>
    <message>
        <source>Search by name or PESEL</source>
        <translation>Szukaj po nazwisku lub numerze PESEL</translation>
    </message>
    <message>
        <source>Enrolled on:</source>
        <translation>Data zapisu:</translation>
    </message>
</context>
<context>
    <name>EnrolmentListModel</name>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Zapisani</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończyli</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Nr zaświadczenia</translation>
    </message>
</context>
<context>
    <name>EnrolmentService</name>
    <message>
        <source>%1 is on the reserve list, only qualified participants can be enrolled</source>
        <translation>%1 jest na liście rezerwowej, zapisać można tylko zakwalifikowanych uczestników</translation>
    </message>
    <message>
        <source>%1 was rejected in recruitment, only qualified participants can be enrolled</source>
        <translation>%1: kandydatura odrzucona w rekrutacji, zapisać można tylko zakwalifikowanych uczestników</translation>
    </message>
    <message>
        <source>%1 has resigned from the project, only qualified participants can be enrolled</source>
        <translation>%1: rezygnacja z udziału w projekcie, zapisać można tylko zakwalifikowanych uczestników</translation>
    </message>
    <message>
        <source>%1 does not meet the eligibility criteria, only qualified participants can be enrolled</source>
        <translation>%1 nie spełnia kryteriów kwalifikowalności, zapisać można tylko zakwalifikowanych uczestników</translation>
    </message>
    <message>
        <source>%1 has not been qualified yet, only qualified participants can be enrolled</source>
        <translation>%1: kandydatura jeszcze niezakwalifikowana, zapisać można tylko zakwalifikowanych uczestników</translation>
    </message>
    <message>
        <source>Enter the date of enrolment.</source>
        <translation>Wpisz datę zapisu.</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Ten uczestnik już nie istnieje.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Ten kurs już nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is already enrolled on %2.</source>
        <translation>%1 – zapis na kurs „%2” już istnieje.</translation>
    </message>
    <message>
        <source>Enter the date of withdrawal.</source>
        <translation>Wpisz datę rezygnacji.</translation>
    </message>
    <message>
        <source>Enter the reason for withdrawal.</source>
        <translation>Wpisz powód rezygnacji.</translation>
    </message>
    <message>
        <source>The enrolment no longer exists.</source>
        <translation>Ten zapis już nie istnieje.</translation>
    </message>
    <message>
        <source>The withdrawal cannot be dated before the enrolment (%1).</source>
        <translation>Rezygnacja nie może mieć daty wcześniejszej niż zapis (%1).</translation>
    </message>
    <message>
        <source>This enrolment holds certificate no. %1 and cannot be removed; withdraw the participant instead.</source>
        <translation>Do tego zapisu przypisano zaświadczenie nr %1, więc nie można go usunąć; zamiast tego wpisz rezygnację uczestnika.</translation>
    </message>
    <message>
        <source>The participant already has attendance marks on this course; withdraw them instead.</source>
        <translation>Uczestnik ma już wpisy obecności na tym kursie; zamiast usuwać zapis, wpisz rezygnację.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Woman</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>No education (ISCED 0)</source>
        <translation>Brak wykształcenia (ISCED 0)</translation>
    </message>
    <message>
        <source>Primary (ISCED 1)</source>
        <translation>Podstawowe (ISCED 1)</translation>
    </message>
    <message>
        <source>Lower secondary (ISCED 2)</source>
        <translation>Gimnazjalne (ISCED 2)</translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3)</source>
        <translation>Ponadgimnazjalne (ISCED 3)</translation>
    </message>
    <message>
        <source>Post-secondary (ISCED 4)</source>
        <translation>Policealne (ISCED 4)</translation>
    </message>
    <message>
        <source>Higher (ISCED 5–6)</source>
        <translation>Wyższe (ISCED 5–6)</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Osoba bezrobotna</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Osoba długotrwale bezrobotna</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Osoba nieaktywna zawodowo</translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation>Osoba nieaktywna zawodowo, ucząca się lub kształcąca</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Osoba zatrudniona</translation>
    </message>
    <message>
        <source>Urban area</source>
        <translation>Obszar miejski</translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation>Obszar wiejski</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandydat</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Spełnia kryteria</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nie spełnia kryteriów</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Oceniony</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Lista rezerwowa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Zrezygnował</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Social welfare centre (OPS)</source>
        <translation>Ośrodek pomocy społecznej (OPS)</translation>
    </message>
    <message>
        <source>County labour office (PUP)</source>
        <translation>Powiatowy urząd pracy (PUP)</translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation>Z własnej inicjatywy</translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation>Inne źródło zgłoszenia</translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation>Udział zakończony zgodnie ze ścieżką</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Udział przerwany</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Zgłoszona</translation>
    </message>
    <message>
        <source>Admitted to the project</source>
        <translation>Zakwalifikowana do projektu</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Niezakwalifikowana</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Integration-motivation classes</source>
        <translation>Zajęcia integracyjno-motywacyjne</translation>
    </message>
    <message>
        <source>Management training</source>
        <translation>Szkolenie z zarządzania</translation>
    </message>
    <message>
        <source>Vocational course</source>
        <translation>Kurs zawodowy</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation>Wizyta studyjna</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferencja</translation>
    </message>
    <message>
        <source>Other support</source>
        <translation>Inna forma wsparcia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Nieobecność usprawiedliwiona</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nieobecność nieusprawiedliwiona</translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation>Doradztwo prawne</translation>
    </message>
    <message>
        <source>Accounting advice</source>
        <translation>Doradztwo księgowe</translation>
    </message>
    <message>
        <source>Administrative advice</source>
        <translation>Doradztwo administracyjne</translation>
    </message>
    <message>
        <source>Funding advice</source>
        <translation>Doradztwo w pozyskiwaniu środków</translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation>Inne doradztwo</translation>
    </message>
    <message>
        <source>Founding group formed</source>
        <translation>Utworzenie grupy założycielskiej</translation>
    </message>
    <message>
        <source>Business idea prepared</source>
        <translation>Przygotowanie pomysłu na działalność</translation>
    </message>
    <message>
        <source>Statute drafted</source>
        <translation>Opracowanie statutu</translation>
    </message>
    <message>
        <source>Founding meeting held</source>
        <translation>Zebranie założycielskie</translation>
    </message>
    <message>
        <source>Application filed with the KRS</source>
        <translation>Złożenie wniosku do KRS</translation>
    </message>
    <message>
        <source>Registered in the KRS</source>
        <translation>Wpis do KRS</translation>
    </message>
    <message>
        <source>NIP and REGON obtained</source>
        <translation>Nadanie NIP i REGON</translation>
    </message>
    <message>
        <source>Start-up grant applied for</source>
        <translation>Złożenie wniosku o dotację na start</translation>
    </message>
    <message>
        <source>Start-up grant awarded</source>
        <translation>Przyznanie dotacji na start</translation>
    </message>
    <message>
        <source>Bridging support awarded</source>
        <translation>Przyznanie wsparcia pomostowego</translation>
    </message>
    <message>
        <source>Cooperation agreement with the SM signed</source>
        <translation>Podpisanie umowy o współpracy z SM</translation>
    </message>
    <message>
        <source>Work inaugurated</source>
        <translation>Inauguracja działalności</translation>
    </message>
    <message>
        <source>Being founded</source>
        <translation>W organizacji</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowana</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Działająca</translation>
    </message>
    <message>
        <source>Service point open</source>
        <translation>Punkt usługowy otwarty</translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>Założyciel</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>President of the board</source>
        <translation>Prezes zarządu</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Członek zarządu</translation>
    </message>
    <message>
        <source>Supervisory board member</source>
        <translation>Członek rady nadzorczej</translation>
    </message>
    <message>
        <source>Cooperative employment contract</source>
        <translation>Spółdzielcza umowa o pracę</translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation>Umowa o pracę</translation>
    </message>
    <message>
        <source>Civil-law contract</source>
        <translation>Umowa cywilnoprawna</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Sprzątanie</translation>
    </message>
    <message>
        <source>Renovation and building</source>
        <translation>Remonty i prace budowlane</translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation>Pielęgnacja zieleni</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Inne prace</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>W przygotowaniu</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Zlecone</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Accepted by the SM</source>
        <translation>Odebrane przez SM</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Zafakturowane</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Cooperative tenant right</source>
        <translation>Spółdzielcze lokatorskie prawo do lokalu</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Własność lub spółdzielcze własnościowe prawo do lokalu</translation>
    </message>
    <message>
        <source>Rental</source>
        <translation>Najem</translation>
    </message>
    <message>
        <source>Other title</source>
        <translation>Inny tytuł prawny</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie na dzień przystąpienia</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Naliczenie</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Wpłata</translation>
    </message>
    <message>
        <source>Payment from OSS wages</source>
        <translation>Wpłata z wynagrodzenia w OSS</translation>
    </message>
    <message>
        <source>Housing allowance</source>
        <translation>Dodatek mieszkaniowy</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Umorzenie</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Odsetki</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korekta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>W trakcie spłaty</translation>
    </message>
    <message>
        <source>Repaid in full</source>
        <translation>Spłacona w całości</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Niedotrzymana</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rozwiązana</translation>
    </message>
    <message>
        <source>Demand letter</source>
        <translation>Wezwanie do zapłaty</translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation>Ugoda ratalna</translation>
    </message>
    <message>
        <source>Lawsuit / payment order</source>
        <translation>Pozew / nakaz zapłaty</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Wyrok</translation>
    </message>
    <message>
        <source>Eviction ordered</source>
        <translation>Orzeczona eksmisja</translation>
    </message>
    <message>
        <source>Eviction executed</source>
        <translation>Eksmisja wykonana</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Postępowanie zawieszone</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Sprawa wycofana</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Zakończona ugodą</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Ekspertyza</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>Broszura</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Badanie rynku</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Poradnik</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Other product</source>
        <translation>Inny produkt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>15–24 years</source>
        <translation>15–24 lata</translation>
    </message>
    <message>
        <source>25–54 years</source>
        <translation>25–54 lata</translation>
    </message>
    <message>
        <source>55–64 years</source>
        <translation>55–64 lata</translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation>65 lat i więcej</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Inne wydarzenie</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Uczestnik projektu</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>External guest</source>
        <translation>Gość zewnętrzny</translation>
    </message>
    <message>
        <source>Social cooperatives (OSS)</source>
        <translation>Spółdzielnie socjalne (OSS)</translation>
    </message>
    <message>
        <source>Housing cooperatives (SM)</source>
        <translation>Spółdzielnie mieszkaniowe (SM)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Mieszkańcy</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation>Test wiedzy</translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation>Skala 1–5</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Tak / nie</translation>
    </message>
    <message>
        <source>One right answer</source>
        <translation>Jedna poprawna odpowiedź</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>wejściowy</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>końcowy</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>odroczony</translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation>Lider projektu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Project coordinator</source>
        <translation>Koordynator projektu</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>Specjalista ds. finansowych</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Project assistant</source>
        <translation>Asystent projektu</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Inna funkcja</translation>
    </message>
    <message>
        <source>Candidate</source>
        <comment>said of a woman</comment>
        <translation>Kandydatka</translation>
    </message>
    <message>
        <source>Candidate</source>
        <comment>said of a man</comment>
        <translation>Kandydat</translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>said of a woman</comment>
        <translation>Oceniona</translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>said of a man</comment>
        <translation>Oceniony</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>said of a woman</comment>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>said of a man</comment>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>said of a woman</comment>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>said of a man</comment>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Resigned</source>
        <comment>said of a woman</comment>
        <translation>Zrezygnowała</translation>
    </message>
    <message>
        <source>Resigned</source>
        <comment>said of a man</comment>
        <translation>Zrezygnował</translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <source>The event needs a name.</source>
        <translation>Wydarzenie musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The event needs its first and last day.</source>
        <translation>Wydarzenie wymaga daty rozpoczęcia i zakończenia.</translation>
    </message>
    <message>
        <source>The event cannot end (%1) before it starts (%2).</source>
        <translation>Wydarzenie nie może się zakończyć (%1) przed rozpoczęciem (%2).</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>To wydarzenie już nie istnieje.</translation>
    </message>
    <message>
        <source>The cost per person cannot be negative.</source>
        <translation>Koszt na osobę nie może być ujemny.</translation>
    </message>
    <message>
        <source>Choose the project participant.</source>
        <translation>Wybierz uczestnika projektu.</translation>
    </message>
    <message>
        <source>This participant is already on the list.</source>
        <translation>Ten uczestnik jest już na liście.</translation>
    </message>
    <message>
        <source>Staff and guests need a name.</source>
        <translation>Personel i goście muszą mieć podane imię i nazwisko.</translation>
    </message>
    <message>
        <source>Name the partner visited.</source>
        <translation>Podaj nazwę odwiedzonego partnera.</translation>
    </message>
    <message>
        <source>The visit on %1 is outside the dates of &quot;%2&quot; (%3 – %4).</source>
        <translation>Wizyta w dniu %1 wypada poza terminem „%2” (%3 – %4).</translation>
    </message>
    <message>
        <source>The visit to %1 on %2 would fall outside the new dates; change or remove it first.</source>
        <translation>Wizyta u partnera %1 w dniu %2 wypadłaby poza nowy termin; najpierw ją zmień lub usuń.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; cannot be put back: it is still there.</source>
        <translation>Nie można przywrócić wydarzenia „%1”: nadal istnieje.</translation>
    </message>
    <message>
        <source>The attendee is no longer on the list.</source>
        <translation>Tej osoby nie ma już na liście.</translation>
    </message>
    <message>
        <source>The visit is no longer recorded.</source>
        <translation>Tej wizyty nie ma już w rejestrze.</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Cost per person</source>
        <translation>Koszt na osobę</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Partner visited</source>
        <translation>Odwiedzony partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Uczestnicy wydarzenia</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>The list of travellers of a study trip, or the attendance list of a conference</source>
        <translation>Lista uczestników wizyty studyjnej lub lista obecności na konferencji</translation>
    </message>
    <message>
        <source>List of travellers / attendance list:</source>
        <translation>Lista uczestników wyjazdu / lista obecności:</translation>
    </message>
    <message>
        <source>Visits of partners (Trentino)</source>
        <translation>Wizyty u partnerów (Trentino)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Attended: participants %1 (women %2, men %3), staff %4, guests %5; total %6; total cost %7</source>
        <translation>Obecni: uczestnicy projektu %1 (kobiety %2, mężczyźni %3), personel %4, goście %5; razem %6; koszt łączny %7</translation>
    </message>
    <message>
        <source>event-list.pdf</source>
        <translation>lista-uczestnikow.pdf</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>obecność</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation>Uczestnik projektu</translation>
    </message>
    <message>
        <source>Name (staff, guest)</source>
        <translation>Imię i nazwisko (personel, gość)</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Edycja wydarzenia %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Dodanie wydarzenia %1</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Usuń wydarzenie</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its attendees and visits?</source>
        <translation>Usunąć „%1” wraz z listą uczestników i wizytami?</translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation>Usunięcie wydarzenia %1</translation>
    </message>
    <message>
        <source>Choose the project participant from the list.</source>
        <translation>Wybierz uczestnika projektu z listy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant of the project; staff and guests are entered with another role.</source>
        <translation>„%1” nie jest uczestnikiem projektu; personel i gości wpisuje się z inną rolą.</translation>
    </message>
    <message>
        <source>Edit attendee %1</source>
        <translation>Edycja uczestnika wydarzenia %1</translation>
    </message>
    <message>
        <source>Add attendee %1</source>
        <translation>Dodanie uczestnika wydarzenia %1</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>Usuń uczestnika wydarzenia</translation>
    </message>
    <message>
        <source>Remove attendee %1</source>
        <translation>Usunięcie uczestnika wydarzenia %1</translation>
    </message>
    <message>
        <source>Edit visit to %1</source>
        <translation>Edycja wizyty: %1</translation>
    </message>
    <message>
        <source>Add visit to %1</source>
        <translation>Dodanie wizyty: %1</translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation>Usuń wizytę</translation>
    </message>
    <message>
        <source>Remove visit to %1</source>
        <translation>Usunięcie wizyty: %1</translation>
    </message>
    <message>
        <source>event-attendees.xlsx</source>
        <translation>uczestnicy-wydarzenia.xlsx</translation>
    </message>
    <message>
        <source>partner-visits.xlsx</source>
        <translation>wizyty-u-partnerow.xlsx</translation>
    </message>
</context>
<context>
    <name>EvictionCaseService</name>
    <message>
        <source>Choose the participant.</source>
        <translation>Wybierz uczestnika.</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Zakładanie sprawy</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Zapisywanie sprawy</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Sprawa już nie istnieje.</translation>
    </message>
    <message>
        <source>The eviction is ordered: say whether it grants the right to a social flat.</source>
        <translation>Eksmisja jest orzeczona: wskaż, czy z prawem do lokalu socjalnego.</translation>
    </message>
    <message>
        <source>Removing the case</source>
        <translation>Usuwanie sprawy</translation>
    </message>
    <message>
        <source>Recording the stage</source>
        <translation>Zapisywanie etapu</translation>
    </message>
    <message>
        <source>Removing the stage</source>
        <translation>Usuwanie etapu</translation>
    </message>
    <message>
        <source>Only the last stage of a case can be removed.</source>
        <translation>Można usunąć tylko ostatni etap sprawy.</translation>
    </message>
</context>
<context>
    <name>EvictionPanel</name>
    <message>
        <source>Open an eviction case…</source>
        <translation>Załóż sprawę eksmisyjną…</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Jeszcze nie rozstrzygnięto</translation>
    </message>
    <message>
        <source>With the right to a social flat</source>
        <translation>Z prawem do lokalu socjalnego</translation>
    </message>
    <message>
        <source>Without the right to a social flat</source>
        <translation>Bez prawa do lokalu socjalnego</translation>
    </message>
    <message>
        <source>Eviction date</source>
        <translation>Termin eksmisji</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Zapisz sprawę</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Sąd</translation>
    </message>
    <message>
        <source>Case signature</source>
        <translation>Sygnatura akt</translation>
    </message>
    <message>
        <source>Social flat</source>
        <translation>Lokal socjalny</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>uwagi</translation>
    </message>
    <message>
        <source>Record stage</source>
        <translation>Zapisz etap</translation>
    </message>
    <message>
        <source>Next stage:</source>
        <translation>Następny etap:</translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation>Sprawa eksmisyjna</translation>
    </message>
    <message>
        <source>Open eviction case</source>
        <translation>Założenie sprawy eksmisyjnej</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Edit eviction case</source>
        <translation>Zmiana sprawy eksmisyjnej</translation>
    </message>
    <message>
        <source>Eviction stage: %1</source>
        <translation>Etap sprawy eksmisyjnej: %1</translation>
    </message>
</context>
<context>
    <name>EvictionPath</name>
    <message>
        <source>No proceedings</source>
        <translation>Brak postępowania</translation>
    </message>
    <message>
        <source>The date of the stage is missing.</source>
        <translation>Brak daty etapu.</translation>
    </message>
    <message>
        <source>The case has ended (%1): no stage can follow.</source>
        <translation>Sprawa jest zakończona (%1): nie można dodać kolejnego etapu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow &quot;%2&quot;.</source>
        <translation>Etap „%1” nie może nastąpić po etapie „%2”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 would come before the previous stage (%3).</source>
        <translation>Etap „%1” z dnia %2 byłby wcześniejszy niż poprzedni etap (%3).</translation>
    </message>
    <message>
        <source>Say whether the judgment grants the right to a social flat.</source>
        <translation>Wskaż, czy wyrok przyznaje prawo do lokalu socjalnego.</translation>
    </message>
    <message>
        <source>An eviction cannot be executed between 1 November and 31 March (winter protection).</source>
        <translation>Eksmisji nie można wykonać od 1 listopada do 31 marca (okres ochronny).</translation>
    </message>
    <message>
        <source>%1 falls in the winter protection (1 November – 31 March): the eviction cannot be executed then.</source>
        <translation>%1 przypada w okresie ochronnym (1 listopada – 31 marca): eksmisji nie można wtedy wykonać.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Incomplete: %1 (missing: %2)</source>
        <translation>Niekompletne: %1 (brakuje: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) written to %1, %2 of them incomplete.</source>
        <translation>
            <numerusform>Zapisano uczestników: %n do pliku %1, w tym niekompletnych: %2.</numerusform>
            <numerusform>Zapisano uczestników: %n do pliku %1, w tym niekompletnych: %2.</numerusform>
            <numerusform>Zapisano uczestników: %n do pliku %1, w tym niekompletnych: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the project FILE, the kind of data and -o OUT.</source>
        <translation>Podaj PLIK projektu, rodzaj danych i -o WYJŚCIE.</translation>
    </message>
    <message>
        <source>Unknown kind of export: %1</source>
        <translation>Nieznany rodzaj eksportu: %1</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format musi mieć wartość csv lub xlsx, a nie „%1”.</translation>
    </message>
    <message>
        <source>The indicator table needs --period ID|FROM..TO.</source>
        <translation>Tabela wskaźników wymaga opcji --period ID|OD..DO.</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) of %1 – %2 written to %3.</source>
        <translation>
            <numerusform>Zapisano %n wskaźnik za okres %1 – %2 do pliku %3.</numerusform>
            <numerusform>Zapisano %n wskaźniki za okres %1 – %2 do pliku %3.</numerusform>
            <numerusform>Zapisano %n wskaźników za okres %1 – %2 do pliku %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: osiedle-cli export FILE %1 --format csv|xlsx -o OUT [--period ID|FROM..TO]
       [--encrypt [--password-file FILE]]   OUT is then an AES-256 ZIP archive; the password is the file&apos;s first line, or a line read from standard input</source>
        <translation>Użycie: osiedle-cli export PLIK %1 --format csv|xlsx -o WYJŚCIE [--period ID|OD..DO]
       [--encrypt [--password-file PLIK]]   WYJŚCIE jest wtedy archiwum ZIP AES-256; hasło to pierwszy wiersz pliku albo wiersz odczytany ze standardowego wejścia</translation>
    </message>
    <message>
        <source>Encrypted with AES-256: open %1 with 7-Zip (or Windows Explorer) and the password.</source>
        <translation>Zaszyfrowano AES-256: otwórz %1 programem 7-Zip (lub Eksploratorem Windows), podając hasło.</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
</context>
<context>
    <name>FoundingPath</name>
    <message>
        <source>A founding group needs at least %1 natural persons under the %2 rules; %3 listed as founders</source>
        <translation>Grupa założycielska według przepisów z %2 r. wymaga co najmniej %1 osób fizycznych; na liście założycieli: %3</translation>
    </message>
    <message>
        <source>%1 of %2 members are from outside the eligible groups: they may not exceed half of the members</source>
        <translation>%1 z %2 członków pochodzi spoza grup uprawnionych: nie mogą oni stanowić więcej niż połowy członków</translation>
    </message>
    <message>
        <source>%1: the date is missing</source>
        <translation>%1: brak daty</translation>
    </message>
    <message>
        <source>%1 needs %2 first</source>
        <translation>%1 wymaga wcześniejszego kroku: %2</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be dated before %3 (%4), which it needs</source>
        <translation>%1 (%2) nie może mieć daty wcześniejszej niż %3 (%4), od którego zależy</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 needs it</source>
        <translation>Nie można usunąć kroku %1: zależy od niego %2</translation>
    </message>
</context>
<context>
    <name>FoundingPathTab</name>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>Zapisz krok…</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation>Drukuj listę kontrolną…</translation>
    </message>
    <message>
        <source>Print founders…</source>
        <translation>Drukuj listę założycieli…</translation>
    </message>
    <message>
        <source>Founding rules %1: a founding group of at least %2 natural persons. Founders listed: %3.</source>
        <translation>Przepisy o zakładaniu z %1 r.: grupa założycielska co najmniej %2 osób fizycznych. Na liście założycieli: %3.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mies.</translation>
    </message>
    <message>
        <source>Founding path</source>
        <translation>Ścieżka założenia</translation>
    </message>
    <message>
        <source>Choose a step in the checklist first.</source>
        <translation>Najpierw wybierz krok z listy kontrolnej.</translation>
    </message>
    <message>
        <source>This step follows from the cooperation agreement: enter it on the Agreement tab.</source>
        <translation>Ten krok wynika z umowy o współpracy: wpisz go na karcie „Umowa”.</translation>
    </message>
    <message>
        <source>Amount (zł)</source>
        <translation>Kwota (zł)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Liczba miesięcy</translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation>Numer KRS</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Founding step: %1</source>
        <translation>Krok założenia: %1</translation>
    </message>
    <message>
        <source>Remove the step &quot;%1&quot;?</source>
        <translation>Usunąć krok „%1”?</translation>
    </message>
    <message>
        <source>Remove founding step: %1</source>
        <translation>Usunięcie kroku założenia: %1</translation>
    </message>
    <message>
        <source>Founding checklist</source>
        <translation>Lista kontrolna założenia spółdzielni</translation>
    </message>
    <message>
        <source>List of founders</source>
        <translation>Lista założycieli</translation>
    </message>
    <message>
        <source>founding-path.xlsx</source>
        <translation>sciezka-zakladania.xlsx</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Osiedle: records and reports of a project that founds social cooperatives.</source>
        <translation>Osiedle: ewidencja i sprawozdania projektu zakładającego spółdzielnie socjalne.</translation>
    </message>
    <message>
        <source>The project file to open (*.osiedle).</source>
        <translation>Plik projektu do otwarcia (*.osiedle).</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Health panel of the social cooperatives</source>
        <translation>Panel kondycji spółdzielni socjalnych</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>SM</source>
        <translation>SM</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Orders
month</source>
        <translation>Zlecenia
miesiąc</translation>
    </message>
    <message>
        <source>Value
month</source>
        <translation>Wartość
miesiąc</translation>
    </message>
    <message>
        <source>Orders
year</source>
        <translation>Zlecenia
rok</translation>
    </message>
    <message>
        <source>Value
year</source>
        <translation>Wartość
rok</translation>
    </message>
    <message>
        <source>Paid
year</source>
        <translation>Opłacone
rok</translation>
    </message>
    <message>
        <source>Unpaid
year</source>
        <translation>Nieopłacone
rok</translation>
    </message>
    <message>
        <source>Sales
month</source>
        <translation>Sprzedaż
miesiąc</translation>
    </message>
    <message>
        <source>Sales
year</source>
        <translation>Sprzedaż
rok</translation>
    </message>
    <message>
        <source>Hours
month</source>
        <translation>Godziny
miesiąc</translation>
    </message>
    <message>
        <source>Hours
year</source>
        <translation>Godziny
rok</translation>
    </message>
    <message>
        <source>All social cooperatives side by side</source>
        <translation>Wszystkie spółdzielnie socjalne w zestawieniu</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Dane na dzień</translation>
    </message>
    <message>
        <source>Employed
by the OSS</source>
        <translation>Zatrudnieni
w OSS</translation>
    </message>
    <message>
        <source>Orders
overdue</source>
        <translation>Zlecenia
po terminie</translation>
    </message>
    <message>
        <source>cooperatives-health.xlsx</source>
        <translation>zestawienie-oss.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the due date</source>
        <translation>
            <numerusform>%n zlecenie po terminie</numerusform>
            <numerusform>%n zlecenia po terminie</numerusform>
            <numerusform>%n zleceń po terminie</numerusform>
        </translation>
    </message>
    <message>
        <source>No cooperation agreement with the SM yet</source>
        <translation>Brak jeszcze umowy o współpracy z SM</translation>
    </message>
    <message>
        <source>No orders this month</source>
        <translation>Brak zleceń w tym miesiącu</translation>
    </message>
    <message>
        <source>Nobody employed by the OSS</source>
        <translation>Nikt nie jest zatrudniony w OSS</translation>
    </message>
    <message>
        <source>Urgent: orders past their due date</source>
        <translation>Pilne: zlecenia po terminie</translation>
    </message>
    <message>
        <source>Needs a look: the members&apos; share rule, no agreement, no orders this month or nobody employed while operating</source>
        <translation>Do sprawdzenia: zasada udziału członków, brak umowy, brak zleceń w tym miesiącu lub brak zatrudnionych w działającej OSS</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: osiedle-cli history FILE [--record KIND:ID] [--person NAME] [--from DATE] [--to DATE] [--format csv|json] [-o OUT]</source>
        <translation>Użycie: osiedle-cli history PLIK [--record RODZAJ:ID] [--person OSOBA] [--from DATA] [--to DATA] [--format csv|json] [-o WYNIK]</translation>
    </message>
    <message>
        <source>Give the project FILE.</source>
        <translation>Podaj PLIK projektu.</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation>--format musi mieć wartość csv albo json, a nie „%1”.</translation>
    </message>
    <message>
        <source>--record must be KIND:ID, e.g. participant:17, not &quot;%1&quot;.</source>
        <translation>--record musi mieć postać RODZAJ:ID, np. participant:17, a nie „%1”.</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD or DD.MM.YYYY, not &quot;%2&quot;.</source>
        <translation>%1 musi być datą RRRR-MM-DD albo DD.MM.RRRR, a nie „%2”.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) jest późniejsze niż --to (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n zmianę do %1.</numerusform>
            <numerusform>Zapisano %n zmiany do %1.</numerusform>
            <numerusform>Zapisano %n zmian do %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Save hours</source>
        <translation>Zapisz godziny</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Hours worked: choose an order</source>
        <translation>Przepracowane godziny: wybierz zlecenie</translation>
    </message>
    <message>
        <source>Hours worked on order %1</source>
        <translation>Godziny przepracowane przy zleceniu %1</translation>
    </message>
    <message>
        <source>No hours yet.</source>
        <translation>Nie wpisano jeszcze godzin.</translation>
    </message>
    <message>
        <source>Total %1 h. By member: %2</source>
        <translation>Razem %1 godz. Według członków: %2</translation>
    </message>
    <message>
        <source>hours-worked.xlsx</source>
        <translation>godziny-pracy.xlsx</translation>
    </message>
</context>
<context>
    <name>HousingCoopForm</name>
    <message>
        <source>10 digits</source>
        <translation>10 cyfr</translation>
    </message>
    <message>
        <source>NNN-NNN-NN-NN</source>
        <translation>NNN-NNN-NN-NN</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 lub 14 cyfr</translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation>NN-NNN</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>KRS</source>
        <translation>KRS</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Gmina (TERYT)</source>
        <translation>Gmina (TERYT)</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Number of flats</source>
        <translation>Liczba mieszkań</translation>
    </message>
    <message>
        <source>Recruitment status</source>
        <translation>Status rekrutacji</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation>Data decyzji</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>OPS and PUP serving it</source>
        <translation>Obsługujące ją OPS i PUP</translation>
    </message>
    <message>
        <source>Add OPS…</source>
        <translation>Dodaj OPS…</translation>
    </message>
    <message>
        <source>Add PUP…</source>
        <translation>Dodaj PUP…</translation>
    </message>
    <message>
        <source>Housing cooperative: %1</source>
        <translation>Spółdzielnia mieszkaniowa: %1</translation>
    </message>
    <message>
        <source>New housing cooperative</source>
        <translation>Nowa spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Name of the institution:</source>
        <translation>Nazwa instytucji:</translation>
    </message>
    <message>
        <source>Give the number of flats as a whole number.</source>
        <translation>Podaj liczbę mieszkań jako liczbę całkowitą.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add housing cooperative %1</source>
        <translation>Dodanie spółdzielni mieszkaniowej %1</translation>
    </message>
    <message>
        <source>Edit housing cooperative %1</source>
        <translation>Zmiana danych spółdzielni mieszkaniowej %1</translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation>Ta spółdzielnia mieszkaniowa już nie istnieje.</translation>
    </message>
    <message>
        <source>Delete housing cooperative %1</source>
        <translation>Usunięcie spółdzielni mieszkaniowej %1</translation>
    </message>
    <message>
        <source>The housing cooperative has unsaved changes. Save them?</source>
        <translation>Dane spółdzielni mieszkaniowej mają niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
</context>
<context>
    <name>HousingCoopListModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flats</source>
        <translation>Mieszkania</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>HousingCoopListSection</name>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>Search by name or locality</source>
        <translation>Szukaj według nazwy lub miejscowości</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete housing cooperative</source>
        <translation>Usuwanie spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>Delete the selected housing cooperative?</source>
        <translation>Usunąć zaznaczoną spółdzielnię mieszkaniową?</translation>
    </message>
    <message>
        <source>Institutions (OPS/PUP)…</source>
        <translation>Instytucje (OPS/PUP)…</translation>
    </message>
    <message>
        <source>housing-cooperatives.xlsx</source>
        <translation>spoldzielnie-mieszkaniowe.xlsx</translation>
    </message>
    <message>
        <source>Housing cooperatives: %1</source>
        <translation>Spółdzielnie mieszkaniowe: %1</translation>
    </message>
    <message>
        <source>Housing cooperatives: %1 of %2</source>
        <translation>Spółdzielnie mieszkaniowe: %1 z %2</translation>
    </message>
    <message>
        <source>The housing cooperatives (SM) that apply to join the project will be listed here, with their status, their estates and the OPS and PUP they work with.</source>
        <translation>Tu pojawią się spółdzielnie mieszkaniowe (SM) zgłaszające się do projektu, z ich statusem, osiedlami oraz OPS i PUP, z którymi współpracują.</translation>
    </message>
    <message>
        <source>Add a housing cooperative…</source>
        <translation>Dodaj spółdzielnię mieszkaniową…</translation>
    </message>
    <message>
        <source>OPS and PUP…</source>
        <translation>OPS i PUP…</translation>
    </message>
</context>
<context>
    <name>HousingCoopRepository</name>
    <message>
        <source>%n participant(s)</source>
        <translation>uczestnicy: %n</translation>
    </message>
    <message>
        <source>%n social cooperative(s)</source>
        <translation>spółdzielnie socjalne: %n</translation>
    </message>
    <message>
        <source>%n cooperation agreement(s)</source>
        <translation>umowy o współpracy: %n</translation>
    </message>
    <message>
        <source>%n work order(s)</source>
        <translation>zlecenia: %n</translation>
    </message>
    <message>
        <source>%n debt account(s)</source>
        <translation>konta zadłużenia: %n</translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation>zgłoszenia konkursowe: %n</translation>
    </message>
</context>
<context>
    <name>HousingCoopService</name>
    <message>
        <source>E-mail %1 is not an address.</source>
        <translation>%1 nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nazwa jest wymagana.</translation>
    </message>
    <message>
        <source>The number of flats cannot be negative.</source>
        <translation>Liczba mieszkań nie może być ujemna.</translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation>Podaj datę decyzji.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Podaj powód.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application (%1).</source>
        <translation>Decyzja nie może być wcześniejsza niż zgłoszenie (%1).</translation>
    </message>
    <message>
        <source>KRS %1 is already recorded for %2.</source>
        <translation>KRS %1 jest już zapisany dla: %2.</translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation>Ta spółdzielnia mieszkaniowa już nie istnieje.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: used by %2.</source>
        <translation>Nie można usunąć: %1 — powiązane dane: %2.</translation>
    </message>
    <message>
        <source>The institution no longer exists.</source>
        <translation>Ta instytucja już nie istnieje.</translation>
    </message>
</context>
<context>
    <name>ImportAnswers</name>
    <message>
        <source>--round must be the id of a round of a questionnaire or test, not &quot;%1&quot;.</source>
        <translation>--round musi być identyfikatorem pomiaru ankiety lub testu, a nie „%1”.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Kolumny nie zaimportowane: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported, %n problem(s):</source>
        <translation>
            <numerusform>%1: nic nie zaimportowano, %n problem:</numerusform>
            <numerusform>%1: nic nie zaimportowano, %n problemy:</numerusform>
            <numerusform>%1: nic nie zaimportowano, %n problemów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n of them replace answers entered before)</source>
        <translation>
            <numerusform> (%n z nich zastępuje wcześniej wprowadzone odpowiedzi)</numerusform>
            <numerusform> (%n z nich zastępują wcześniej wprowadzone odpowiedzi)</numerusform>
            <numerusform> (%n z nich zastępuje wcześniej wprowadzone odpowiedzi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows checked: %n form(s) would be imported%2 (dry run, nothing written).</source>
        <translation>
            <numerusform>Sprawdzono wiersze: %1; zaimportowany zostałby %n formularz%2 (próba, nic nie zapisano).</numerusform>
            <numerusform>Sprawdzono wiersze: %1; zaimportowane zostałyby %n formularze%2 (próba, nic nie zapisano).</numerusform>
            <numerusform>Sprawdzono wiersze: %1; zaimportowanych zostałoby %n formularzy%2 (próba, nic nie zapisano).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows checked: %n form(s) imported%2.</source>
        <translation>
            <numerusform>Sprawdzono wiersze: %1; zaimportowano %n formularz%2.</numerusform>
            <numerusform>Sprawdzono wiersze: %1; zaimportowano %n formularze%2.</numerusform>
            <numerusform>Sprawdzono wiersze: %1; zaimportowano %n formularzy%2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAttendance</name>
    <message>
        <source>%1: nothing imported, %2 problems:</source>
        <translation>%1: niczego nie zaimportowano, problemów: %2:</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 attendance marks would be imported (dry run, nothing written).</source>
        <translation>Sprawdzono wierszy: %1; zaimportowanych zostałoby wpisów obecności: %2 (próba, niczego nie zapisano).</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 attendance marks imported.</source>
        <translation>Sprawdzono wierszy: %1; zaimportowano wpisów obecności: %2.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Kolumny pominięte przy imporcie: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) in %2 of %3 rows; nothing was imported.</source>
        <translation>
            <numerusform>%1: liczba błędów: %n w %2 z %3 wierszy; niczego nie zaimportowano.</numerusform>
            <numerusform>%1: liczba błędów: %n w %2 z %3 wierszy; niczego nie zaimportowano.</numerusform>
            <numerusform>%1: liczba błędów: %n w %2 z %3 wierszy; niczego nie zaimportowano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) checked, no problems; nothing written (--dry-run).</source>
        <translation>
            <numerusform>Sprawdzono uczestników: %n, bez błędów; niczego nie zapisano (--dry-run).</numerusform>
            <numerusform>Sprawdzono uczestników: %n, bez błędów; niczego nie zapisano (--dry-run).</numerusform>
            <numerusform>Sprawdzono uczestników: %n, bez błędów; niczego nie zapisano (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the project FILE, the kind of data and the INPUT file.</source>
        <translation>Podaj PLIK projektu, rodzaj danych i plik WEJŚCIOWY.</translation>
    </message>
    <message>
        <source>Unknown kind of import: %1</source>
        <translation>Nieznany rodzaj importu: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli import FILE %1 INPUT [--dry-run]
       osiedle-cli import FILE answers --round ID INPUT [--dry-run]</source>
        <translation>Użycie: osiedle-cli import PLIK %1 WEJŚCIE [--dry-run]
       osiedle-cli import PLIK answers --round ID WEJŚCIE [--dry-run]</translation>
    </message>
    <message>
        <source>Give the round the answers belong to with --round ID.</source>
        <translation>Podaj pomiar, do którego należą odpowiedzi: --round ID.</translation>
    </message>
    <message>
        <source>--round is an option of the answers import only.</source>
        <translation>--round jest opcją tylko importu odpowiedzi (answers).</translation>
    </message>
</context>
<context>
    <name>ImportLedger</name>
    <message numerus="yes">
        <source>%1: nothing imported, %n problem(s):</source>
        <translation>
            <numerusform>%1: niczego nie zaimportowano, %n problem:</numerusform>
            <numerusform>%1: niczego nie zaimportowano, %n problemy:</numerusform>
            <numerusform>%1: niczego nie zaimportowano, %n problemów:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked for %2 account(s), no problems; nothing written (--dry-run).</source>
        <translation>
            <numerusform>%1: sprawdzono %n wiersz (kont: %2), bez problemów; niczego nie zapisano (--dry-run).</numerusform>
            <numerusform>%1: sprawdzono %n wiersze (kont: %2), bez problemów; niczego nie zapisano (--dry-run).</numerusform>
            <numerusform>%1: sprawdzono %n wierszy (kont: %2), bez problemów; niczego nie zapisano (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ledger entry(-ies) imported for %2 account(s).</source>
        <translation>
            <numerusform>%1: zaimportowano %n zapis kartoteki (kont: %2).</numerusform>
            <numerusform>%1: zaimportowano %n zapisy kartoteki (kont: %2).</numerusform>
            <numerusform>%1: zaimportowano %n zapisów kartoteki (kont: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Nie można odczytać pliku %1: plik nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe).</source>
        <translation>%1 nie jest zwykłym plikiem (to folder, urządzenie lub potok).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import reads files of at most %3 MB. Split it into smaller files.</source>
        <translation>Plik %1 ma %2 MB; import odczytuje pliki o rozmiarze najwyżej %3 MB. Podziel go na mniejsze pliki.</translation>
    </message>
</context>
<context>
    <name>IndicatorCalculator</name>
    <message>
        <source>The period needs a valid start and end date.</source>
        <translation>Okres musi mieć poprawną datę początkową i końcową.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Okres zaczyna się (%1) później, niż się kończy (%2).</translation>
    </message>
    <message>
        <source>Cannot compute the indicator report: %1</source>
        <translation>Nie można obliczyć sprawozdania z realizacji wskaźników: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Social cooperatives founded and working with housing cooperatives</source>
        <translation>Spółdzielnie socjalne założone i współpracujące ze spółdzielniami mieszkaniowymi</translation>
    </message>
    <message>
        <source>Participants activated socially and professionally</source>
        <translation>Uczestnicy aktywizowani społecznie i zawodowo</translation>
    </message>
    <message>
        <source>Arrears repaid and evictions avoided</source>
        <translation>Spłacone zaległości i uniknięte eksmisje</translation>
    </message>
    <message>
        <source>Project products delivered</source>
        <translation>Zrealizowane produkty projektu</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>Social cooperatives registered in KRS</source>
        <translation>Spółdzielnie socjalne zarejestrowane w KRS</translation>
    </message>
    <message>
        <source>cooperatives</source>
        <translation>spółdzielnie</translation>
    </message>
    <message>
        <source>Housing cooperatives qualified</source>
        <translation>Spółdzielnie mieszkaniowe zakwalifikowane do projektu</translation>
    </message>
    <message>
        <source>SM–OSS cooperation agreements signed</source>
        <translation>Podpisane umowy o współpracy SM–OSS</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>umowy</translation>
    </message>
    <message>
        <source>Participants who started support</source>
        <translation>Uczestnicy, którzy rozpoczęli udział we wsparciu</translation>
    </message>
    <message>
        <source>Participants who completed integration-motivation classes</source>
        <translation>Uczestnicy, którzy ukończyli zajęcia integracyjno-motywacyjne</translation>
    </message>
    <message>
        <source>Participants who completed management training</source>
        <translation>Uczestnicy, którzy ukończyli szkolenie z zarządzania</translation>
    </message>
    <message>
        <source>Participants who completed a vocational course</source>
        <translation>Uczestnicy, którzy ukończyli kurs zawodowy</translation>
    </message>
    <message>
        <source>Consultations given at the consultation point</source>
        <translation>Porady udzielone w Punkcie Konsultacyjnym</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>porady</translation>
    </message>
    <message>
        <source>Participants of the study trip to Trentino</source>
        <translation>Uczestnicy wizyty studyjnej w Trentino</translation>
    </message>
    <message>
        <source>Participants employed in a social cooperative</source>
        <translation>Uczestnicy zatrudnieni w spółdzielni socjalnej</translation>
    </message>
    <message>
        <source>Participants who completed the project as planned</source>
        <translation>Uczestnicy, którzy zakończyli udział w projekcie zgodnie z planem</translation>
    </message>
    <message>
        <source>Participants who signed an instalment agreement</source>
        <translation>Uczestnicy, którzy podpisali ugodę ratalną</translation>
    </message>
    <message>
        <source>Participants whose arrears fell since entry</source>
        <translation>Uczestnicy, których zadłużenie zmniejszyło się od przystąpienia do projektu</translation>
    </message>
    <message>
        <source>Reduction of participants&apos; total arrears</source>
        <translation>Zmniejszenie łącznego zadłużenia uczestników</translation>
    </message>
    <message>
        <source>Participants at risk of eviction whose case was suspended, withdrawn or settled</source>
        <translation>Uczestnicy zagrożeni eksmisją, których sprawa została zawieszona, wycofana lub zakończona ugodą</translation>
    </message>
    <message>
        <source>Net value of housing cooperatives&apos; work orders accepted</source>
        <translation>Wartość netto odebranych zleceń spółdzielni mieszkaniowych</translation>
    </message>
    <message>
        <source>Arrears repaid from social cooperative wages</source>
        <translation>Zadłużenie spłacone z wynagrodzeń w spółdzielni socjalnej</translation>
    </message>
    <message>
        <source>Service points of social cooperatives opened</source>
        <translation>Uruchomione punkty usługowe spółdzielni socjalnych</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkty</translation>
    </message>
    <message>
        <source>Products delivered (expertise, brochure, market research, guide, film, conference, competition)</source>
        <translation>Zrealizowane produkty (ekspertyza, broszura, badanie rynku, poradnik, film, konferencja, konkurs)</translation>
    </message>
    <message>
        <source>items</source>
        <translation>szt.</translation>
    </message>
    <message>
        <source>Participants whose entrepreneurial attitudes improved</source>
        <translation>Uczestnicy, u których wzrósł poziom postaw przedsiębiorczych</translation>
    </message>
    <message>
        <source>Entrepreneurial attitudes of participants shaped</source>
        <translation>Kształtowanie postaw przedsiębiorczych uczestników</translation>
    </message>
    <message>
        <source>Participants whose knowledge of the social economy improved</source>
        <translation>Uczestnicy, u których wzrosła wiedza o ekonomii społecznej</translation>
    </message>
    <message>
        <source>Knowledge of the social economy as an employer raised</source>
        <translation>Wzrost wiedzy o ekonomii społecznej jako miejscu pracy</translation>
    </message>
    <message>
        <source>Participants whose relations with their neighbourhood improved</source>
        <translation>Uczestnicy, u których poprawiły się relacje z sąsiedztwem</translation>
    </message>
    <message>
        <source>Relations of OSS members with their neighbourhood improved</source>
        <translation>Lepsze relacje członków OSS z otoczeniem osiedlowym</translation>
    </message>
</context>
<context>
    <name>IndicatorReportCsv</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel szczegółowy</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka miary</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% realizacji</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęli udział</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Kontynuują udział</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Of whom as planned</source>
        <translation>W tym zgodnie ze ścieżką</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Udział przerwany</translation>
    </message>
    <message>
        <source>Now: target</source>
        <translation>Obecnie: wartość docelowa</translation>
    </message>
    <message>
        <source>Now: in period</source>
        <translation>Obecnie: w okresie</translation>
    </message>
    <message>
        <source>Now: cumulative</source>
        <translation>Obecnie: narastająco</translation>
    </message>
    <message>
        <source>Now: % of target</source>
        <translation>Obecnie: % wartości docelowej</translation>
    </message>
    <message>
        <source>Difference in period</source>
        <translation>Różnica w okresie</translation>
    </message>
    <message>
        <source>Difference cumulative</source>
        <translation>Różnica narastająco</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>In period</source>
        <translation>W okresie</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Narastająco</translation>
    </message>
</context>
<context>
    <name>IndicatorReportDocument</name>
    <message>
        <source>Indicator report</source>
        <translation>Sprawozdanie z realizacji wskaźników</translation>
    </message>
    <message>
        <source>Physical progress of the project</source>
        <translation>Postęp rzeczowy realizacji projektu</translation>
    </message>
    <message>
        <source>Operational programme</source>
        <translation>Program operacyjny</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Project contract number</source>
        <translation>Numer umowy o dofinansowanie projektu</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Tytuł projektu</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficjent</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Okres sprawozdawczy</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Payment claim number</source>
        <translation>Numer wniosku o płatność</translation>
    </message>
    <message>
        <source>Payment claim</source>
        <translation>Wniosek o płatność</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel szczegółowy</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka miary</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>W okresie sprawozdawczym</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Wartość narastająco</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% realizacji</translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation>Przepływ uczestników projektu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Started in the period</source>
        <translation>Rozpoczęli udział w okresie</translation>
    </message>
    <message>
        <source>Continuing at its end</source>
        <translation>Kontynuują udział na koniec okresu</translation>
    </message>
    <message>
        <source>Ended in the period</source>
        <translation>Zakończyli udział w okresie</translation>
    </message>
    <message>
        <source>of whom as planned</source>
        <translation>w tym zgodnie z zaplanowaną ścieżką</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Udział przerwany</translation>
    </message>
    <message>
        <source>By labour-market status at entry</source>
        <translation>Według statusu na rynku pracy w chwili przystąpienia do projektu</translation>
    </message>
    <message>
        <source>By age at entry</source>
        <translation>Według wieku w chwili przystąpienia do projektu</translation>
    </message>
    <message>
        <source>By education level</source>
        <translation>Według poziomu wykształcenia</translation>
    </message>
    <message>
        <source>By place of residence</source>
        <translation>Według miejsca zamieszkania</translation>
    </message>
    <message>
        <source>Participants with complete mandatory data. Labour-market status, age and education at entry to the project.</source>
        <translation>Uczestnicy z kompletem danych obowiązkowych. Status na rynku pracy, wiek i wykształcenie w chwili przystąpienia do projektu.</translation>
    </message>
    <message>
        <source>Problems met in the period</source>
        <translation>Problemy napotkane w okresie sprawozdawczym</translation>
    </message>
    <message>
        <source>Plans until the next payment claim</source>
        <translation>Działania planowane do czasu złożenia kolejnego wniosku o płatność</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <source>Every participant who started support by the end of the period has complete data.</source>
        <translation>Wszyscy uczestnicy, którzy do końca okresu rozpoczęli udział we wsparciu, mają kompletne dane.</translation>
    </message>
    <message>
        <source>These participants started support by the end of the period but are not counted in the indicators until their mandatory data is complete:</source>
        <translation>Poniżsi uczestnicy rozpoczęli udział we wsparciu do końca okresu, ale nie są wliczani do wskaźników, dopóki nie zostaną uzupełnione ich dane obowiązkowe:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start of participation</source>
        <translation>Data rozpoczęcia udziału</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Brakujące dane</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez imienia i nazwiska)</translation>
    </message>
    <message>
        <source>place and date</source>
        <translation>miejscowość i data</translation>
    </message>
    <message>
        <source>prepared by (name, role, signature)</source>
        <translation>osoba sporządzająca (imię i nazwisko, stanowisko, podpis)</translation>
    </message>
    <message>
        <source>Indicator report %1 – %2</source>
        <translation>Sprawozdanie z realizacji wskaźników %1 – %2</translation>
    </message>
    <message>
        <source>Locked period.</source>
        <translation>Okres zablokowany.</translation>
    </message>
    <message>
        <source>This report was locked on %1; its values are those locked then.</source>
        <translation>Raport zablokowano %1; podane wartości pochodzą z chwili zablokowania.</translation>
    </message>
    <message>
        <source>The data gives the same values now.</source>
        <translation>Obecne dane dają te same wartości.</translation>
    </message>
    <message numerus="yes">
        <source>The data now gives different values in %n cell(s): they are highlighted in the tables and listed here.</source>
        <translation>
            <numerusform>Obecne dane dają inne wartości w %n komórce: jest ona wyróżniona w tabelach i wymieniona poniżej.</numerusform>
            <numerusform>Obecne dane dają inne wartości w %n komórkach: są one wyróżnione w tabelach i wymienione poniżej.</numerusform>
            <numerusform>Obecne dane dają inne wartości w %n komórkach: są one wyróżnione w tabelach i wymienione poniżej.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the period was locked</source>
        <translation>Zmiany od zablokowania okresu</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>%1 (added after locking)</source>
        <translation>%1 (dodany po zablokowaniu)</translation>
    </message>
    <message numerus="yes">
        <source>The mandatory data of %n participant(s) changed since, so they are counted differently now.</source>
        <translation>
            <numerusform>Od tego czasu zmieniły się dane obowiązkowe %n uczestnika, więc jest on obecnie liczony inaczej.</numerusform>
            <numerusform>Od tego czasu zmieniły się dane obowiązkowe %n uczestników, więc są oni obecnie liczeni inaczej.</numerusform>
            <numerusform>Od tego czasu zmieniły się dane obowiązkowe %n uczestników, więc są oni obecnie liczeni inaczej.</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>counted now</source>
        <translation>obecnie liczy się do wskaźników</translation>
    </message>
    <message>
        <source>not counted now</source>
        <translation>obecnie nie liczy się do wskaźników</translation>
    </message>
    <message>
        <source>Participants, arrears and work orders month by month</source>
        <translation>Uczestnicy, zadłużenie i zlecenia miesiąc po miesiącu</translation>
    </message>
    <message>
        <source>Nothing is dated before the project start, and every start and end of participation agrees with the rules.</source>
        <translation>Nic nie jest datowane przed rozpoczęciem projektu, a każde rozpoczęcie i zakończenie udziału jest zgodne z zasadami.</translation>
    </message>
    <message>
        <source>Records that no indicator counts, and participant records to correct:</source>
        <translation>Zapisy, których nie liczy żaden wskaźnik, oraz dane uczestników do poprawienia:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Kto lub co</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>REGON %1</source>
        <translation>REGON %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>T – total, W – women, M – men. Cumulative values count from the project start to the last day of the period; amounts in PLN.</source>
        <translation>O – ogółem, K – kobiety, M – mężczyźni. Wartości narastające liczone od początku realizacji projektu do ostatniego dnia okresu; kwoty w zł.</translation>
    </message>
</context>
<context>
    <name>IndicatorReportFiles</name>
    <message>
        <source>indicator-report-%1-%2.pdf</source>
        <translation>sprawozdanie-wskazniki-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the indicator report as PDF</source>
        <translation>Zapisz sprawozdanie z realizacji wskaźników jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report as PDF…</source>
        <translation>Zapisywanie sprawozdania jako PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>indicators-%1-%2.xlsx</source>
        <translation>wskazniki-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Export the indicator table</source>
        <translation>Eksport tabeli wskaźników</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Skoroszyt programu Excel (*.xlsx);;CSV dla arkuszy kalkulacyjnych (*.csv)</translation>
    </message>
</context>
<context>
    <name>IndicatorReportXlsx</name>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation>Przepływ uczestników projektu</translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>A value cannot be negative.</source>
        <translation>Wartość nie może być ujemna.</translation>
    </message>
    <message>
        <source>This indicator is not counted by sex: leave women and men empty.</source>
        <translation>Ten wskaźnik nie jest liczony w podziale na płeć: pozostaw pola kobiet i mężczyzn puste.</translation>
    </message>
    <message>
        <source>Give both women and men, or neither.</source>
        <translation>Podaj liczbę kobiet i mężczyzn albo żadnej z nich.</translation>
    </message>
    <message>
        <source>Give the total too (women + men = %1).</source>
        <translation>Podaj też wartość ogółem (kobiety + mężczyźni = %1).</translation>
    </message>
    <message>
        <source>Women (%1) + men (%2) = %3, not the total %4.</source>
        <translation>Kobiety (%1) + mężczyźni (%2) = %3, a nie %4 ogółem.</translation>
    </message>
    <message>
        <source>Give the women and men of this value.</source>
        <translation>Podaj, ile z tej wartości przypada na kobiety, a ile na mężczyzn.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name is required.</source>
        <translation>Podaj nazwę wskaźnika.</translation>
    </message>
    <message>
        <source>The unit is required (e.g. copies, persons).</source>
        <translation>Podaj jednostkę miary (np. egzemplarze, osoby).</translation>
    </message>
    <message>
        <source>The indicator %1 no longer exists.</source>
        <translation>Wskaźnik %1 już nie istnieje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values already: its split by sex cannot change.</source>
        <translation>Wskaźnik „%1” ma już wartości: nie można zmienić jego podziału na płeć.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated: its split by sex cannot change.</source>
        <translation>Wskaźnik „%1” jest obliczany z danych: nie można zmienić jego podziału na płeć.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated from the data and cannot be deleted.</source>
        <translation>Wskaźnik „%1” jest obliczany z danych i nie można go usunąć.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value in the locked period %2: unlock the period first.</source>
        <translation>Wskaźnik „%1” ma wartość w zablokowanym okresie %2: najpierw odblokuj okres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated from the data: it has no values to type.</source>
        <translation>Wskaźnik „%1” jest obliczany z danych: nie wpisuje się jego wartości.</translation>
    </message>
    <message>
        <source>The reporting period no longer exists.</source>
        <translation>Okres rozliczeniowy już nie istnieje.</translation>
    </message>
    <message>
        <source>Period %1 is locked: unlock it first to change its values.</source>
        <translation>Okres %1 jest zablokowany: aby zmienić jego wartości, najpierw go odblokuj.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka miary</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% realizacji</translation>
    </message>
    <message>
        <source>%1 (added after the period was locked)</source>
        <translation>%1 (dodany po zablokowaniu okresu)</translation>
    </message>
    <message>
        <source>Locked: %1, the data now gives: %2 (difference %3)</source>
        <translation>Zablokowano: %1, obecnie z danych wynika: %2 (różnica %3)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Narastająco</translation>
    </message>
</context>
<context>
    <name>IndicatorTargetsDialog</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1” nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <source>Indicators and targets</source>
        <translation>Wskaźniki i wartości docelowe</translation>
    </message>
    <message>
        <source>Persons, counted as women and men</source>
        <translation>Osoby, liczone w podziale na kobiety i mężczyzn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel szczegółowy</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka miary</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Target: total</source>
        <translation>Wartość docelowa: ogółem</translation>
    </message>
    <message>
        <source>Target: women</source>
        <translation>Wartość docelowa: kobiety</translation>
    </message>
    <message>
        <source>Target: men</source>
        <translation>Wartość docelowa: mężczyźni</translation>
    </message>
    <message>
        <source>New own indicator</source>
        <translation>Nowy wskaźnik własny</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Values per reporting period (typed by the office)</source>
        <translation>Wartości w okresach rozliczeniowych (wpisywane przez biuro)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Kobiety</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mężczyźni</translation>
    </message>
    <message>
        <source>Save values</source>
        <translation>Zapisz wartości</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>brak wartości docelowej</translation>
    </message>
    <message>
        <source>%1 (own indicator) – %2</source>
        <translation>%1 (wskaźnik własny) – %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 – %3%4</source>
        <translation>%1: %2 – %3%4</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(zablokowany)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Dodanie wskaźnika %1</translation>
    </message>
    <message>
        <source>Change a target</source>
        <translation>Zmiana wartości docelowej</translation>
    </message>
    <message numerus="yes">
        <source>%n locked period(s) were reported with the target %1. Their reports will show the new target beside the locked one as a difference. Change it?</source>
        <translation>
            <numerusform>%n zablokowany okres rozliczono z wartością docelową %1. Jego raport pokaże nową wartość obok zablokowanej jako różnicę. Zmienić ją?</numerusform>
            <numerusform>%n zablokowane okresy rozliczono z wartością docelową %1. Ich raporty pokażą nową wartość obok zablokowanej jako różnicę. Zmienić ją?</numerusform>
            <numerusform>%n zablokowanych okresów rozliczono z wartością docelową %1. Ich raporty pokażą nową wartość obok zablokowanej jako różnicę. Zmienić ją?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>Edycja wskaźnika %1</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <source>Delete the indicator &quot;%1&quot; with its values of every period?</source>
        <translation>Usunąć wskaźnik „%1” wraz z jego wartościami we wszystkich okresach?</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>Usunięcie wskaźnika %1</translation>
    </message>
    <message>
        <source>The total is required.</source>
        <translation>Podaj wartość ogółem.</translation>
    </message>
    <message>
        <source>Period %1: %2</source>
        <translation>Okres %1: %2</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Wartości wskaźnika %1</translation>
    </message>
    <message>
        <source>Value of %1 in period %2</source>
        <translation>Wartość wskaźnika %1 w okresie %2</translation>
    </message>
</context>
<context>
    <name>InstalmentPlanService</name>
    <message>
        <source>Signing the agreement</source>
        <translation>Zawieranie ugody</translation>
    </message>
    <message>
        <source>Debt account %1 does not exist.</source>
        <translation>Konto zadłużenia %1 nie istnieje.</translation>
    </message>
    <message>
        <source>The account already has an active agreement signed on %1: mark it completed, broken or cancelled first.</source>
        <translation>Konto ma już aktywną ugodę zawartą %1: najpierw oznacz ją jako spłaconą, zerwaną albo rozwiązaną.</translation>
    </message>
    <message>
        <source>Changing the agreement&apos;s status</source>
        <translation>Zmiana stanu ugody</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>Ugoda już nie istnieje.</translation>
    </message>
    <message>
        <source>The account already has another active agreement.</source>
        <translation>Konto ma już inną aktywną ugodę.</translation>
    </message>
    <message>
        <source>Removing the agreement</source>
        <translation>Usuwanie ugody</translation>
    </message>
</context>
<context>
    <name>InstalmentSchedule</name>
    <message>
        <source>The signing date is missing.</source>
        <translation>Brak daty zawarcia ugody.</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>Kwota ugody musi być większa od zera.</translation>
    </message>
    <message>
        <source>The agreement has no instalments.</source>
        <translation>Ugoda nie ma żadnych rat.</translation>
    </message>
    <message>
        <source>Instalment %1: the amount must be more than zero.</source>
        <translation>Rata %1: kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>Instalment %1: the due date is missing.</source>
        <translation>Rata %1: brak terminu płatności.</translation>
    </message>
    <message>
        <source>Instalment %1: due on %2, before the agreement was signed.</source>
        <translation>Rata %1: termin %2 przypada przed zawarciem ugody.</translation>
    </message>
    <message>
        <source>Instalment %1: due before the instalment before it.</source>
        <translation>Rata %1: termin przypada przed terminem poprzedniej raty.</translation>
    </message>
    <message>
        <source>The instalments add up to %1, not to the total %2.</source>
        <translation>Raty sumują się do %1, a nie do kwoty ugody %2.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Spłacana terminowo</translation>
    </message>
    <message>
        <source>Overdue, still kept</source>
        <translation>Zaległość w racie, ugoda utrzymana</translation>
    </message>
    <message>
        <source>Not kept (over 30 days overdue)</source>
        <translation>Niedotrzymana (ponad 30 dni zaległości)</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>Spłacona</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institutions (OPS/PUP)</source>
        <translation>Instytucje (OPS/PUP)</translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation>NN-NNN</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation>Dodanie instytucji %1</translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation>Edycja instytucji %1</translation>
    </message>
    <message>
        <source>Delete institution</source>
        <translation>Usuń instytucję</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Usunąć %1?</translation>
    </message>
    <message>
        <source>Delete institution %1</source>
        <translation>Usunięcie instytucji %1</translation>
    </message>
    <message>
        <source>institutions.xlsx</source>
        <translation>instytucje.xlsx</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>%n housing cooperative(s) it serves</source>
        <translation>obsługiwane spółdzielnie mieszkaniowe: %n</translation>
    </message>
    <message>
        <source>%n participant(s) it referred</source>
        <translation>skierowani uczestnicy: %n</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Anuluj zmiany</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instrukcja:</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Dodaj pytanie…</translation>
    </message>
    <message>
        <source>Change item…</source>
        <translation>Zmień pytanie…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Usuń pytanie</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Improved when the score on the scale rises by at least:</source>
        <translation>Poprawa, gdy wynik w skali wzrośnie co najmniej o:</translation>
    </message>
    <message>
        <source>New questionnaire or test</source>
        <translation>Nowa ankieta lub test</translation>
    </message>
    <message numerus="yes">
        <source>In use: %n answer(s) have been entered with it. Its wording, order, instructions and the minimal changes can be edited; to change its items, make a new version.</source>
        <translation>
            <numerusform>W użyciu: wprowadzono %n odpowiedź. Można zmieniać brzmienie, kolejność, instrukcję i minimalne zmiany; aby zmienić pytania, utwórz nową wersję.</numerusform>
            <numerusform>W użyciu: wprowadzono %n odpowiedzi. Można zmieniać brzmienie, kolejność, instrukcję i minimalne zmiany; aby zmienić pytania, utwórz nową wersję.</numerusform>
            <numerusform>W użyciu: wprowadzono %n odpowiedzi. Można zmieniać brzmienie, kolejność, instrukcję i minimalne zmiany; aby zmienić pytania, utwórz nową wersję.</numerusform>
        </translation>
    </message>
    <message>
        <source> points</source>
        <translation> pkt</translation>
    </message>
    <message>
        <source>%1 (scores differ by up to %2):</source>
        <translation>%1 (wyniki różnią się najwyżej o %2):</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Ankiety i testy</translation>
    </message>
    <message>
        <source>New questionnaire “%1”</source>
        <translation>Nowa ankieta „%1”</translation>
    </message>
    <message>
        <source>Change questionnaire “%1”</source>
        <translation>Zmiana ankiety „%1”</translation>
    </message>
</context>
<context>
    <name>InstrumentListModel</name>
    <message>
        <source>In use: its items stay as they are; make a new version to change them.</source>
        <translation>W użyciu: pytania pozostają bez zmian; aby je zmienić, utwórz nową wersję.</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (w%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Skale</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
</context>
<context>
    <name>InstrumentService</name>
    <message>
        <source>Item %1 (“%2”)</source>
        <translation>Pytanie %1 („%2”)</translation>
    </message>
    <message>
        <source>The instrument needs a name.</source>
        <translation>Ankieta lub test musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation>Pytanie %1 nie ma treści.</translation>
    </message>
    <message>
        <source>%1: choose the scale it measures.</source>
        <translation>%1: wybierz skalę, którą mierzy.</translation>
    </message>
    <message>
        <source>%1: give at least two answers to choose from, none of them empty.</source>
        <translation>%1: podaj co najmniej dwie odpowiedzi do wyboru, żadnej pustej.</translation>
    </message>
    <message>
        <source>%1: mark the right answer.</source>
        <translation>%1: wskaż poprawną odpowiedź.</translation>
    </message>
    <message>
        <source>The minimal change must be from 1 to %1 points: the scale&apos;s items allow no more.</source>
        <translation>Minimalna zmiana musi wynosić od 1 do %1 pkt: pytania skali nie pozwalają na więcej.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have been entered with “%1”. Make a new version of it to change its items; the answers stay with this one.</source>
        <translation>
            <numerusform>W „%1” wprowadzono %n odpowiedź. Aby zmienić pytania, utwórz nową wersję; odpowiedzi zostają przy tej.</numerusform>
            <numerusform>W „%1” wprowadzono %n odpowiedzi. Aby zmienić pytania, utwórz nową wersję; odpowiedzi zostają przy tej.</numerusform>
            <numerusform>W „%1” wprowadzono %n odpowiedzi. Aby zmienić pytania, utwórz nową wersję; odpowiedzi zostają przy tej.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 nie może zostać usunięte.</translation>
    </message>
    <message>
        <source>%1 cannot change how it is answered.</source>
        <translation>%1 nie może zmienić sposobu odpowiedzi.</translation>
    </message>
    <message>
        <source>%1 cannot move to another scale.</source>
        <translation>%1 nie może przejść do innej skali.</translation>
    </message>
    <message>
        <source>%1 cannot be turned round (reversed).</source>
        <translation>%1 nie może zostać odwrócone.</translation>
    </message>
    <message>
        <source>%1 cannot get more or fewer answers to choose from.</source>
        <translation>%1 nie może mieć więcej ani mniej odpowiedzi do wyboru.</translation>
    </message>
    <message>
        <source>%1 cannot change its right answer.</source>
        <translation>%1 nie może zmienić poprawnej odpowiedzi.</translation>
    </message>
    <message>
        <source>No item can be added.</source>
        <translation>Nie można dodać pytania.</translation>
    </message>
    <message>
        <source>There already is an instrument called “%1”.</source>
        <translation>Istnieje już ankieta lub test o nazwie „%1”.</translation>
    </message>
    <message>
        <source>The instrument no longer exists.</source>
        <translation>Ta ankieta lub test już nie istnieje.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has been given in %n round(s); delete the rounds first.</source>
        <translation>
            <numerusform>„%1” przeprowadzono w %n pomiarze; najpierw usuń pomiar.</numerusform>
            <numerusform>„%1” przeprowadzono w %n pomiarach; najpierw usuń pomiary.</numerusform>
            <numerusform>„%1” przeprowadzono w %n pomiarach; najpierw usuń pomiary.</numerusform>
        </translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation> (wersja %1)</translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation>Test wiedzy</translation>
    </message>
    <message>
        <source>From the draft “%1”</source>
        <translation>Z gotowego wzoru „%1”</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nowa wersja</translation>
    </message>
    <message>
        <source>A copy to change freely; the answers stay with this one</source>
        <translation>Kopia do dowolnych zmian; odpowiedzi zostają przy tej wersji</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Scales…</source>
        <translation>Skale…</translation>
    </message>
    <message>
        <source>questionnaires.xlsx</source>
        <translation>ankiety.xlsx</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Ankiety i testy</translation>
    </message>
    <message>
        <source>Save the changes of the questionnaire?</source>
        <translation>Zapisać zmiany w ankiecie?</translation>
    </message>
    <message>
        <source>New questionnaire “%1”</source>
        <translation>Nowa ankieta „%1”</translation>
    </message>
    <message>
        <source>New version “%1”</source>
        <translation>Nowa wersja „%1”</translation>
    </message>
    <message>
        <source>Delete “%1” with its items?</source>
        <translation>Usunąć „%1” wraz z pytaniami?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Usunięcie „%1”</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Reversed: agreeing speaks against the scale</source>
        <translation>Odwrócone: zgoda świadczy przeciw skali</translation>
    </message>
    <message>
        <source>Answers to choose from (one per line):</source>
        <translation>Odpowiedzi do wyboru (po jednej w wierszu):</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>Poprawna odpowiedź:</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nowe pytanie</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Pytanie %1</translation>
    </message>
    <message>
        <source>Question or statement:</source>
        <translation>Pytanie lub stwierdzenie:</translation>
    </message>
    <message>
        <source>Answered as:</source>
        <translation>Sposób odpowiedzi:</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>right: %1)</source>
        <translation>poprawna: %1)</translation>
    </message>
    <message>
        <source>no right answer</source>
        <translation>brak poprawnej odpowiedzi</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>odwrócone</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Question or statement</source>
        <translation>Pytanie lub stwierdzenie</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Sposób odpowiedzi</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Punktacja</translation>
    </message>
</context>
<context>
    <name>KrsNumber</name>
    <message>
        <source>KRS number is empty</source>
        <translation>Numer KRS jest pusty</translation>
    </message>
    <message>
        <source>KRS number %1: only digits are allowed</source>
        <translation>Numer KRS %1: dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>KRS number %1: has %2 digits, at most 10 are allowed</source>
        <translation>Numer KRS %1: ma %2 cyfr, dozwolonych jest najwyżej 10</translation>
    </message>
    <message>
        <source>KRS number %1: zero is not a register number</source>
        <translation>Numer KRS %1: zero nie jest numerem w rejestrze</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>the account number is missing</source>
        <translation>brak numeru konta</translation>
    </message>
    <message>
        <source>no debt account has this number</source>
        <translation>nie ma konta zadłużenia o tym numerze</translation>
    </message>
    <message numerus="yes">
        <source>%n housing cooperatives have an account with this number</source>
        <translation>
            <numerusform>%n spółdzielnia mieszkaniowa ma konto o tym numerze</numerusform>
            <numerusform>%n spółdzielnie mieszkaniowe mają konto o tym numerze</numerusform>
            <numerusform>%n spółdzielni mieszkaniowych ma konto o tym numerze</numerusform>
        </translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>before the account was opened on %1</source>
        <translation>data wcześniejsza niż założenie konta (%1)</translation>
    </message>
    <message>
        <source>the kind is missing</source>
        <translation>brak rodzaju zapisu</translation>
    </message>
    <message>
        <source>not a kind of entry; write charge, payment, wage_payment, housing_allowance, write_off, interest or correction</source>
        <translation>nieznany rodzaj zapisu; wpisz naliczenie, wpłata, wpłata z wynagrodzenia OSS, dodatek mieszkaniowy, umorzenie, odsetki lub korekta (albo charge, payment, wage_payment, housing_allowance, write_off, interest, correction)</translation>
    </message>
    <message>
        <source>the arrears at entry are set when the account is opened, not imported</source>
        <translation>zadłużenie na wejściu podaje się przy zakładaniu konta, nie importuje się go</translation>
    </message>
    <message>
        <source>the amount must not be zero</source>
        <translation>kwota nie może być zerowa</translation>
    </message>
    <message>
        <source>only a correction may be negative; give the amount without a minus (the kind says whether it raises or lowers the arrears), or import a reversal as a correction with a note</source>
        <translation>ujemna może być tylko korekta; podaj kwotę bez minusa (rodzaj zapisu mówi, czy zwiększa, czy zmniejsza zadłużenie) albo zaimportuj storno jako korektę z uwagą</translation>
    </message>
    <message>
        <source>a correction needs a note saying why</source>
        <translation>korekta wymaga uwagi z uzasadnieniem</translation>
    </message>
    <message>
        <source>the column is missing (the columns are %1)</source>
        <translation>brak kolumny (kolumny to: %1)</translation>
    </message>
    <message>
        <source>a column without a title (the columns are %1)</source>
        <translation>kolumna bez tytułu (kolumny to: %1)</translation>
    </message>
    <message>
        <source>not a column of a ledger (the columns are %1)</source>
        <translation>to nie jest kolumna kartoteki (kolumny to: %1)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>kolumna występuje dwa razy</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>row %1, column %2, value &quot;%3&quot;: %4</source>
        <translation>wiersz %1, kolumna %2, wartość „%3”: %4</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Plik ma nagłówek, ale nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Import przerwano; niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Importing the ledger</source>
        <translation>Import kartoteki</translation>
    </message>
    <message>
        <source>the row has %1 of %2 columns (it is cut short)</source>
        <translation>wiersz ma %1 z %2 kolumn (jest ucięty)</translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2</source>
        <translation>liczba kolumn w wierszu: %1, w nagłówku: %2</translation>
    </message>
    <message>
        <source> (an amount with a decimal comma must be in quotes)</source>
        <translation> (kwota z przecinkiem dziesiętnym musi być w cudzysłowie)</translation>
    </message>
    <message>
        <source>the same entry is already in the ledger (was the file imported before?)</source>
        <translation>taki sam zapis jest już w kartotece (czy plik był już importowany?)</translation>
    </message>
    <message>
        <source>only a wage payment has a month of wages</source>
        <translation>miesiąc wynagrodzenia podaje się tylko przy wpłacie z wynagrodzenia</translation>
    </message>
    <message>
        <source>a wage payment needs the month of the wages it is deducted from: add the column wage_month (YYYY-MM)</source>
        <translation>wpłata z wynagrodzenia wymaga miesiąca wynagrodzenia, z którego jest potrącona: dodaj kolumnę Miesiąc wynagrodzenia (RRRR-MM)</translation>
    </message>
    <message>
        <source>the month of the wages is missing (YYYY-MM)</source>
        <translation>brak miesiąca wynagrodzenia (RRRR-MM)</translation>
    </message>
    <message>
        <source>not a month; write it as YYYY-MM, e.g. 2013-05</source>
        <translation>to nie jest miesiąc; wpisz go jako RRRR-MM, np. 2013-05</translation>
    </message>
    <message>
        <source>the wages of %1 are already deducted on this account (entry of %2)</source>
        <translation>potrącenie z wynagrodzenia za %1 jest już zapisane na tym koncie (zapis z dnia %2)</translation>
    </message>
    <message>
        <source>row %1 already deducts the wages of this month on this account</source>
        <translation>wiersz %1 już zawiera potrącenie z wynagrodzenia za ten miesiąc na tym koncie</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger</source>
        <translation>Import kartoteki</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabele (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Sprawdzanie wierszy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%1: %n problem; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
            <numerusform>%1: %n problemy; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
            <numerusform>%1: %n problemów; nic nie zostanie zaimportowane. Popraw plik i wybierz go ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) for %2 account(s), no problems. Ready to import.</source>
        <translation>
            <numerusform>%1: %n wiersz (kont: %2), bez problemów. Gotowe do importu.</numerusform>
            <numerusform>%1: %n wiersze (kont: %2), bez problemów. Gotowe do importu.</numerusform>
            <numerusform>%1: %n wierszy (kont: %2), bez problemów. Gotowe do importu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import ledger %1</source>
        <translation>Import kartoteki %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(-ies) imported for %1 account(s) from %2.</source>
        <translation>
            <numerusform>Zaimportowano %n zapis kartoteki (kont: %1) z pliku %2.</numerusform>
            <numerusform>Zaimportowano %n zapisy kartoteki (kont: %1) z pliku %2.</numerusform>
            <numerusform>Zaimportowano %n zapisów kartoteki (kont: %1) z pliku %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and writing the entries…</source>
        <translation>Sprawdzanie i zapisywanie w kartotece…</translation>
    </message>
    <message>
        <source>A CSV or XLSX file from the housing cooperative&apos;s system, one ledger entry a row, with the columns account (the account number at the SM), date, kind, amount and note — or Nr konta, Data, Rodzaj, Kwota, Uwagi. Amounts are positive; the kind (charge, payment, wage payment, housing allowance, write-off, interest, correction) says which way they go; only a correction has a sign and needs a note. A wage payment also names the month of the wages it is deducted from (column wage_month or Miesiąc wynagrodzenia, YYYY-MM); a month is deducted once per account. Every row is checked first: nothing is imported while any row is wrong.</source>
        <translation>Plik CSV lub XLSX z systemu spółdzielni mieszkaniowej, jeden zapis kartoteki w wierszu, z kolumnami Nr konta (numer konta w SM), Data, Rodzaj, Kwota i Uwagi (lub account, date, kind, amount, note). Kwoty są dodatnie; rodzaj (naliczenie, wpłata, wpłata z wynagrodzenia OSS, dodatek mieszkaniowy, umorzenie, odsetki, korekta) mówi, w którą stronę działają; tylko korekta ma znak i wymaga uwagi. Wpłata z wynagrodzenia podaje też miesiąc wynagrodzenia, z którego jest potrącona (kolumna Miesiąc wynagrodzenia lub wage_month, RRRR-MM); za dany miesiąc potrąca się na koncie tylko raz. Najpierw sprawdzane są wszystkie wiersze: jeśli którykolwiek jest błędny, nic nie zostanie zaimportowane.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export the list</source>
        <translation>Eksport listy</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano wierszy: %n do pliku %1.</numerusform>
            <numerusform>Zapisano wierszy: %n do pliku %1.</numerusform>
            <numerusform>Zapisano wierszy: %n do pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Lista jest pusta.</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Eksportuj listę…</translation>
    </message>
    <message>
        <source>Save this list as shown (filtered and sorted) as an Excel workbook or a CSV file.</source>
        <translation>Zapisuje tę listę tak, jak jest widoczna (po filtrowaniu i sortowaniu), jako skoroszyt Excela lub plik CSV.</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Search…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Nie udało się odczytać listy: %1</translation>
    </message>
</context>
<context>
    <name>LockChangesTable</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation>Przepływ uczestników</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>%1 (added after locking)</source>
        <translation>%1 (dodany po zablokowaniu)</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Brakujące dane</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>counted now</source>
        <translation>obecnie liczony(-a)</translation>
    </message>
    <message>
        <source>not counted now</source>
        <translation>obecnie nieliczony(-a)</translation>
    </message>
</context>
<context>
    <name>LockCommand</name>
    <message>
        <source>Usage: osiedle-cli unlock FILE --period ID --reason TEXT [--by NAME]</source>
        <translation>Użycie: osiedle-cli unlock PLIK --period ID --reason TEKST [--by NAZWISKO]</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli lock FILE --period ID [--by NAME]</source>
        <translation>Użycie: osiedle-cli lock PLIK --period ID [--by NAZWISKO]</translation>
    </message>
    <message>
        <source>Give the project FILE.</source>
        <translation>Podaj PLIK projektu.</translation>
    </message>
    <message>
        <source>--period is missing.</source>
        <translation>Brak opcji --period.</translation>
    </message>
    <message>
        <source>Give the reason for unlocking with --reason TEXT: it is recorded with the period.</source>
        <translation>Podaj powód odblokowania w opcji --reason TEKST: zostanie on zapisany przy okresie.</translation>
    </message>
    <message>
        <source>Period %1 (%2) unlocked; the reason is recorded.</source>
        <translation>Okres %1 (%2) odblokowany; powód został zapisany.</translation>
    </message>
    <message>
        <source>Period %1 (%2) locked: its report is stored as computed now.</source>
        <translation>Okres %1 (%2) zablokowany: jego raport zapisano w obecnej postaci.</translation>
    </message>
</context>
<context>
    <name>LockedReport</name>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>W okresie sprawozdawczym</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Wartość narastająco</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęli</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Kontynuują</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Of whom as planned</source>
        <translation>W tym zgodnie z planem</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Przerwali udział</translation>
    </message>
    <message>
        <source>The stored report is damaged (%1).</source>
        <translation>Zapisany raport jest uszkodzony (%1).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>nieznany format</translation>
    </message>
    <message>
        <source>Period %1 is locked, but its locked report cannot be read: %2</source>
        <translation>Okres %1 jest zablokowany, ale nie można odczytać jego zablokowanego raportu: %2</translation>
    </message>
</context>
<context>
    <name>LogoStrip</name>
    <message>
        <source>%1 is empty: choose the image file of the logo strip.</source>
        <translation>Plik %1 jest pusty: wybierz plik z obrazem paska logotypów.</translation>
    </message>
    <message>
        <source>%1 is too large for a logo strip (%2 MB; at most %3 MB).</source>
        <translation>Plik %1 jest za duży na pasek logotypów (%2 MB; najwyżej %3 MB).</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>Plik %1 nie jest obrazem PNG, JPEG ani SVG.</translation>
    </message>
</context>
<context>
    <name>LogoStripImage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be drawn: the image is damaged or incomplete.</source>
        <translation>Nie można narysować obrazu %1: jest uszkodzony lub niekompletny.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>Zapisz &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Osiedle</source>
        <translation>&amp;O programie Osiedle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(brak ostatnio otwieranych projektów)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>The project used last, %1, is no longer there.</source>
        <translation>Ostatnio używanego projektu %1 już nie ma w tym miejscu.</translation>
    </message>
    <message>
        <source>%1 — Osiedle</source>
        <translation>%1 — Osiedle</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>project.osiedle</source>
        <translation>projekt.osiedle</translation>
    </message>
    <message>
        <source>Osiedle projects (*.osiedle)</source>
        <translation>Projekty Osiedle (*.osiedle)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Nie można utworzyć projektu</translation>
    </message>
    <message>
        <source>%1 is the project open now; choose another file name.</source>
        <translation>%1 to projekt, który jest teraz otwarty; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>Osiedle projects (*.osiedle);;All files (*)</source>
        <translation>Projekty Osiedle (*.osiedle);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation>Tworzenie projektu demonstracyjnego…</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Nie można utworzyć projektu demonstracyjnego</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Zapisz kopię zapasową</translation>
    </message>
    <message>
        <source>Cannot save the backup copy</source>
        <translation>Nie można zapisać kopii zapasowej</translation>
    </message>
    <message>
        <source>A backup copy cannot replace the project itself; choose another file name.</source>
        <translation>Kopia zapasowa nie może zastąpić samego projektu; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Backup copy saved as %1</source>
        <translation>Kopię zapasową zapisano jako %1</translation>
    </message>
    <message>
        <source>Records of a project that founds social cooperatives together with housing cooperatives: recruitment, training, work orders, tenant debt and indicator reports.</source>
        <translation>Ewidencja projektu, w którym wraz ze spółdzielniami mieszkaniowymi zakłada się spółdzielnie socjalne: rekrutacja, szkolenia, zlecenia, zadłużenie lokatorów i sprawozdania ze wskaźników.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>About Osiedle</source>
        <translation>O programie Osiedle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The new language will be used the next time Osiedle starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu programu Osiedle.</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Przywróć z kopii…</translation>
    </message>
    <message>
        <source>%1 (backup copy, read-only) — Osiedle</source>
        <translation>%1 (kopia zapasowa, tylko do odczytu) — Osiedle</translation>
    </message>
    <message>
        <source>%1 (read-only) — Osiedle</source>
        <translation>%1 (tylko do odczytu) — Osiedle</translation>
    </message>
    <message>
        <source>Checking the project file…</source>
        <translation>Sprawdzanie pliku projektu…</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Projekt jest uszkodzony</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing will be written to it: it stays open so that you can look at it.

Choose a backup copy to restore now?</source>
        <translation>Plik %1 jest uszkodzony (%2). Nic nie zostanie w nim zapisane: pozostaje otwarty, żeby można go było przejrzeć.

Wybrać teraz kopię zapasową do przywrócenia?</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy could not be made: %1</source>
        <translation>Nie udało się wykonać dzisiejszej kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>The project file was checked: it is sound.</source>
        <translation>Plik projektu sprawdzono: jest poprawny.</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was made and checked: %1</source>
        <translation>Wykonano i sprawdzono dzisiejszą kopię zapasową: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii</translation>
    </message>
    <message>
        <source>A backup copy is open read-only. File › Restore from a backup… puts a copy back in place of the project.</source>
        <translation>Otwarta jest kopia zapasowa, tylko do odczytu. Plik › Przywróć z kopii… przywraca kopię w miejsce projektu.</translation>
    </message>
    <message>
        <source>The copy was restored. The project as it was before is kept as %1.</source>
        <translation>Kopię przywrócono. Projekt w poprzedniej postaci zachowano jako %1.</translation>
    </message>
    <message>
        <source>The day documents and new records are dated by default: today while the project runs, its last day once it is over. Each document can still be dated otherwise.</source>
        <translation>Dzień, którym domyślnie opatrywane są dokumenty i nowe wpisy: dziś, dopóki projekt trwa, a po jego zakończeniu – ostatni dzień projektu. Każdy dokument można opatrzyć inną datą.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>P&amp;rojekt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation>Strona &amp;startowa</translation>
    </message>
    <message>
        <source>Reference day: %1 (the project has ended)</source>
        <translation>Dzień odniesienia: %1 (projekt zakończony)</translation>
    </message>
    <message>
        <source>Reference day: %1 (today)</source>
        <translation>Dzień odniesienia: %1 (dziś)</translation>
    </message>
    <message>
        <source>%1 already exists; a new project needs a new file name.</source>
        <translation>Plik %1 już istnieje; nowy projekt wymaga nowej nazwy pliku.</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimizuj…</translation>
    </message>
    <message>
        <source>After the archiving date: replace the names, PESEL numbers, addresses and contacts of every person, keeping the indicators as they are.</source>
        <translation>Po dacie końca archiwizacji: zastępuje imiona i nazwiska, numery PESEL, adresy i kontakty wszystkich osób, zachowując wskaźniki bez zmian.</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>&amp;Historia zmian…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Otwórz projekt demonstracyjny</translation>
    </message>
    <message>
        <source>Saving the backup copy…</source>
        <translation>Zapisywanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>The backup copy was cancelled.</source>
        <translation>Zapisywanie kopii zapasowej przerwano.</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Eligible group</source>
        <translation>Grupa uprawniona</translation>
    </message>
    <message>
        <source>Employed now</source>
        <translation>Zatrudnienie obecnie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pracodawca</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>Etat</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stawka godzinowa</translation>
    </message>
    <message>
        <source>To arrears</source>
        <translation>Na zadłużenie</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Dodaj członka…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Add employment…</source>
        <translation>Dodaj zatrudnienie…</translation>
    </message>
    <message>
        <source>Members and employment</source>
        <translation>Członkowie i zatrudnienie</translation>
    </message>
    <message>
        <source> (legal person)</source>
        <translation> (osoba prawna)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>employed</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>this OSS</source>
        <translation>ta OSS</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nowy członek</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Członek: %1</translation>
    </message>
    <message>
        <source>only for someone who is not a participant</source>
        <translation>tylko dla osoby, która nie jest uczestnikiem</translation>
    </message>
    <message>
        <source>a legal person (e.g. the gmina, an NGO)</source>
        <translation>osoba prawna (np. gmina, organizacja pozarządowa)</translation>
    </message>
    <message>
        <source>from a group the law on social cooperatives admits</source>
        <translation>z grupy uprawnionej według ustawy o spółdzielniach socjalnych</translation>
    </message>
    <message>
        <source>or name</source>
        <translation>lub imię i nazwisko</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Zmiana danych członka</translation>
    </message>
    <message>
        <source>Members from outside the eligible groups</source>
        <translation>Członkowie spoza grup uprawnionych</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Usuń członka</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the members?</source>
        <translation>Usunąć osobę %1 (%2) z listy członków?</translation>
    </message>
    <message>
        <source>New employment</source>
        <translation>Nowe zatrudnienie</translation>
    </message>
    <message>
        <source>Employment: %1</source>
        <translation>Zatrudnienie: %1</translation>
    </message>
    <message>
        <source>employed by this OSS</source>
        <translation>zatrudnienie w tej OSS</translation>
    </message>
    <message>
        <source>another employer&apos;s name</source>
        <translation>nazwa innego pracodawcy</translation>
    </message>
    <message>
        <source> % of full time</source>
        <translation> % etatu</translation>
    </message>
    <message>
        <source>zł per hour</source>
        <translation>zł za godzinę</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>percent of the wage</source>
        <translation>procent wynagrodzenia</translation>
    </message>
    <message>
        <source>fixed amount a month</source>
        <translation>stała kwota miesięcznie</translation>
    </message>
    <message>
        <source>Other employer</source>
        <translation>Inny pracodawca</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Wymiar czasu pracy</translation>
    </message>
    <message>
        <source>Part of the wage to the arrears</source>
        <translation>Część wynagrodzenia na spłatę zadłużenia</translation>
    </message>
    <message>
        <source>Percent or amount</source>
        <translation>Procent lub kwota</translation>
    </message>
    <message>
        <source>Deduction %1: give a percentage, e.g. 30</source>
        <translation>Potrącenie %1: podaj wartość procentową, np. 30</translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation>Zmiana zatrudnienia</translation>
    </message>
    <message>
        <source>Remove employment</source>
        <translation>Usuń zatrudnienie</translation>
    </message>
    <message>
        <source>Remove the employment of %1 from %2?</source>
        <translation>Usunąć zatrudnienie osoby %1 od %2?</translation>
    </message>
    <message>
        <source>members.xlsx</source>
        <translation>czlonkowie.xlsx</translation>
    </message>
    <message>
        <source>employment.xlsx</source>
        <translation>zatrudnienie.xlsx</translation>
    </message>
</context>
<context>
    <name>MembershipService</name>
    <message>
        <source>Choose a participant or type the member&apos;s name</source>
        <translation>Wybierz uczestnika albo wpisz imię i nazwisko członka</translation>
    </message>
    <message>
        <source>The date the membership starts is missing</source>
        <translation>Brak daty początku członkostwa</translation>
    </message>
    <message>
        <source>The membership cannot end before it starts</source>
        <translation>Członkostwo nie może kończyć się przed datą początku</translation>
    </message>
    <message>
        <source>Choose the employed participant</source>
        <translation>Wybierz zatrudnionego uczestnika</translation>
    </message>
    <message>
        <source>Name the employer</source>
        <translation>Podaj nazwę pracodawcy</translation>
    </message>
    <message>
        <source>The start of the employment is missing</source>
        <translation>Brak daty rozpoczęcia zatrudnienia</translation>
    </message>
    <message>
        <source>The employment cannot end before it starts</source>
        <translation>Zatrudnienie nie może kończyć się przed datą rozpoczęcia</translation>
    </message>
    <message>
        <source>Working time must be more than 0 and at most a full time</source>
        <translation>Wymiar czasu pracy musi być większy od zera i nie większy niż pełny etat</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative</source>
        <translation>Stawka godzinowa nie może być ujemna</translation>
    </message>
    <message>
        <source>Give the part of the wage that goes to the arrears</source>
        <translation>Podaj, jaka część wynagrodzenia idzie na spłatę zadłużenia</translation>
    </message>
    <message>
        <source>The deduction cannot be negative</source>
        <translation>Potrącenie nie może być ujemne</translation>
    </message>
    <message>
        <source>The deduction cannot exceed 100 % of the wage</source>
        <translation>Potrącenie nie może przekroczyć 100% wynagrodzenia</translation>
    </message>
</context>
<context>
    <name>MissingData</name>
    <message>
        <source>Go to %1 now?</source>
        <translation>Przejść teraz do sekcji „%1”?</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty</source>
        <translation>Kwota jest pusta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1” nie jest kwotą</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an amount has at most two decimal places</source>
        <translation>„%1”: kwota może mieć najwyżej dwa miejsca po przecinku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than %2, the largest amount Osiedle accepts</source>
        <translation>„%1” to więcej niż %2, największa kwota, jaką przyjmuje program Osiedle</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Usage: osiedle-cli new FILE --title TITLE --start YYYY-MM-DD --end YYYY-MM-DD [--contract NUMBER] [--beneficiary NAME] [--no-periods]</source>
        <translation>Użycie: osiedle-cli new PLIK --title TYTUŁ --start RRRR-MM-DD --end RRRR-MM-DD [--contract NUMER] [--beneficiary NAZWA] [--no-periods]</translation>
    </message>
    <message>
        <source>Give exactly one FILE to create.</source>
        <translation>Podaj dokładnie jeden PLIK do utworzenia.</translation>
    </message>
    <message>
        <source>The option %1 is needed.</source>
        <translation>Potrzebna jest opcja %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation>%1: „%2” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR, dzień, który istnieje).</translation>
    </message>
    <message>
        <source>%1 already exists; a new project is written only to a new file.</source>
        <translation>Plik %1 już istnieje; nowy projekt zapisuje się tylko do nowego pliku.</translation>
    </message>
    <message numerus="yes">
        <source>Project &quot;%1&quot; written to %2: %3 – %4, %n reporting period(s).</source>
        <translation>
            <numerusform>Projekt „%1” zapisano w pliku %2: %3 – %4, %n okres rozliczeniowy.</numerusform>
            <numerusform>Projekt „%1” zapisano w pliku %2: %3 – %4, %n okresy rozliczeniowe.</numerusform>
            <numerusform>Projekt „%1” zapisano w pliku %2: %3 – %4, %n okresów rozliczeniowych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: osiedle-cli project %1 set KEY=VALUE… (see osiedle-cli project %1 show).</source>
        <translation>Dalej: osiedle-cli project %1 set KLUCZ=WARTOŚĆ… (zob. osiedle-cli project %1 show).</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Make the reporting periods: calendar quarters over these dates</source>
        <translation>Utwórz okresy rozliczeniowe: kwartały kalendarzowe w tych datach</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>can be filled in later</source>
        <translation>można uzupełnić później</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Tytuł projektu</translation>
    </message>
    <message>
        <source>Start of the project</source>
        <translation>Początek projektu</translation>
    </message>
    <message>
        <source>End of the project</source>
        <translation>Koniec projektu</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficjent</translation>
    </message>
    <message>
        <source>The project&apos;s partners, office staff, logo strip and the rest are set up next, on the start page.</source>
        <translation>Partnerów, pracowników biura, pasek logotypów i resztę ustawia się dalej, na stronie startowej.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>NIP is empty</source>
        <translation>NIP jest pusty</translation>
    </message>
    <message>
        <source>NIP %1: only digits are allowed</source>
        <translation>NIP %1: dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>NIP %1: must have 10 digits, has %2</source>
        <translation>NIP %1: musi mieć 10 cyfr, a ma %2</translation>
    </message>
    <message>
        <source>NIP %1: wrong check digit</source>
        <translation>NIP %1: błędna cyfra kontrolna</translation>
    </message>
</context>
<context>
    <name>OpenAccountDialog</name>
    <message>
        <source>Open a debt account</source>
        <translation>Załóż konto zadłużenia</translation>
    </message>
    <message>
        <source>the number in the SM&apos;s system, e.g. K/0042</source>
        <translation>numer w systemie SM, np. K/0042</translation>
    </message>
    <message>
        <source>e.g. Lipowa 7/12</source>
        <translation>np. Lipowa 7/12</translation>
    </message>
    <message>
        <source>e.g. 4 250,00</source>
        <translation>np. 4 250,00</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numer konta</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Title to the flat</source>
        <translation>Tytuł prawny do lokalu</translation>
    </message>
    <message>
        <source>Opened on (entry into the project)</source>
        <translation>Data założenia (wejście do projektu)</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie przy przystąpieniu</translation>
    </message>
    <message>
        <source>Every participant has a debt account already.</source>
        <translation>Każdy uczestnik ma już konto zadłużenia.</translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation>Załóż konto</translation>
    </message>
    <message>
        <source>Arrears at entry: %1</source>
        <translation>Zadłużenie na wejściu: %1</translation>
    </message>
    <message>
        <source>Open the debt account of %1</source>
        <translation>Założenie konta zadłużenia: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No output file was given.</source>
        <translation>Nie podano pliku wynikowego.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 to folder; podaj nazwę pliku do zapisania.</translation>
    </message>
    <message>
        <source>%1 is the project file %2 itself: nothing is written over it. Choose another file name.</source>
        <translation>%1 to sam plik projektu %2: nic nie zostanie na nim zapisane. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>%1 belongs to the project %2 (it holds its recent changes or its lock): nothing is written over it. Choose another file name.</source>
        <translation>%1 należy do projektu %2 (przechowuje jego ostatnie zmiany lub blokadę): nic nie zostanie na nim zapisane. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>%1 is part of a project (its log or its lock): nothing is written over it. Choose another file name.</source>
        <translation>%1 jest częścią projektu (jego dziennikiem lub blokadą): nic nie zostanie na nim zapisane. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>%1 is an Osiedle project file: an export, a report or a printout never replaces one. Choose another file name.</source>
        <translation>%1 to plik projektu Osiedle: eksport, raport ani wydruk nigdy go nie zastępuje. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Nie można zapisać pliku %1: folder %2 nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). The file may be open in another program (for example Excel) or be read-only: close it there, or choose another file name, and try again.</source>
        <translation>Nie można zapisać pliku %1 (%2). Plik może być otwarty w innym programie (na przykład w Excelu) albo być tylko do odczytu: zamknij go tam lub wybierz inną nazwę pliku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Nie można pisać na standardowe wyjście: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened.</source>
        <translation>Nie można zapisać pliku %1: nie został otwarty.</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>plik jest tylko do odczytu</translation>
    </message>
</context>
<context>
    <name>ParticipantCompleteness</name>
    <message>
        <source>first name and surname</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>PESEL (or the no-PESEL flag)</source>
        <translation>PESEL (lub oznaczenie „brak PESEL”)</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>płeć</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <source>education</source>
        <translation>wykształcenie</translation>
    </message>
    <message>
        <source>address: gmina (TERYT)</source>
        <translation>adres: gmina (TERYT)</translation>
    </message>
    <message>
        <source>address: locality and postal code</source>
        <translation>adres: miejscowość i kod pocztowy</translation>
    </message>
    <message>
        <source>labour-market status</source>
        <translation>status na rynku pracy</translation>
    </message>
    <message>
        <source>consent to data processing</source>
        <translation>zgoda na przetwarzanie danych osobowych</translation>
    </message>
    <message>
        <source>contact (phone, mobile or e-mail)</source>
        <translation>dane kontaktowe (telefon, komórka lub e-mail)</translation>
    </message>
</context>
<context>
    <name>ParticipantExport</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>ParticipantExportDialog</name>
    <message>
        <source>Export participant monitoring data</source>
        <translation>Eksport danych uczestników do monitoringu</translation>
    </message>
    <message>
        <source>One row per participant with the columns of the funder&apos;s participant form. Leave the period empty to export everyone; with a period, those whose participation started in it.</source>
        <translation>Jeden wiersz na uczestnika, z kolumnami formularza danych uczestników instytucji finansującej. Bez okresu eksportowani są wszyscy; z okresem — osoby, które rozpoczęły w nim udział.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Rozpoczęli od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Leave out the participants with incomplete data</source>
        <translation>Pomiń uczestników z niekompletnymi danymi</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>Eksportuj do XLSX…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Eksportuj do CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Give both dates of the period (DD.MM.YYYY), the first not after the second.</source>
        <translation>Podaj obie daty okresu (DD.MM.RRRR); pierwsza nie może być późniejsza niż druga.</translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation>%1 — brakuje: %2</translation>
    </message>
    <message>
        <source>Every participant selected has complete monitoring data.</source>
        <translation>Wszyscy wybrani uczestnicy mają kompletne dane do monitoringu.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) with incomplete monitoring data:</source>
        <translation>
            <numerusform>Uczestnicy z niekompletnymi danymi do monitoringu (%n):</numerusform>
            <numerusform>Uczestnicy z niekompletnymi danymi do monitoringu (%n):</numerusform>
            <numerusform>Uczestnicy z niekompletnymi danymi do monitoringu (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano uczestników: %n do pliku %1.</numerusform>
            <numerusform>Zapisano uczestników: %n do pliku %1.</numerusform>
            <numerusform>Zapisano uczestników: %n do pliku %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ParticipantFilterBar</name>
    <message>
        <source>Data incomplete</source>
        <translation>Niepełne dane</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystkich</translation>
    </message>
    <message>
        <source>Only the participants whose monitoring data is incomplete</source>
        <translation>Tylko uczestnicy z niepełnymi danymi monitoringowymi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>All housing cooperatives</source>
        <translation>Wszystkie SM</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Wszystkie zajęcia</translation>
    </message>
</context>
<context>
    <name>ParticipantFlow</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Osoba bezrobotna</translation>
    </message>
    <message>
        <source>of whom long-term unemployed</source>
        <translation>w tym osoby długotrwale bezrobotne</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Osoba nieaktywna zawodowo</translation>
    </message>
    <message>
        <source>of whom in education or training</source>
        <translation>w tym osoby uczące się lub kształcące się</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Osoba zatrudniona</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Participant: %1</source>
        <translation>Uczestnik: %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 cyfr</translation>
    </message>
    <message>
        <source>No PESEL (foreigner): sex and birth date are typed</source>
        <translation>Brak numeru PESEL (cudzoziemiec): płeć i datę urodzenia wpisuje się ręcznie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— nie podano —</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation>NN-NNN</translation>
    </message>
    <message>
        <source>Gmina (TERYT)</source>
        <translation>Gmina (TERYT)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Dziedzina</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Telefon stacjonarny</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Labour market and recruitment</source>
        <translation>Rynek pracy i rekrutacja</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation>Zagrożenie eksmisją</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <source>Labour-market status at entry</source>
        <translation>Status na rynku pracy w chwili przystąpienia</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Bezrobotny od</translation>
    </message>
    <message>
        <source>Tenant of (SM)</source>
        <translation>Lokator spółdzielni (SM)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Skierowanie</translation>
    </message>
    <message>
        <source>Referring institution</source>
        <translation>Instytucja kierująca</translation>
    </message>
    <message>
        <source>Arrears at entry (zł)</source>
        <translation>Zaległości przy przystąpieniu (zł)</translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation>Data rekrutacji</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Zgoda na przetwarzanie danych osobowych</translation>
    </message>
    <message>
        <source>Participation declaration</source>
        <translation>Deklaracja uczestnictwa</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Udział w projekcie</translation>
    </message>
    <message>
        <source>— still taking part —</source>
        <translation>— nadal uczestniczy —</translation>
    </message>
    <message>
        <source>Start (first support received)</source>
        <translation>Rozpoczęcie (pierwsze otrzymane wsparcie)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Przyczyna przerwania udziału</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>no support received yet</source>
        <translation>jeszcze bez wsparcia</translation>
    </message>
    <message>
        <source>(choose the gmina)</source>
        <translation>(wybierz gminę)</translation>
    </message>
    <message>
        <source>Monitoring data complete.</source>
        <translation>Dane do monitoringu są kompletne.</translation>
    </message>
    <message>
        <source>Missing monitoring data: %1</source>
        <translation>Brakujące dane do monitoringu: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation>Dodanie uczestnika %1</translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation>Zmiana danych uczestnika %1</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Ten uczestnik już nie istnieje.</translation>
    </message>
    <message>
        <source>Delete participant %1</source>
        <translation>Usunięcie uczestnika %1</translation>
    </message>
    <message>
        <source>The participant card has unsaved changes. Save them?</source>
        <translation>Karta uczestnika ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>Osoba niepełnosprawna</translation>
    </message>
    <message>
        <source>Belongs to a national or ethnic minority</source>
        <translation>Należy do mniejszości narodowej lub etnicznej</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The day the person withdrew the consent to data processing; empty while the consent stands.</source>
        <translation>Dzień, w którym osoba cofnęła zgodę na przetwarzanie danych; puste, dopóki zgoda obowiązuje.</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Zgoda cofnięta dnia</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>expected one of: %1</source>
        <translation>oczekiwano jednej z wartości: %1</translation>
    </message>
    <message>
        <source>no housing cooperative of this name is recorded</source>
        <translation>w bazie nie ma spółdzielni mieszkaniowej o tej nazwie</translation>
    </message>
    <message>
        <source>no OPS or PUP of this name is recorded</source>
        <translation>w bazie nie ma OPS ani PUP o tej nazwie</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>the column is missing (expected &quot;%1&quot; or &quot;%2&quot;)</source>
        <translation>brak kolumny (oczekiwano „%1” lub „%2”)</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Plik ma nagłówek, ale nie zawiera żadnych wierszy.</translation>
    </message>
    <message>
        <source>the row has %1 of %2 columns (it is cut short)</source>
        <translation>wiersz ma %1 z %2 kolumn (jest ucięty)</translation>
    </message>
    <message>
        <source>already recorded for %1</source>
        <translation>już zapisany dla osoby: %1</translation>
    </message>
    <message>
        <source>the same PESEL as in row %1</source>
        <translation>ten sam PESEL co w wierszu %1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Niczego nie zaimportowano: liczba błędów w pliku: %n.</numerusform>
            <numerusform>Niczego nie zaimportowano: liczba błędów w pliku: %n.</numerusform>
            <numerusform>Niczego nie zaimportowano: liczba błędów w pliku: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Niczego nie zaimportowano: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give a start of participation. The start is the first support recorded (an attended session or a consultation), so these dates are kept only to be compared with it: until the support is recorded, and wherever it differs, the report&apos;s data quality lists the person.</source>
        <translation>
            <numerusform>%n wiersz podaje datę rozpoczęcia udziału. Rozpoczęciem jest pierwsze odnotowane wsparcie (obecność na zajęciach lub porada), więc ta data jest zachowana tylko do porównania z nim: dopóki wsparcie nie zostanie odnotowane, a także gdy data się różni, sekcja jakości danych raportu wymienia tę osobę.</numerusform>
            <numerusform>%n wiersze podają datę rozpoczęcia udziału. Rozpoczęciem jest pierwsze odnotowane wsparcie (obecność na zajęciach lub porada), więc te daty są zachowane tylko do porównania z nim: dopóki wsparcie nie zostanie odnotowane, a także gdy data się różni, sekcja jakości danych raportu wymienia daną osobę.</numerusform>
            <numerusform>%n wierszy podaje datę rozpoczęcia udziału. Rozpoczęciem jest pierwsze odnotowane wsparcie (obecność na zajęciach lub porada), więc te daty są zachowane tylko do porównania z nim: dopóki wsparcie nie zostanie odnotowane, a także gdy data się różni, sekcja jakości danych raportu wymienia daną osobę.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check of the file was cancelled: nothing was imported.</source>
        <translation>Sprawdzanie pliku przerwano: nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Import przerwano: nic nie zostało zaimportowane.</translation>
    </message>
</context>
<context>
    <name>ParticipantImport::Problem</name>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>row %1, column %2, value &quot;%3&quot;: %4</source>
        <translation>wiersz %1, kolumna %2, wartość „%3”: %4</translation>
    </message>
</context>
<context>
    <name>ParticipantImportWizard</name>
    <message>
        <source>Import participants</source>
        <translation>Import uczestników</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with one participant per row. The first row names the columns; the next step lets you match them to the fields.</source>
        <translation>Wybierz plik CSV lub XLSX, w którym każdy wiersz to jeden uczestnik. Pierwszy wiersz zawiera nazwy kolumn; w następnym kroku przyporządkujesz je do pól.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabele (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Match the columns of the file to the fields:</source>
        <translation>Przyporządkuj kolumny pliku do pól:</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Kolumna pliku</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Pierwsza wartość</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Podgląd pierwszych wierszy:</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Sprawdź wiersze</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Wróć do kolumn</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Importuj tylko poprawne wiersze</translation>
    </message>
    <message>
        <source>Import all rows</source>
        <translation>Importuj wszystkie wiersze</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— nie importuj —</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are valid and can be imported.</source>
        <translation>
            <numerusform>Wszystkie wiersze są poprawne i można je zaimportować (liczba wierszy: %n).</numerusform>
            <numerusform>Wszystkie wiersze są poprawne i można je zaimportować (liczba wierszy: %n).</numerusform>
            <numerusform>Wszystkie wiersze są poprawne i można je zaimportować (liczba wierszy: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems (listed below); %3 rows are valid. Correct the file and choose it again, or import only the valid rows.</source>
        <translation>Błędy w %1 z %2 wierszy (lista poniżej); poprawnych wierszy: %3. Popraw plik i wybierz go ponownie albo zaimportuj tylko poprawne wiersze.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
            <numerusform>Zaimportowano uczestników: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the corrected file again</source>
        <translation>Wczytaj ponownie poprawiony plik</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Sprawdzanie wierszy…</translation>
    </message>
    <message>
        <source>Importing the participants…</source>
        <translation>Importowanie uczestników…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex: woman</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex: man</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>data missing</source>
        <translation>braki danych</translation>
    </message>
    <message>
        <source>Missing: %1. The person does not count in the indicators until this is filled in.</source>
        <translation>Brakuje: %1. Do czasu uzupełnienia osoba nie jest liczona we wskaźnikach.</translation>
    </message>
    <message>
        <source>Start of participation: the day of the first support received</source>
        <translation>Rozpoczęcie udziału: dzień otrzymania pierwszego wsparcia</translation>
    </message>
    <message>
        <source>F: woman, M: man</source>
        <translation>K: kobieta, M: mężczyzna</translation>
    </message>
    <message>
        <source>Whether the mandatory monitoring data of the participant is complete</source>
        <translation>Czy obowiązkowe dane uczestnika do monitoringu są kompletne</translation>
    </message>
    <message>
        <source>Age at the start of participation (today for those who have not started yet)</source>
        <translation>Wiek w dniu rozpoczęcia udziału (dzisiejszy dla osób, które jeszcze nie rozpoczęły udziału)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekrutacja</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
</context>
<context>
    <name>ParticipantListSection</name>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Search by surname, first name or PESEL</source>
        <translation>Szukaj według nazwiska, imienia lub numeru PESEL</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Recruitment…</source>
        <translation>Rekrutacja…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Monitoring export…</source>
        <translation>Eksport do monitoringu…</translation>
    </message>
    <message>
        <source>participants.xlsx</source>
        <translation>uczestnicy.xlsx</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Usuwanie uczestnika</translation>
    </message>
    <message>
        <source>Delete the selected participant? Ctrl+Z brings them back.</source>
        <translation>Usunąć zaznaczonego uczestnika? Ctrl+Z przywróci usunięte dane.</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Uczestnicy: %1</translation>
    </message>
    <message>
        <source>Participants: %1 of %2</source>
        <translation>Uczestnicy: %1 z %2</translation>
    </message>
    <message>
        <source>The candidates and participants of the project will be listed here: the tenants recruited with their data, recruitment status and support.</source>
        <translation>Tu pojawią się kandydaci i uczestnicy projektu: zrekrutowani lokatorzy z ich danymi, statusem rekrutacji i otrzymanym wsparciem.</translation>
    </message>
    <message>
        <source>Add a participant…</source>
        <translation>Dodaj uczestnika…</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importuj z arkusza…</translation>
    </message>
    <message>
        <source>Person&apos;s data…</source>
        <translation>Dane osoby…</translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation>Usuń na żądanie…</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>%n course enrolment(s)</source>
        <translation>zapisy na kursy: %n</translation>
    </message>
    <message>
        <source>%n attendance mark(s)</source>
        <translation>wpisy obecności: %n</translation>
    </message>
    <message>
        <source>%n consultation(s)</source>
        <translation>porady: %n</translation>
    </message>
    <message>
        <source>%n social cooperative membership(s)</source>
        <translation>członkostwa w spółdzielniach socjalnych: %n</translation>
    </message>
    <message>
        <source>%n employment record(s)</source>
        <translation>zatrudnienia: %n</translation>
    </message>
    <message>
        <source>%n day(s) of work logged</source>
        <translation>dni zapisanej pracy: %n</translation>
    </message>
    <message>
        <source>%n debt account(s)</source>
        <translation>konta zadłużenia: %n</translation>
    </message>
    <message>
        <source>%n eviction case(s)</source>
        <translation>sprawy eksmisyjne: %n</translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation>zgłoszenia konkursowe: %n</translation>
    </message>
    <message>
        <source>%n event attendance(s)</source>
        <translation>udziały w wydarzeniach: %n</translation>
    </message>
    <message>
        <source>%n questionnaire form(s)</source>
        <translation>formularze ankiet: %n</translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>First name is required.</source>
        <translation>Imię jest wymagane.</translation>
    </message>
    <message>
        <source>Surname is required.</source>
        <translation>Nazwisko jest wymagane.</translation>
    </message>
    <message>
        <source>PESEL is required (or mark the person as having no PESEL).</source>
        <translation>PESEL jest wymagany (albo zaznacz, że osoba nie ma numeru PESEL).</translation>
    </message>
    <message>
        <source>Sex is required for a person without PESEL.</source>
        <translation>Dla osoby bez numeru PESEL należy podać płeć.</translation>
    </message>
    <message>
        <source>Birth date is required for a person without PESEL.</source>
        <translation>Dla osoby bez numeru PESEL należy podać datę urodzenia.</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>Data urodzenia %1 jest w przyszłości.</translation>
    </message>
    <message>
        <source>E-mail %1 is not an address.</source>
        <translation>%1 nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>Arrears at entry cannot be negative.</source>
        <translation>Zaległości przy przystąpieniu nie mogą być ujemne.</translation>
    </message>
    <message>
        <source>The participation cannot end before it started (%1).</source>
        <translation>Udział nie może zakończyć się przed jego rozpoczęciem (%1).</translation>
    </message>
    <message>
        <source>An end date is required when the participation has ended.</source>
        <translation>Jeśli udział się zakończył, podaj datę zakończenia.</translation>
    </message>
    <message>
        <source>Give the reason for dropping out.</source>
        <translation>Podaj przyczynę przerwania udziału.</translation>
    </message>
    <message>
        <source>PESEL %1 is already recorded for %2.</source>
        <translation>PESEL %1 jest już zapisany dla osoby: %2.</translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation>Ta spółdzielnia mieszkaniowa już nie istnieje.</translation>
    </message>
    <message>
        <source>The referring institution no longer exists.</source>
        <translation>Instytucja kierująca już nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is not a %2.</source>
        <translation>%1 to nie jest: %2.</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Ten uczestnik już nie istnieje.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: used by %2.</source>
        <translation>Nie można usunąć: %1 — powiązane dane: %2.</translation>
    </message>
    <message>
        <source>The project&apos;s details are not recorded in this file yet.</source>
        <translation>W tym pliku nie zapisano jeszcze danych projektu.</translation>
    </message>
    <message>
        <source>PESEL %1 gives the birth date %2, after the day of entry %3: nobody is recruited before being born.</source>
        <translation>PESEL %1 wskazuje datę urodzenia %2, późniejszą niż dzień przystąpienia %3: nikt nie jest rekrutowany przed urodzeniem.</translation>
    </message>
    <message>
        <source>Birth date %1 is after the day of entry %2: nobody is recruited before being born.</source>
        <translation>Data urodzenia %1 jest późniejsza niż dzień przystąpienia %2: nikt nie jest rekrutowany przed urodzeniem.</translation>
    </message>
    <message>
        <source>Say how the participation ended (completed as planned or dropped out), or clear the end date.</source>
        <translation>Wskaż, jak zakończył się udział (zgodnie ze ścieżką lub przerwany), albo usuń datę zakończenia.</translation>
    </message>
    <message>
        <source>A consent can be withdrawn only when the date it was given is recorded.</source>
        <translation>Zgodę można cofnąć tylko wtedy, gdy zapisano datę jej udzielenia.</translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn (%1) before it was given (%2).</source>
        <translation>Zgody nie można cofnąć (%1) przed jej udzieleniem (%2).</translation>
    </message>
    <message>
        <source>The withdrawal of the consent (%1) is in the future.</source>
        <translation>Data cofnięcia zgody (%1) jest w przyszłości.</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation>Odpowiada za</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cyfr</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 lub 14 cyfr</translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation>imię i nazwisko, telefon, e-mail</translation>
    </message>
    <message>
        <source>e.g. recruitment of housing cooperatives</source>
        <translation>np. rekrutacja spółdzielni mieszkaniowych</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Rola w projekcie</translation>
    </message>
    <message>
        <source>KRS</source>
        <translation>KRS</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba do kontaktu</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>Zmiana danych partnera %1</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>Dodanie partnera %1</translation>
    </message>
    <message>
        <source>Remove partner %1</source>
        <translation>Usunięcie partnera %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the password to the clipboard</source>
        <translation>Kopiuje hasło do schowka</translation>
    </message>
    <message>
        <source>The password is shown only now and is not kept anywhere. Without it the file cannot be opened.</source>
        <translation>Hasło jest pokazywane tylko teraz i nie jest nigdzie zapisywane. Bez niego pliku nie da się otworzyć.</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>Hasło zanotowane</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>PeriodPlan</name>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would become period no. %2: unlock it first, or keep the project&apos;s start.</source>
        <translation>Okres %1 jest zablokowany (wniosek o płatność został wysłany) i stałby się okresem nr %2: najpierw go odblokuj albo zachowaj początek projektu.</translation>
    </message>
    <message>
        <source>no. %1 (%2 – %3)</source>
        <translation>nr %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>  period %1 is removed</source>
        <translation>  okres %1 zostanie usunięty</translation>
    </message>
    <message>
        <source>  period %1 becomes no. %2</source>
        <translation>  okres %1 otrzyma nr %2</translation>
    </message>
    <message>
        <source>  period %1 gets the claim number %2</source>
        <translation>  okres %1 otrzyma numer wniosku %2</translation>
    </message>
    <message>
        <source>  period %1 becomes %2</source>
        <translation>  okres %1 zmieni się na %2</translation>
    </message>
    <message>
        <source>  period %1 is added</source>
        <translation>  zostanie dodany okres %1</translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would fall outside the project&apos;s new dates: unlock it first, or choose dates that include it.</source>
        <translation>Okres %1 jest zablokowany (wniosek o płatność został wysłany) i znalazłby się poza nowymi datami projektu: najpierw go odblokuj albo wybierz daty, które go obejmują.</translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would be cut by the project&apos;s new dates: unlock it first, or choose dates that include it.</source>
        <translation>Okres %1 jest zablokowany (wniosek o płatność został wysłany), a nowe daty projektu by go skróciły: najpierw go odblokuj albo wybierz daty, które go obejmują.</translation>
    </message>
    <message>
        <source>A reporting period lasts from 1 to 24 months, not %1.</source>
        <translation>Okres rozliczeniowy trwa od 1 do 24 miesięcy, nie %1.</translation>
    </message>
    <message>
        <source>The claim number pattern &quot;%1&quot; has no {n} where the period&apos;s number goes, so every claim would get the same number.</source>
        <translation>Wzór numeru wniosku „%1” nie zawiera {n} w miejscu numeru okresu, więc każdy wniosek dostałby ten sam numer.</translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and lies outside the project&apos;s dates: unlock it first, or change the project&apos;s dates.</source>
        <translation>Okres %1 jest zablokowany (wniosek o płatność został wysłany) i leży poza datami projektu: najpierw go odblokuj albo zmień daty projektu.</translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Numer wniosku</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <source>e.g. WNP-POKL.07.02.02-14-045/11-{n} (empty: no claim numbers)</source>
        <translation>np. WNP-POKL.07.02.02-14-045/11-{n} (puste: bez numerów wniosków)</translation>
    </message>
    <message>
        <source>Generate periods…</source>
        <translation>Wygeneruj okresy…</translation>
    </message>
    <message>
        <source>Periods are generated over the project&apos;s dates: 3 months gives calendar quarters. Locked periods stay as they are. A period&apos;s notes and who prepared its report are edited in the Reports section.</source>
        <translation>Okresy powstają w datach projektu: 3 miesiące dają kwartały kalendarzowe. Zablokowane okresy pozostają bez zmian. Opisy okresu i osobę sporządzającą sprawozdanie zmienia się w sekcji Sprawozdania.</translation>
    </message>
    <message>
        <source>Length of a period</source>
        <translation>Długość okresu</translation>
    </message>
    <message>
        <source>Claim numbers ({n}: the period&apos;s number)</source>
        <translation>Numery wniosków ({n}: numer okresu)</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>The periods are already as asked: nothing to change.</source>
        <translation>Okresy już są takie: nie ma czego zmieniać.</translation>
    </message>
    <message>
        <source>Generate reporting periods</source>
        <translation>Generowanie okresów rozliczeniowych</translation>
    </message>
    <message>
        <source>The periods there are now would change:</source>
        <translation>Obecne okresy zmieniłyby się:</translation>
    </message>
    <message>
        <source>Replace the periods? (This can be undone.)</source>
        <translation>Zastąpić okresy? (Można to cofnąć.)</translation>
    </message>
    <message numerus="yes">
        <source>%n reporting period(s).</source>
        <translation>
            <numerusform>%n okres rozliczeniowy.</numerusform>
            <numerusform>%n okresy rozliczeniowe.</numerusform>
            <numerusform>%n okresów rozliczeniowych.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataCommand</name>
    <message>
        <source>Usage: osiedle-cli person-data FILE --participant ID -o OUT.pdf|OUT.json [--encrypt [--password-file FILE]]</source>
        <translation>Użycie: osiedle-cli person-data PLIK --participant ID -o WYJŚCIE.pdf|WYJŚCIE.json [--encrypt [--password-file PLIK]]</translation>
    </message>
    <message>
        <source>Give exactly one project FILE.</source>
        <translation>Podaj dokładnie jeden PLIK projektu.</translation>
    </message>
    <message>
        <source>Give the person with --participant ID (a record number), not &quot;%1&quot;.</source>
        <translation>Wskaż osobę przez --participant ID (numer rekordu), a nie „%1”.</translation>
    </message>
    <message>
        <source>Give the output file with -o OUT.pdf or -o OUT.json.</source>
        <translation>Podaj plik wynikowy: -o WYJŚCIE.pdf lub -o WYJŚCIE.json.</translation>
    </message>
    <message>
        <source>%1 holds no person with the record number %2.</source>
        <translation>W %1 nie ma osoby o numerze rekordu %2.</translation>
    </message>
    <message numerus="yes">
        <source>The data held about %1 (%n record(s)) is written to %2.</source>
        <translation>
            <numerusform>Dane o osobie %1 (%n rekord) zapisano do %2.</numerusform>
            <numerusform>Dane o osobie %1 (%n rekordy) zapisano do %2.</numerusform>
            <numerusform>Dane o osobie %1 (%n rekordów) zapisano do %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: osiedle-cli erase FILE --participant ID</source>
        <translation>Użycie: osiedle-cli erase PLIK --participant ID</translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation>Usunięto: %1.</translation>
    </message>
    <message>
        <source>The backup copies made earlier still hold the person&apos;s data until they are deleted.</source>
        <translation>Wcześniejsze kopie zapasowe zawierają dane tej osoby, dopóki nie zostaną usunięte.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli anonymise FILE</source>
        <translation>Użycie: osiedle-cli anonymise PLIK</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised in %1. Delete the older backup copies: they still hold the data.</source>
        <translation>
            <numerusform>Zanonimizowano %n osobę w %1. Usuń starsze kopie zapasowe: nadal zawierają dane.</numerusform>
            <numerusform>Zanonimizowano %n osoby w %1. Usuń starsze kopie zapasowe: nadal zawierają dane.</numerusform>
            <numerusform>Zanonimizowano %n osób w %1. Usuń starsze kopie zapasowe: nadal zawierają dane.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataDocument</name>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dane osobowe przechowywane o osobie: %1</translation>
    </message>
    <message>
        <source>Everything the project file holds about the person on %1 (record number %2).</source>
        <translation>Wszystko, co plik projektu zawiera o tej osobie, stan na %1 (numer rekordu %2).</translation>
    </message>
    <message>
        <source>Controller of the data: %1. Purpose: carrying out and monitoring the project &quot;%2&quot; (contract %3). The documents are kept until %4.</source>
        <translation>Administrator danych: %1. Cel: realizacja i monitorowanie projektu „%2” (umowa %3). Dokumenty są przechowywane do %4.</translation>
    </message>
    <message>
        <source>the end of the archiving obligation</source>
        <translation>końca obowiązku archiwizacji</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>Change history of the records</source>
        <translation>Historia zmian rekordów</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Tej osoby już nie ma w pliku.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>No change to these records is recorded.</source>
        <translation>Nie odnotowano zmian tych rekordów.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
</context>
<context>
    <name>PersonDataReport</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>PersonRecordsRepository</name>
    <message>
        <source>Record number</source>
        <translation>Numer rekordu</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>No PESEL</source>
        <translation>Brak numeru PESEL</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <source>Gmina</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation>Kod TERYT</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Nr budynku</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefon komórkowy</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Labour-market status at entry</source>
        <translation>Status na rynku pracy przy przystąpieniu</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Bezrobotny od</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation>Mniejszość narodowa lub etniczna</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <source>Tenant of (SM, record number)</source>
        <translation>Lokator SM (numer rekordu)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Skierowany przez</translation>
    </message>
    <message>
        <source>Referring institution (record number)</source>
        <translation>Instytucja kierująca (numer rekordu)</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zaległości przy przystąpieniu</translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation>Zagrożony eksmisją</translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation>Data rekrutacji</translation>
    </message>
    <message>
        <source>Recruitment decision</source>
        <translation>Decyzja rekrutacyjna</translation>
    </message>
    <message>
        <source>Decision of</source>
        <translation>Data decyzji</translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation>Uzasadnienie decyzji</translation>
    </message>
    <message>
        <source>Eligibility criteria not met</source>
        <translation>Niespełnione kryteria</translation>
    </message>
    <message>
        <source>Recruitment score</source>
        <translation>Punkty rekrutacyjne</translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation>Zgoda na przetwarzanie danych</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Zgoda cofnięta dnia</translation>
    </message>
    <message>
        <source>Participation declaration</source>
        <translation>Deklaracja uczestnictwa</translation>
    </message>
    <message>
        <source>Participation start</source>
        <translation>Rozpoczęcie udziału</translation>
    </message>
    <message>
        <source>Start given by an import</source>
        <translation>Rozpoczęcie podane w imporcie</translation>
    </message>
    <message>
        <source>Participation end</source>
        <translation>Zakończenie udziału</translation>
    </message>
    <message>
        <source>Participation ended</source>
        <translation>Sposób zakończenia udziału</translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation>Powód przerwania udziału</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation>Rekord osoby</translation>
    </message>
</context>
<context>
    <name>PersonRightsActions</name>
    <message>
        <source>The document cannot be drawn.</source>
        <translation>Nie można przygotować dokumentu.</translation>
    </message>
    <message>
        <source>Person&apos;s data</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Tej osoby już nie ma w pliku.</translation>
    </message>
    <message>
        <source>personal-data-%1</source>
        <translation>dane-osoby-%1</translation>
    </message>
    <message>
        <source>Save the person&apos;s data</source>
        <translation>Zapisz dane osoby</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Dane osobowe przechowywane o osobie: %1</translation>
    </message>
    <message numerus="yes">
        <source>The data held about %1 (%n record(s)) is saved in %2.</source>
        <translation>
            <numerusform>Dane o osobie %1 (%n rekord) zapisano w %2.</numerusform>
            <numerusform>Dane o osobie %1 (%n rekordy) zapisano w %2.</numerusform>
            <numerusform>Dane o osobie %1 (%n rekordów) zapisano w %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation>Usuń dane osoby</translation>
    </message>
    <message>
        <source>Erase at the person&apos;s request? This removes for good:
%1

This cannot be undone. Backup copies made earlier still hold the data until they are deleted.</source>
        <translation>Usunąć na żądanie osoby? Zostaną trwale usunięte:
%1

Tego nie można cofnąć. Wcześniejsze kopie zapasowe zawierają te dane, dopóki nie zostaną usunięte.</translation>
    </message>
    <message>
        <source>The person&apos;s data is erased.</source>
        <translation>Dane osoby zostały usunięte.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizacja</translation>
    </message>
    <message>
        <source>Anonymise every person in this project? Names, PESEL numbers, addresses, contacts and notes are replaced for good; sex, age, area, education, labour status and every event stay, so the indicators and the locked reports do not change.

This cannot be undone. Save a backup copy first if you may still need the data, and delete the older backup copies afterwards: they still hold it.</source>
        <translation>Zanonimizować wszystkie osoby w tym projekcie? Imiona i nazwiska, numery PESEL, adresy, kontakty i uwagi zostaną trwale zastąpione; płeć, wiek, obszar, wykształcenie, status na rynku pracy i wszystkie zdarzenia zostają, więc wskaźniki i zablokowane sprawozdania się nie zmienią.

Tego nie można cofnąć. Jeśli dane mogą być jeszcze potrzebne, najpierw zapisz kopię zapasową, a potem usuń starsze kopie: nadal je zawierają.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation>
            <numerusform>Zanonimizowano %n osobę.</numerusform>
            <numerusform>Zanonimizowano %n osoby.</numerusform>
            <numerusform>Zanonimizowano %n osób.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataService</name>
    <message>
        <source>%n attendance mark(s)</source>
        <translation>wpisy obecności: %n</translation>
    </message>
    <message>
        <source>%n course enrolment(s)</source>
        <translation>zapisy na kursy: %n</translation>
    </message>
    <message>
        <source>%n consultation(s)</source>
        <translation>porady: %n</translation>
    </message>
    <message>
        <source>%n social cooperative membership(s)</source>
        <translation>członkostwa w spółdzielniach socjalnych: %n</translation>
    </message>
    <message>
        <source>%n employment record(s)</source>
        <translation>zatrudnienia: %n</translation>
    </message>
    <message>
        <source>%n day(s) of work logged</source>
        <translation>dni pracy w ewidencji: %n</translation>
    </message>
    <message>
        <source>%n eviction case(s) with their stages</source>
        <translation>sprawy eksmisyjne z ich etapami: %n</translation>
    </message>
    <message>
        <source>%n debt account(s) with their entries and instalment plans</source>
        <translation>konta zadłużenia z zapisami i ugodami ratalnymi: %n</translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation>zgłoszenia do konkursu: %n</translation>
    </message>
    <message>
        <source>%n event attendance(s)</source>
        <translation>udział w wydarzeniach: %n</translation>
    </message>
    <message>
        <source>%n questionnaire form(s) with their answers</source>
        <translation>ankiety z odpowiedziami: %n</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Tej osoby już nie ma w pliku.</translation>
    </message>
    <message>
        <source>%1 is a participant of the project (support received since %2). A participant&apos;s documents must be kept until the date of the archiving obligation, and the project has none set: set &quot;Keep documents until&quot; in the project settings.</source>
        <translation>%1 jest uczestnikiem projektu (otrzymuje wsparcie od %2). Dokumenty uczestnika trzeba przechowywać do daty końca obowiązku archiwizacji, a projekt nie ma jej ustawionej: ustaw „Przechowuj dokumenty do” w ustawieniach projektu.</translation>
    </message>
    <message>
        <source>%1 is a participant of the project (support received since %2): the project&apos;s documents must be kept until %3, so the person&apos;s data cannot be erased before then.</source>
        <translation>%1 jest uczestnikiem projektu (otrzymuje wsparcie od %2): dokumenty projektu trzeba przechowywać do %3, więc danych tej osoby nie można usunąć przed tym dniem.</translation>
    </message>
    <message>
        <source>the personal record of %1 (name, PESEL, address, contacts, recruitment, notes)</source>
        <translation>rekord osoby %1 (imię i nazwisko, PESEL, adres, kontakty, rekrutacja, uwagi)</translation>
    </message>
    <message>
        <source>The project has no date until which its documents are kept: set &quot;Keep documents until&quot; in the project settings first. The persons can be anonymised after that day.</source>
        <translation>Projekt nie ma daty, do której przechowuje się jego dokumenty: najpierw ustaw „Przechowuj dokumenty do” w ustawieniach projektu. Osoby można zanonimizować po tym dniu.</translation>
    </message>
    <message>
        <source>The project&apos;s documents must be kept until %1: the persons can be anonymised after that day.</source>
        <translation>Dokumenty projektu trzeba przechowywać do %1: osoby można zanonimizować po tym dniu.</translation>
    </message>
</context>
<context>
    <name>Pesel</name>
    <message>
        <source>PESEL is empty</source>
        <translation>PESEL jest pusty</translation>
    </message>
    <message>
        <source>PESEL %1: must have 11 digits, has %2</source>
        <translation>PESEL %1: musi mieć 11 cyfr, a ma %2</translation>
    </message>
    <message>
        <source>PESEL %1: only digits are allowed</source>
        <translation>PESEL %1: dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>PESEL %1: month %2 does not exist</source>
        <translation>PESEL %1: miesiąc %2 nie istnieje</translation>
    </message>
    <message>
        <source>PESEL %1: the birth date %2-%3-%4 does not exist</source>
        <translation>PESEL %1: data urodzenia %2-%3-%4 nie istnieje</translation>
    </message>
    <message>
        <source>PESEL %1: wrong check digit</source>
        <translation>PESEL %1: błędna cyfra kontrolna</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Data spłaty</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległość</translation>
    </message>
    <message>
        <source>Sign an agreement…</source>
        <translation>Zawrzyj ugodę…</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Ustaw stan</translation>
    </message>
    <message>
        <source>Print schedule…</source>
        <translation>Drukuj harmonogram…</translation>
    </message>
    <message>
        <source>Schedule as PDF…</source>
        <translation>Harmonogram do PDF…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>No instalment agreement signed.</source>
        <translation>Nie zawarto ugody ratalnej.</translation>
    </message>
    <message>
        <source>Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7 — %8.</source>
        <translation>Ugoda z dnia %1 na kwotę %2 w %3 ratach (%4). Na dzień %5: wpłacono %6, zaległość %7 — %8.</translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation>Ugoda ratalna</translation>
    </message>
    <message>
        <source>Sign instalment agreement</source>
        <translation>Zawarcie ugody ratalnej</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Agreement status: %1</source>
        <translation>Stan ugody: %1</translation>
    </message>
    <message>
        <source>Print schedule</source>
        <translation>Drukowanie harmonogramu</translation>
    </message>
    <message>
        <source>Save the schedule as PDF</source>
        <translation>Zapisz harmonogram jako PDF</translation>
    </message>
    <message>
        <source>schedule-%1.pdf</source>
        <translation>harmonogram-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>instalment-schedule.xlsx</source>
        <translation>harmonogram-splat.xlsx</translation>
    </message>
    <message>
        <source>Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7.</source>
        <translation>Ugoda z dnia %1 na kwotę %2 w %3 ratach (%4). Na dzień %5: wpłacono %6, zaległość %7.</translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>Postal code is empty</source>
        <translation>Kod pocztowy jest pusty</translation>
    </message>
    <message>
        <source>Postal code %1: write it as two digits, a hyphen and three digits (NN-NNN)</source>
        <translation>Kod pocztowy %1: wpisz dwie cyfry, łącznik i trzy cyfry (NN-NNN)</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Give the project FILE and the kind of document.</source>
        <translation>Podaj PLIK projektu i rodzaj dokumentu.</translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot;; choose one of: %2.</source>
        <translation>Nieznany dokument „%1”; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>--course must be the id of a course, not &quot;%1&quot;.</source>
        <translation>--course musi być identyfikatorem kursu, a nie „%1”.</translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation>Podaj plik PDF do zapisania: -o WYNIK.pdf.</translation>
    </message>
    <message>
        <source>%1 written: %2 pages.</source>
        <translation>Zapisano %1: stron %2.</translation>
    </message>
    <message>
        <source>--coop must be the id of a social cooperative, not &quot;%1&quot;.</source>
        <translation>--coop musi być identyfikatorem spółdzielni socjalnej, a nie „%1”.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 musi być datą w postaci RRRR-MM-DD, a nie „%2”.</translation>
    </message>
    <message>
        <source>There is no competition with id %1.</source>
        <translation>Nie ma konkursu o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>There is no study trip or conference with id %1.</source>
        <translation>Nie ma wizyty studyjnej ani konferencji o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>%1 is not an option of the %2 document.</source>
        <translation>%1 nie jest opcją dokumentu %2.</translation>
    </message>
    <message>
        <source>--competition must be the id of a competition, not &quot;%1&quot;.</source>
        <translation>--competition musi być identyfikatorem konkursu, a nie „%1”.</translation>
    </message>
    <message>
        <source>--event must be the id of a study trip or conference, not &quot;%1&quot;.</source>
        <translation>--event musi być identyfikatorem wizyty studyjnej lub konferencji, a nie „%1”.</translation>
    </message>
    <message>
        <source>--round must be the id of a round of a questionnaire or test, not &quot;%1&quot;.</source>
        <translation>--round musi być identyfikatorem pomiaru ankiety lub testu, a nie „%1”.</translation>
    </message>
    <message>
        <source>There is no work order with id %1.</source>
        <translation>Nie ma zlecenia o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli print FILE attendance-lists|certificates|course-summary --course ID -o OUT.pdf
       osiedle-cli print FILE coop-report --coop ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o OUT.pdf
       osiedle-cli print FILE competition-results|jury-sheet --competition ID -o OUT.pdf
       osiedle-cli print FILE event-list --event ID -o OUT.pdf
       osiedle-cli print FILE timeline [--to YYYY-MM-DD] -o OUT.pdf
       osiedle-cli print FILE work-order|protocol --order ID -o OUT.pdf
       osiedle-cli print FILE questionnaires --round ID -o OUT.pdf
  certificates and protocol take --signed-by NAME|ID (one of the office staff; default: the project&apos;s signatory)</source>
        <translation>Użycie: osiedle-cli print PLIK attendance-lists|certificates|course-summary --course ID -o WYNIK.pdf
       osiedle-cli print PLIK coop-report --coop ID [--from RRRR-MM-DD] [--to RRRR-MM-DD] -o WYNIK.pdf
       osiedle-cli print PLIK competition-results|jury-sheet --competition ID -o WYNIK.pdf
       osiedle-cli print PLIK event-list --event ID -o WYNIK.pdf
       osiedle-cli print PLIK timeline [--to RRRR-MM-DD] -o WYNIK.pdf
       osiedle-cli print PLIK work-order|protocol --order ID -o WYNIK.pdf
       osiedle-cli print PLIK questionnaires --round ID -o WYNIK.pdf
  certificates i protocol przyjmują --signed-by NAZWISKO|ID (pracownik biura; domyślnie osoba podpisująca projektu)</translation>
    </message>
    <message>
        <source>--order must be the id of a work order, not &quot;%1&quot;.</source>
        <translation>--order musi być identyfikatorem zlecenia, nie „%1”.</translation>
    </message>
    <message>
        <source>--signed-by: &quot;%1&quot; is not among the office staff.</source>
        <translation>--signed-by: „%1” nie jest pracownikiem biura projektu.</translation>
    </message>
</context>
<context>
    <name>PrintedIdentityTab</name>
    <message>
        <source>Remove the strip</source>
        <translation>Usuń pasek</translation>
    </message>
    <message>
        <source>Load the logo strip…</source>
        <translation>Wczytaj pasek logotypów…</translation>
    </message>
    <message>
        <source>Documents of a project co-financed by the European Union carry a strip of logos at the top of every page (the programme&apos;s, the EU&apos;s and the European Social Fund&apos;s, as the funder&apos;s rules show them). Load your own image of it: PNG, JPEG or SVG, about ten times as wide as high. It is kept inside the project file and printed on every document: reports, attendance lists, certificates, protocols and the others. Without it, the pages carry only the line with the project&apos;s title and contract number. The co-financing line at the foot of every page stays either way.</source>
        <translation>Dokumenty projektu współfinansowanego przez Unię Europejską mają u góry każdej strony pasek logotypów (programu, UE i Europejskiego Funduszu Społecznego, tak jak pokazują to zasady instytucji finansującej). Wczytaj własny obraz paska: PNG, JPEG lub SVG, mniej więcej dziesięć razy szerszy niż wyższy. Jest przechowywany w pliku projektu i drukowany na każdym dokumencie: sprawozdaniach, listach obecności, zaświadczeniach, protokołach i pozostałych. Bez niego strony mają tylko wiersz z tytułem projektu i numerem umowy. Wiersz o współfinansowaniu u dołu każdej strony pozostaje w obu przypadkach.</translation>
    </message>
    <message>
        <source>The top of each page:</source>
        <translation>Góra każdej strony:</translation>
    </message>
    <message>
        <source>(no logo strip)</source>
        <translation>(brak paska logotypów)</translation>
    </message>
    <message>
        <source>Load the logo strip</source>
        <translation>Wczytaj pasek logotypów</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.svg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Logo strip</source>
        <translation>Pasek logotypów</translation>
    </message>
    <message>
        <source>The logo strip is printed at the top of every page.</source>
        <translation>Pasek logotypów będzie drukowany u góry każdej strony.</translation>
    </message>
    <message>
        <source>Remove the logo strip</source>
        <translation>Usunięcie paska logotypów</translation>
    </message>
    <message>
        <source>Numbers of course certificates</source>
        <translation>Numery zaświadczeń o ukończeniu kursu</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Wzór</translation>
    </message>
    <message>
        <source>Certificate numbers</source>
        <translation>Numery zaświadczeń</translation>
    </message>
    <message>
        <source>{n}: the certificate&apos;s number within the course, {course}: the course&apos;s number, {year}: the year the course was completed. For example %1 gives &quot;%2&quot;.</source>
        <translation>{n}: numer zaświadczenia w ramach kursu, {course}: numer kursu, {year}: rok ukończenia kursu. Na przykład %1 daje „%2”.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation>Nie można ograniczyć dostępu do %1 tylko dla właściciela: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Nie można skopiować %1 do %2: %3</translation>
    </message>
    <message>
        <source>No folder for the program&apos;s own files is known on this computer.</source>
        <translation>Na tym komputerze nie ma znanego folderu na własne pliki programu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>ProductsDocuments</name>
    <message>
        <source>Competition results</source>
        <translation>Wyniki konkursu</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>Rozstrzygnięto %1</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n nagroda</numerusform>
            <numerusform>%n nagrody</numerusform>
            <numerusform>%n nagród</numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nominacja</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Score: the sum over jurors and criteria of points × the criterion&apos;s weight. Equal scores share a place.</source>
        <translation>Punktacja: suma punktów wszystkich członków jury ze wszystkich kryteriów, pomnożonych przez wagę kryterium. Równa liczba punktów oznacza miejsce ex aequo.</translation>
    </message>
    <message>
        <source>Jury scoring sheet</source>
        <translation>Karta oceny jury</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Juror: %1 (%2)</source>
        <translation>Członek jury: %1 (%2)</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategoria: %1</translation>
    </message>
    <message>
        <source>%1 (0–%2, weight %3)</source>
        <translation>%1 (0–%2, waga %3)</translation>
    </message>
    <message>
        <source>Date and juror&apos;s signature: ..............................................</source>
        <translation>Data i podpis członka jury: ..............................................</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>List of travellers</source>
        <translation>Lista uczestników wyjazdu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Uczestnicy wyjazdu</translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation>Uczestnicy projektu</translation>
    </message>
    <message>
        <source>Staff and guests</source>
        <translation>Personel i goście</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Attended: participants %1 (women %2, men %3), staff %4, guests %5.</source>
        <translation>Obecni: uczestnicy projektu %1 (kobiety %2, mężczyźni %3), personel %4, goście %5.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Nagroda</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Deliverables</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Study trip and conference</source>
        <translation>Wizyta studyjna i konferencja</translation>
    </message>
</context>
<context>
    <name>ProgramVersion</name>
    <message>
        <source>%1 (commit %2)</source>
        <comment>program version and the source code commit it was built from</comment>
        <translation>%1 (rewizja %2)</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>ProjectCommand</name>
    <message>
        <source>Usage: osiedle-cli project FILE show [--format text|json]
       osiedle-cli project FILE set KEY=VALUE… [--yes]   (logo=IMAGE.png|jpg|svg, logo= removes it)
       osiedle-cli project FILE add-partner name=… role=leader|partner [krs=… nip=… regon=… address=… contact=… responsibility=…]
       osiedle-cli project FILE add-staff name=… role=coordinator|finance|trainer|adviser|assistant|other [position=…]
       osiedle-cli project FILE add-day-off DATE REASON
       osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]</source>
        <translation>Użycie: osiedle-cli project PLIK show [--format text|json]
       osiedle-cli project PLIK set KLUCZ=WARTOŚĆ… [--yes]   (logo=OBRAZ.png|jpg|svg, logo= usuwa pasek)
       osiedle-cli project PLIK add-partner name=… role=leader|partner [krs=… nip=… regon=… address=… contact=… responsibility=…]
       osiedle-cli project PLIK add-staff name=… role=coordinator|finance|trainer|adviser|assistant|other [position=…]
       osiedle-cli project PLIK add-day-off DATA POWÓD
       osiedle-cli project PLIK periods [--months N] [--claims WZÓR] [--yes]</translation>
    </message>
    <message>
        <source>Give the project FILE and what to do.</source>
        <translation>Podaj PLIK projektu i co zrobić.</translation>
    </message>
    <message>
        <source>Give what to do with %1.</source>
        <translation>Podaj, co zrobić z plikiem %1.</translation>
    </message>
    <message>
        <source>Unknown: %1 (show, set, add-partner, add-staff, add-day-off or periods).</source>
        <translation>Nieznane polecenie: %1 (show, set, add-partner, add-staff, add-day-off lub periods).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>„%1” nie ma postaci KLUCZ=WARTOŚĆ.</translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation>--format to text albo json, nie „%1”.</translation>
    </message>
    <message>
        <source>show takes no %1.</source>
        <translation>show nie przyjmuje %1.</translation>
    </message>
    <message>
        <source>This file has no project details yet.</source>
        <translation>Ten plik nie ma jeszcze danych projektu.</translation>
    </message>
    <message>
        <source>(not chosen: %1 signs)</source>
        <translation>(nie wybrano: podpisuje %1)</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bajtów</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partnerzy: %1</translation>
    </message>
    <message>
        <source>Office staff: %1</source>
        <translation>Pracownicy biura: %1</translation>
    </message>
    <message>
        <source>Days off: %1</source>
        <translation>Dni wolne: %1</translation>
    </message>
    <message>
        <source>Reporting periods: %1</source>
        <translation>Okresy rozliczeniowe: %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>Give at least one KEY=VALUE to set.</source>
        <translation>Podaj co najmniej jedno KLUCZ=WARTOŚĆ do ustawienia.</translation>
    </message>
    <message>
        <source>Unknown setting: %1 (known: %2, logo)</source>
        <translation>Nieznane ustawienie: %1 (znane: %2, logo)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Nothing was changed; repeat with --yes to change the dates all the same.</source>
        <translation>Niczego nie zmieniono; powtórz z --yes, aby mimo to zmienić daty.</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsTab</name>
    <message>
        <source>Project title</source>
        <translation>Tytuł projektu</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Numer umowy</translation>
    </message>
    <message>
        <source>e.g. UDA-POKL.07.02.02-14-045/11</source>
        <translation>np. UDA-POKL.07.02.02-14-045/11</translation>
    </message>
    <message>
        <source>Operational programme</source>
        <translation>Program operacyjny</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficjent</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s address</source>
        <translation>Adres beneficjenta</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s NIP</source>
        <translation>NIP beneficjenta</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 cyfr</translation>
    </message>
    <message>
        <source>Beneficiary&apos;s REGON</source>
        <translation>REGON beneficjenta</translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation>9 lub 14 cyfr</translation>
    </message>
    <message>
        <source>Place of signing documents</source>
        <translation>Miejsce podpisywania dokumentów</translation>
    </message>
    <message>
        <source>e.g. Warszawa</source>
        <translation>np. Warszawa</translation>
    </message>
    <message>
        <source>Start of the project</source>
        <translation>Początek projektu</translation>
    </message>
    <message>
        <source>End of the project</source>
        <translation>Koniec projektu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Change the project&apos;s dates</source>
        <translation>Zmiana dat projektu</translation>
    </message>
    <message>
        <source>Change the dates to %1 – %2?</source>
        <translation>Zmienić daty na %1 – %2?</translation>
    </message>
    <message>
        <source>Reporting periods added: %1.</source>
        <translation>Dodano okresy rozliczeniowe: %1.</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Ustawienia projektu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>The archiving obligation of the funding contract: until this day no participant&apos;s record may be erased; after it the persons can be anonymised (File › Anonymise…).</source>
        <translation>Obowiązek archiwizacji z umowy o dofinansowanie: do tego dnia nie wolno usunąć rekordu żadnego uczestnika; później osoby można zanonimizować (Plik › Anonimizuj…).</translation>
    </message>
    <message>
        <source>Keep documents until</source>
        <translation>Przechowuj dokumenty do</translation>
    </message>
</context>
<context>
    <name>ProjectKeys</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation>%1: „%2” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR, dzień, który istnieje).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: „%2” to ani tak, ani nie.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the founding rules (2009 or 2018).</source>
        <translation>%1: „%2” to nie są zasady zakładania spółdzielni (2009 lub 2018).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not among the office staff (add the person with add-staff first).</source>
        <translation>%1: „%2” nie jest pracownikiem biura (najpierw dodaj tę osobę poleceniem add-staff).</translation>
    </message>
    <message>
        <source>Unknown setting: %1 (known: %2)</source>
        <translation>Nieznane ustawienie: %1 (znane: %2)</translation>
    </message>
</context>
<context>
    <name>ProjectLists</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Unknown key: %1 (known: %2)</source>
        <translation>Nieznany klucz: %1 (znane: %2)</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-partner name=… role=leader|partner …</source>
        <translation>Użycie: osiedle-cli project PLIK add-partner name=… role=leader|partner …</translation>
    </message>
    <message>
        <source>role: the role is leader or partner.</source>
        <translation>role: rola to leader (lider) albo partner.</translation>
    </message>
    <message>
        <source>Partner %1 added: %2 (%3).</source>
        <translation>Dodano partnera %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-staff name=… role=… [position=…]</source>
        <translation>Użycie: osiedle-cli project PLIK add-staff name=… role=… [position=…]</translation>
    </message>
    <message>
        <source>role: the role is one of %1.</source>
        <translation>role: rola to jedna z: %1.</translation>
    </message>
    <message>
        <source>Office staff %1 added: %2.</source>
        <translation>Dodano pracownika biura %1: %2.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-day-off DATE REASON</source>
        <translation>Użycie: osiedle-cli project PLIK add-day-off DATA POWÓD</translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation>data: „%1” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR, dzień, który istnieje).</translation>
    </message>
    <message>
        <source>Day off %1: %2.</source>
        <translation>Dzień wolny %1: %2.</translation>
    </message>
    <message>
        <source>--months must be a whole number, not &quot;%1&quot;.</source>
        <translation>--months musi być liczbą całkowitą, nie „%1”.</translation>
    </message>
    <message>
        <source>periods takes no %1.</source>
        <translation>periods nie przyjmuje %1.</translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]</source>
        <translation>Użycie: osiedle-cli project PLIK periods [--months N] [--claims WZÓR] [--yes]</translation>
    </message>
    <message>
        <source>The periods there are now would change:</source>
        <translation>Obecne okresy zmieniłyby się:</translation>
    </message>
    <message>
        <source>Nothing was changed; repeat with --yes to replace the periods.</source>
        <translation>Niczego nie zmieniono; powtórz z --yes, aby zastąpić okresy.</translation>
    </message>
    <message numerus="yes">
        <source>%n reporting period(s):</source>
        <translation>
            <numerusform>%n okres rozliczeniowy:</numerusform>
            <numerusform>%n okresy rozliczeniowe:</numerusform>
            <numerusform>%n okresów rozliczeniowych:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>an unknown user</source>
        <translation>nieznany użytkownik</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>nieznany komputer</translation>
    </message>
    <message>
        <source>%1 on the computer %2 (%3, process %4)</source>
        <translation>%1 na komputerze %2 (%3, proces %4)</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> od %1</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Nie można otworzyć projektu</translation>
    </message>
    <message>
        <source>%1 is open in Osiedle: %2.

If Osiedle is no longer running there (the computer was switched off or stopped working), you can take the project over and work on it here. If it is still open there, two people would change the project at once and changes could be lost.

Take the project over?</source>
        <translation>Plik %1 jest otwarty w programie Osiedle: %2.

Jeśli program Osiedle już tam nie działa (komputer wyłączono lub przestał działać), możesz przejąć projekt i pracować na nim tutaj. Jeśli projekt jest tam nadal otwarty, dwie osoby zmieniałyby go jednocześnie i zmiany mogłyby przepaść.

Przejąć projekt?</translation>
    </message>
    <message>
        <source>its lock file cannot be read</source>
        <translation>nie można odczytać jego pliku blokady</translation>
    </message>
    <message>
        <source>The project is open on another computer</source>
        <translation>Projekt jest otwarty na innym komputerze</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>%1

Open it read-only to look at it? Nothing can be changed then.</source>
        <translation>%1

Otworzyć go tylko do odczytu, żeby go przejrzeć? Nie będzie można wtedy niczego zmienić.</translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation>Projekt jest uszkodzony</translation>
    </message>
    <message>
        <source>%1

Choose a backup copy to restore now?</source>
        <translation>%1

Wybrać teraz kopię zapasową do przywrócenia?</translation>
    </message>
</context>
<context>
    <name>ProjectRestore</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Nie można utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <source>The project %1 cannot be kept as a copy in %2 before the restore.</source>
        <translation>Nie można zachować projektu %1 jako kopii w folderze %2 przed przywróceniem.</translation>
    </message>
    <message>
        <source>The log of the project %1 cannot be kept beside its copy in %2.</source>
        <translation>Nie można zachować dziennika projektu %1 obok jego kopii w folderze %2.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 nie istnieje lub nie jest plikiem.</translation>
    </message>
    <message>
        <source>%1 is the project itself, not a copy of it.</source>
        <translation>%1 to sam projekt, a nie jego kopia.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not a sound copy (%2).</source>
        <translation>Nie można przywrócić kopii %1: nie jest poprawną kopią (%2).</translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there before restoring a copy.</source>
        <translation>Plik %1 jest otwarty w innym programie: %2. Zamknij go tam przed przywróceniem kopii.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for the restore: %2</source>
        <translation>Nie można zablokować pliku %1 na czas przywracania: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Nie można przywrócić kopii %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed, so the copy is not restored (the project is unchanged).</source>
        <translation>Nie można usunąć pliku %1, więc kopii nie przywrócono (projekt pozostał bez zmian).</translation>
    </message>
    <message>
        <source>The copy cannot be put in place of %1 (%2). The project as it was is kept as %3.</source>
        <translation>Nie można umieścić kopii w miejscu pliku %1 (%2). Projekt w dotychczasowej postaci zachowano jako %3.</translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>The new project could not be written: %1</source>
        <translation>Nie udało się zapisać nowego projektu: %1</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation>Ustawienia projektu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Biuro projektu</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Okresy rozliczeniowe</translation>
    </message>
    <message>
        <source>Printed identity</source>
        <translation>Wygląd wydruków</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Save the changes of the project&apos;s details?</source>
        <translation>Zapisać zmiany danych projektu?</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsService</name>
    <message>
        <source>This file has no project details yet.</source>
        <translation>Ten plik nie ma jeszcze danych projektu.</translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation>Projekt musi mieć tytuł.</translation>
    </message>
    <message>
        <source>%1 is not a date of a project (the years %2–%3).</source>
        <translation>%1 to nie jest data projektu (lata %2–%3).</translation>
    </message>
    <message>
        <source>The project needs a start date.</source>
        <translation>Projekt musi mieć datę rozpoczęcia.</translation>
    </message>
    <message>
        <source>The project needs an end date.</source>
        <translation>Projekt musi mieć datę zakończenia.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Data zakończenia %1 jest wcześniejsza niż data rozpoczęcia %2.</translation>
    </message>
    <message>
        <source>The signatory must be one of the office staff (there is none with id %1).</source>
        <translation>Osoba podpisująca musi być pracownikiem biura (nie ma pracownika o identyfikatorze %1).</translation>
    </message>
    <message>
        <source>Period %1 has been locked since, so the periods cannot be put back as they were.</source>
        <translation>Okres %1 został od tego czasu zablokowany, więc nie można przywrócić okresów.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Partner musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The partner is no longer in the project.</source>
        <translation>Tego partnera nie ma już w projekcie.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Podaj imię i nazwisko.</translation>
    </message>
    <message>
        <source>This person is no longer among the office staff.</source>
        <translation>Tej osoby nie ma już wśród pracowników biura.</translation>
    </message>
    <message>
        <source>Give the date of the day off.</source>
        <translation>Podaj datę dnia wolnego.</translation>
    </message>
    <message>
        <source>Give the reason for the day off (it is shown when a schedule skips the day).</source>
        <translation>Podaj powód dnia wolnego (jest pokazywany, gdy harmonogram pomija ten dzień).</translation>
    </message>
    <message>
        <source>%1 is not among the office&apos;s days off.</source>
        <translation>%1 nie jest dniem wolnym biura.</translation>
    </message>
    <message>
        <source>%1 is beyond the dates the program keeps (up to %2).</source>
        <translation>%1 wykracza poza daty, które program przechowuje (do %2).</translation>
    </message>
    <message>
        <source>The documents are kept at least until the project ends (%1), not only until %2.</source>
        <translation>Dokumenty przechowuje się co najmniej do końca projektu (%1), a nie tylko do %2.</translation>
    </message>
</context>
<context>
    <name>ProjectTimeline</name>
    <message>
        <source>Recruitment</source>
        <translation>Rekrutacja</translation>
    </message>
    <message>
        <source>Recruitment of participants</source>
        <translation>Rekrutacja uczestników</translation>
    </message>
    <message>
        <source>Cooperation agreements</source>
        <translation>Umowy o współpracy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Konkurs</translation>
    </message>
    <message>
        <source>Study trip and conference</source>
        <translation>Wizyta studyjna i konferencja</translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Encrypted ZIP archive, AES-256 (*.zip)</source>
        <translation>Zaszyfrowane archiwum ZIP, AES-256 (*.zip)</translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation>Hasło do zaszyfrowanego pliku</translation>
    </message>
    <message>
        <source>%1 holds %2, encrypted with AES-256. It opens with 7-Zip, WinRAR or Windows Explorer and this password. Pass the password on by another channel than the file (by phone, by text message, in person), never in the same e-mail.</source>
        <translation>%1 zawiera %2, zaszyfrowane AES-256. Plik otwiera się programem 7-Zip, WinRAR lub Eksploratorem Windows, podając to hasło. Hasło przekaż innym kanałem niż plik (telefonicznie, SMS-em, osobiście), nigdy w tym samym e-mailu.</translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Day off</source>
        <translation>Dzień wolny</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nowy Rok</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Święto Trzech Króli</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Wielkanoc</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Poniedziałek Wielkanocny</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Święto Pracy</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Święto Konstytucji 3 Maja</translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation>Zielone Świątki</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Boże Ciało</translation>
    </message>
    <message>
        <source>Assumption of Mary</source>
        <translation>Wniebowzięcie Najświętszej Maryi Panny</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Wszystkich Świętych</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Narodowe Święto Niepodległości</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Wigilia Bożego Narodzenia</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Boże Narodzenie (pierwszy dzień)</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation>Boże Narodzenie (drugi dzień)</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>RecruitmentPipelineView</name>
    <message>
        <source>Recruitment</source>
        <translation>Rekrutacja</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Unmet criteria / reason</source>
        <translation>Niespełnione kryteria / powód</translation>
    </message>
    <message>
        <source>Assess eligibility</source>
        <translation>Oceń kwalifikowalność</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Zakwalifikuj</translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation>Lista rezerwowa</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Resigned…</source>
        <translation>Rezygnacja…</translation>
    </message>
    <message>
        <source>Qualify the next from the reserve</source>
        <translation>Zakwalifikuj następną osobę z listy rezerwowej</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Brakuje: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>Liczba osób: %n</numerusform>
            <numerusform>Liczba osób: %n</numerusform>
            <numerusform>Liczba osób: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the participants first.</source>
        <translation>Najpierw zaznacz uczestników.</translation>
    </message>
    <message>
        <source>Reason for the rejection:</source>
        <translation>Powód odrzucenia:</translation>
    </message>
    <message>
        <source>Reason for the resignation:</source>
        <translation>Powód rezygnacji:</translation>
    </message>
    <message numerus="yes">
        <source>Recruitment decision for %n person(s)</source>
        <translation>
            <numerusform>Decyzja rekrutacyjna (liczba osób: %n)</numerusform>
            <numerusform>Decyzja rekrutacyjna (liczba osób: %n)</numerusform>
            <numerusform>Decyzja rekrutacyjna (liczba osób: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify %1 from the reserve list</source>
        <translation>Zakwalifikowanie %1 z listy rezerwowej</translation>
    </message>
    <message>
        <source>%1 is qualified.</source>
        <translation>%1 — zakwalifikowano.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Data decyzji:</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
</context>
<context>
    <name>RecruitmentService</name>
    <message>
        <source>not a tenant of a housing cooperative of the project</source>
        <translation>nie jest lokatorem spółdzielni mieszkaniowej uczestniczącej w projekcie</translation>
    </message>
    <message>
        <source>%1 is not admitted to the project</source>
        <translation>%1 nie została zakwalifikowana do projektu</translation>
    </message>
    <message>
        <source>neither in rent arrears nor at risk of eviction</source>
        <translation>nie ma zaległości czynszowych ani nie jest zagrożony eksmisją</translation>
    </message>
    <message>
        <source>labour-market status not recorded</source>
        <translation>nie podano statusu na rynku pracy</translation>
    </message>
    <message>
        <source>employed (the project admits unemployed or inactive people)</source>
        <translation>osoba pracująca (projekt przyjmuje osoby bezrobotne lub bierne zawodowo)</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Ten uczestnik już nie istnieje.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; and cannot be moved to &quot;%3&quot;.</source>
        <translation>%1 ma status „%2” i nie może przejść do statusu „%3”.</translation>
    </message>
    <message>
        <source>Give the reason why %1 is %2.</source>
        <translation>Podaj powód (%1: %2).</translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation>Data decyzji jest wymagana.</translation>
    </message>
    <message>
        <source>The reserve list is empty.</source>
        <translation>Lista rezerwowa jest pusta.</translation>
    </message>
    <message>
        <source>In rent arrears at entry</source>
        <translation>Zaległości czynszowe przy przystąpieniu</translation>
    </message>
    <message>
        <source>For every full 1 000 zł of arrears (up to 5 times)</source>
        <translation>Za każdy pełny 1 000 zł zaległości (najwyżej 5 razy)</translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation>Zagrożenie eksmisją</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Osoba długotrwale bezrobotna</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>Osoba niepełnosprawna</translation>
    </message>
    <message>
        <source>Referred by an OPS or PUP</source>
        <translation>Skierowanie z OPS lub PUP</translation>
    </message>
    <message>
        <source>The points of &quot;%1&quot; must be between 0 and %2; %3 is not.</source>
        <translation>Liczba punktów za „%1” musi mieścić się w przedziale od 0 do %2; %3 się nie mieści.</translation>
    </message>
    <message>
        <source>At least one criterion must give points, or every candidate scores 0.</source>
        <translation>Przynajmniej jedno kryterium musi dawać punkty, inaczej każdy kandydat otrzyma 0.</translation>
    </message>
    <message>
        <source>The decision on %1 cannot be dated %2, before the recruitment on %3.</source>
        <translation>Decyzja w sprawie osoby %1 nie może mieć daty %2, wcześniejszej niż data rekrutacji (%3).</translation>
    </message>
    <message>
        <source>The decision on %1 cannot be dated %2, before the previous decision on %3.</source>
        <translation>Decyzja w sprawie osoby %1 nie może mieć daty %2, wcześniejszej niż poprzednia decyzja (%3).</translation>
    </message>
</context>
<context>
    <name>RecruitmentSettingsDialog</name>
    <message>
        <source>Recruitment settings</source>
        <translation>Ustawienia rekrutacji</translation>
    </message>
    <message>
        <source>Points each criterion adds to the score</source>
        <translation>Punkty za poszczególne kryteria oceny</translation>
    </message>
    <message numerus="yes">
        <source>New points re-score the %n person(s) already scored or on the reserve list.</source>
        <translation>
            <numerusform>Nowa punktacja zmieni ocenę %n osoby już ocenionej lub z listy rezerwowej.</numerusform>
            <numerusform>Nowa punktacja zmieni ocenę %n osób już ocenionych lub z listy rezerwowej.</numerusform>
            <numerusform>Nowa punktacja zmieni ocenę %n osób już ocenionych lub z listy rezerwowej.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional monitoring data collected</source>
        <translation>Zbierane dodatkowe dane do monitoringu</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation>Przynależność do mniejszości narodowej lub etnicznej</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <source>The participant card asks for what is ticked, and the monitoring export has a column for it.</source>
        <translation>Karta uczestnika zawiera pola dla zaznaczonych danych, a eksport do monitoringu – odpowiadające im kolumny.</translation>
    </message>
    <message>
        <source>Change the recruitment settings</source>
        <translation>Zmiana ustawień rekrutacji</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>RecurringOrderDialog</name>
    <message>
        <source>Recurring work order</source>
        <translation>Zlecenie cykliczne</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>First order on</source>
        <translation>Pierwsze zlecenie dnia</translation>
    </message>
    <message>
        <source>Last order not after</source>
        <translation>Ostatnie zlecenie nie później niż</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Powtarzaj</translation>
    </message>
    <message>
        <source>Each due after</source>
        <translation>Termin wykonania każdego po</translation>
    </message>
    <message>
        <source>Orders to be created: %1</source>
        <translation>Liczba zleceń do utworzenia: %1</translation>
    </message>
</context>
<context>
    <name>Regon</name>
    <message>
        <source>REGON is empty</source>
        <translation>REGON jest pusty</translation>
    </message>
    <message>
        <source>REGON %1: only digits are allowed</source>
        <translation>REGON %1: dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>REGON %1: must have 9 or 14 digits, has %2</source>
        <translation>REGON %1: musi mieć 9 lub 14 cyfr, a ma %2</translation>
    </message>
    <message>
        <source>REGON %1: its first 9 digits are not a valid REGON</source>
        <translation>REGON %1: pierwsze 9 cyfr nie jest poprawnym numerem REGON</translation>
    </message>
    <message>
        <source>REGON %1: wrong check digit</source>
        <translation>REGON %1: błędna cyfra kontrolna</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Candidates</source>
        <translation>Kandydaci</translation>
    </message>
    <message>
        <source>Qualified, not started</source>
        <translation>Zakwalifikowani, przed rozpoczęciem wsparcia</translation>
    </message>
    <message>
        <source>In support</source>
        <translation>W trakcie wsparcia</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończyli</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Przerwali udział</translation>
    </message>
    <message>
        <source>Participants by status at the end of each month</source>
        <translation>Uczestnicy według statusu na koniec każdego miesiąca</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>Participants&apos; arrears at the end of each month (total of their debt accounts)</source>
        <translation>Zadłużenie uczestników na koniec każdego miesiąca (suma sald ich kont)</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Zadłużenie</translation>
    </message>
    <message>
        <source>thousand PLN</source>
        <translation>tys. zł</translation>
    </message>
    <message>
        <source>Net value of accepted work orders per month, by social cooperative</source>
        <translation>Wartość netto odebranych zleceń w poszczególnych miesiącach, według spółdzielni socjalnych</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Nieznana opcja: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>Opcja %1 wymaga wartości</translation>
    </message>
    <message>
        <source>The project FILE is missing</source>
        <translation>Brak pliku projektu (FILE)</translation>
    </message>
    <message>
        <source>--period is missing</source>
        <translation>Brak opcji --period</translation>
    </message>
    <message>
        <source>-o OUT is missing</source>
        <translation>Brak opcji -o OUT</translation>
    </message>
    <message>
        <source>Unknown format: %1 (this version writes pdf, html, json, csv and xlsx)</source>
        <translation>Nieznany format: %1 (ta wersja zapisuje pdf, html, json, csv i xlsx)</translation>
    </message>
    <message>
        <source>A PDF or XLSX file cannot be written to standard output</source>
        <translation>Pliku PDF ani XLSX nie można zapisać na standardowe wyjście</translation>
    </message>
</context>
<context>
    <name>ReportSeriesCalculator</name>
    <message>
        <source>Other social cooperatives</source>
        <translation>Pozostałe spółdzielnie socjalne</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation>Okresy rozliczeniowe</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Payment claim number</source>
        <translation>Numer wniosku o płatność</translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation>Napotkane problemy</translation>
    </message>
    <message>
        <source>Plans until the next claim</source>
        <translation>Plany do następnego wniosku</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Osoba sporządzająca</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Lock log</source>
        <translation>Rejestr blokad</translation>
    </message>
    <message>
        <source>Period %1: %2 – %3</source>
        <translation>Okres %1: %2 – %3</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(zablokowany)</translation>
    </message>
    <message>
        <source>Locked on %1: the period&apos;s report is kept as it was sent. To change the period, unlock it in Reports (the reason is recorded).</source>
        <translation>Zablokowano %1: raport okresu jest przechowywany w wysłanej postaci. Aby zmienić okres, odblokuj go w sekcji Sprawozdania (powód zostanie zapisany).</translation>
    </message>
    <message>
        <source>%1 unlocked by %2: %3</source>
        <translation>%1 – odblokowanie (%2): %3</translation>
    </message>
    <message>
        <source>%1 locked by %2</source>
        <translation>%1 – zablokowanie (%2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Add reporting period %1</source>
        <translation>Dodanie okresu rozliczeniowego %1</translation>
    </message>
    <message>
        <source>Edit reporting period %1</source>
        <translation>Edycja okresu rozliczeniowego %1</translation>
    </message>
    <message>
        <source>Delete reporting period</source>
        <translation>Usuń okres rozliczeniowy</translation>
    </message>
    <message>
        <source>Delete period %1 (%2 – %3)? Its manual indicator values are deleted with it.</source>
        <translation>Usunąć okres %1 (%2 – %3)? Wpisane ręcznie wartości wskaźników zostaną usunięte razem z nim.</translation>
    </message>
    <message>
        <source>Delete reporting period %1</source>
        <translation>Usunięcie okresu rozliczeniowego %1</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Choose from the office staff…</source>
        <translation>Wybierz spośród pracowników biura…</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>puste: %1</translation>
    </message>
</context>
<context>
    <name>ReportingPeriodService</name>
    <message>
        <source>Period %1 is locked (since %2): unlock it first, giving the reason.</source>
        <translation>Okres %1 jest zablokowany (od %2): najpierw go odblokuj, podając powód.</translation>
    </message>
    <message>
        <source>The period&apos;s number must be 1 or more.</source>
        <translation>Numer okresu musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The first day of the period is required.</source>
        <translation>Podaj pierwszy dzień okresu.</translation>
    </message>
    <message>
        <source>The last day of the period is required.</source>
        <translation>Podaj ostatni dzień okresu.</translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it starts (%2).</source>
        <translation>Okres nie może kończyć się (%1) przed swoim początkiem (%2).</translation>
    </message>
    <message>
        <source>Period %1 exists already (%2 – %3).</source>
        <translation>Okres %1 już istnieje (%2 – %3).</translation>
    </message>
    <message>
        <source>The dates overlap period %1 (%2 – %3).</source>
        <translation>Daty nakładają się na okres %1 (%2 – %3).</translation>
    </message>
    <message>
        <source>The reporting period no longer exists.</source>
        <translation>Okres rozliczeniowy już nie istnieje.</translation>
    </message>
    <message>
        <source>Period %1 is locked already (since %2).</source>
        <translation>Okres %1 jest już zablokowany (od %2).</translation>
    </message>
    <message>
        <source>Give the reason for unlocking the period: it is recorded with the period.</source>
        <translation>Podaj powód odblokowania okresu: zostanie on zapisany przy okresie.</translation>
    </message>
    <message>
        <source>Period %1 is not locked.</source>
        <translation>Okres %1 nie jest zablokowany.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Indicator report</source>
        <translation>Sprawozdanie z realizacji wskaźników</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Jakość danych</translation>
    </message>
    <message>
        <source>Period %1: %2 – %3</source>
        <translation>Okres %1: %2 – %3</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Własny zakres dat</translation>
    </message>
    <message>
        <source>Not calculated in this version (left out of the report): %1</source>
        <translation>Nieobliczane w tej wersji (pominięte w sprawozdaniu): %1</translation>
    </message>
    <message>
        <source>Reporting periods…</source>
        <translation>Okresy rozliczeniowe…</translation>
    </message>
    <message>
        <source>Indicators and targets…</source>
        <translation>Wskaźniki i wartości docelowe…</translation>
    </message>
    <message>
        <source>Lock period…</source>
        <translation>Zablokuj okres…</translation>
    </message>
    <message>
        <source>Once the payment claim is sent: keep this report as it is now. Later changes of the data are shown beside it, never applied silently.</source>
        <translation>Po wysłaniu wniosku o płatność: zachowaj ten raport w obecnej postaci. Późniejsze zmiany danych będą pokazywane obok niego, nigdy nie zostaną wprowadzone po cichu.</translation>
    </message>
    <message>
        <source>Unlock period…</source>
        <translation>Odblokuj okres…</translation>
    </message>
    <message>
        <source>Changes since locking</source>
        <translation>Zmiany od zablokowania</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(zablokowany)</translation>
    </message>
    <message>
        <source>Changes since locking (%1)</source>
        <translation>Zmiany od zablokowania (%1)</translation>
    </message>
    <message>
        <source>Locked on %1: the values are those of the report as it was locked, and the data gives the same values now.</source>
        <translation>Zablokowano %1: wartości pochodzą z raportu w chwili zablokowania, a obecne dane dają te same wartości.</translation>
    </message>
    <message numerus="yes">
        <source>Locked on %1: the values are those of the report as it was locked. The data now gives different values in %n cell(s), highlighted as &quot;locked → now&quot; and listed in &quot;Changes since locking&quot;.</source>
        <translation>
            <numerusform>Zablokowano %1: wartości pochodzą z raportu w chwili zablokowania. Obecne dane dają inne wartości w %n komórce, wyróżnionej jako „zablokowane → obecnie” i wymienionej w zakładce „Zmiany od zablokowania”.</numerusform>
            <numerusform>Zablokowano %1: wartości pochodzą z raportu w chwili zablokowania. Obecne dane dają inne wartości w %n komórkach, wyróżnionych jako „zablokowane → obecnie” i wymienionych w zakładce „Zmiany od zablokowania”.</numerusform>
            <numerusform>Zablokowano %1: wartości pochodzą z raportu w chwili zablokowania. Obecne dane dają inne wartości w %n komórkach, wyróżnionych jako „zablokowane → obecnie” i wymienionych w zakładce „Zmiany od zablokowania”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation>Zablokuj okres</translation>
    </message>
    <message>
        <source>Lock period %1 (%2 – %3)? Its report is kept as it is now. Later changes of the data are shown beside the locked values; the period cannot be edited until it is unlocked, which needs a reason.</source>
        <translation>Zablokować okres %1 (%2 – %3)? Jego raport zostanie zachowany w obecnej postaci. Późniejsze zmiany danych będą pokazywane obok zablokowanych wartości; okresu nie będzie można edytować do czasu odblokowania, które wymaga podania powodu.</translation>
    </message>
    <message>
        <source>Unlock period</source>
        <translation>Odblokuj okres</translation>
    </message>
    <message>
        <source>Why is period %1 unlocked? The reason is recorded with the period.</source>
        <translation>Dlaczego okres %1 jest odblokowywany? Powód zostanie zapisany przy okresie.</translation>
    </message>
    <message>
        <source>The period stays locked: unlocking needs a reason.</source>
        <translation>Okres pozostaje zablokowany: odblokowanie wymaga podania powodu.</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Eksportuj tabelę…</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Wykresy w czasie</translation>
    </message>
    <message>
        <source>data-quality.xlsx</source>
        <translation>jakosc-danych.xlsx</translation>
    </message>
    <message>
        <source>changes-since-locking.xlsx</source>
        <translation>zmiany-od-zablokowania.xlsx</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>Obliczanie sprawozdania…</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Mean score at entry and at exit (% of the scale)</source>
        <translation>Średni wynik na wejściu i na wyjściu (% skali)</translation>
    </message>
    <message numerus="yes">
        <source>%1 at entry: %2 points of %3–%4 (%n form(s))</source>
        <translation>
            <numerusform>%1 na wejściu: %2 pkt w skali %3–%4 (%n formularz)</numerusform>
            <numerusform>%1 na wejściu: %2 pkt w skali %3–%4 (%n formularze)</numerusform>
            <numerusform>%1 na wejściu: %2 pkt w skali %3–%4 (%n formularzy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at exit: %2 points of %3–%4 (%n form(s))</source>
        <translation>
            <numerusform>%1 na wyjściu: %2 pkt w skali %3–%4 (%n formularz)</numerusform>
            <numerusform>%1 na wyjściu: %2 pkt w skali %3–%4 (%n formularze)</numerusform>
            <numerusform>%1 na wyjściu: %2 pkt w skali %3–%4 (%n formularzy)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: forms by score</source>
        <translation>%1: formularze według wyniku</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punkty</translation>
    </message>
    <message>
        <source>forms</source>
        <translation>formularze</translation>
    </message>
    <message>
        <source>At entry</source>
        <translation>Na wejściu</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>Na wyjściu</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Round:</source>
        <translation>Pomiar:</translation>
    </message>
    <message>
        <source>results.xlsx</source>
        <translation>wyniki.xlsx</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>results-people.xlsx</source>
        <translation>wyniki-osoby.xlsx</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>results-not-compared.xlsx</source>
        <translation>wyniki-bez-porownania.xlsx</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Bez porównania</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Rozkład</translation>
    </message>
    <message>
        <source>results-by-group.xlsx</source>
        <translation>wyniki-wg-grup.xlsx</translation>
    </message>
    <message>
        <source>By course and OSS</source>
        <translation>Według kursów i OSS</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>No rounds yet: give a questionnaire or test in the Rounds tab.</source>
        <translation>Brak pomiarów: przeprowadź ankietę lub test w zakładce Pomiary.</translation>
    </message>
    <message>
        <source>Compared with the entry round of %1. Improved: the score rose by at least the minimal change. The report&apos;s indicators count of them the project&apos;s participants with complete data.</source>
        <translation>Porównanie z pomiarem wejściowym z %1. Poprawa: wynik wzrósł co najmniej o minimalną zmianę. Wskaźniki raportu liczą spośród nich uczestników projektu z kompletnymi danymi.</translation>
    </message>
    <message>
        <source>An entry round: its scores alone. Choose its exit round to see the change.</source>
        <translation>Pomiar wejściowy: same jego wyniki. Wybierz pomiar końcowy, aby zobaczyć zmianę.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <source>Improved by</source>
        <translation>Poprawa od</translation>
    </message>
    <message>
        <source>Entry forms</source>
        <translation>Formularze na wejściu</translation>
    </message>
    <message>
        <source>Entry mean (K, M)</source>
        <translation>Średnia na wejściu (K, M)</translation>
    </message>
    <message>
        <source>Exit forms</source>
        <translation>Formularze na wyjściu</translation>
    </message>
    <message>
        <source>Exit mean (K, M)</source>
        <translation>Średnia na wyjściu (K, M)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Porównane</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Poprawa</translation>
    </message>
    <message>
        <source>% improved</source>
        <translation>% z poprawą</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>%1: entry</source>
        <translation>%1: na wejściu</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>na wyjściu</translation>
    </message>
    <message>
        <source>change</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>poprawa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Why not compared</source>
        <translation>Dlaczego bez porównania</translation>
    </message>
    <message>
        <source>Not compared (%1)</source>
        <translation>Bez porównania (%1)</translation>
    </message>
    <message>
        <source>Exit round</source>
        <translation>Pomiar końcowy</translation>
    </message>
    <message>
        <source>Course or OSS</source>
        <translation>Kurs lub OSS</translation>
    </message>
    <message>
        <source>Questionnaire or test</source>
        <translation>Ankieta lub test</translation>
    </message>
    <message>
        <source>OSS: %1</source>
        <translation>OSS: %1</translation>
    </message>
    <message>
        <source>%1 · W %2 · M %3</source>
        <translation>%1 · K %2 · M %3</translation>
    </message>
    <message>
        <source>%1 (W %2, M %3)</source>
        <translation>%1 (K %2, M %3)</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Compared with:</source>
        <translation>Porównywany z:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Spółdzielnia socjalna</translation>
    </message>
    <message>
        <source>Anonymous: the forms carry a code instead of the name</source>
        <translation>Anonimowy: na formularzach kod zamiast nazwiska</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nowy pomiar</translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation>Pomiar z %1</translation>
    </message>
    <message>
        <source>Questionnaire or test:</source>
        <translation>Ankieta lub test:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Pomiar:</translation>
    </message>
    <message>
        <source>Given to:</source>
        <translation>Dla:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwagi:</translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <source>Anonymous: the forms carry codes, not names</source>
        <translation>Anonimowy: na formularzach kody, nie nazwiska</translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation>%1 (anonimowy)</translation>
    </message>
    <message>
        <source>entry of %1</source>
        <translation>wejściowy z %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Pomiar</translation>
    </message>
    <message>
        <source>Questionnaire or test</source>
        <translation>Ankieta lub test</translation>
    </message>
    <message>
        <source>Course or OSS</source>
        <translation>Kurs lub OSS</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenci</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularze</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Porównywany z</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <source>Search questionnaires, courses, OSS</source>
        <translation>Szukaj ankiet, kursów, OSS</translation>
    </message>
    <message>
        <source>Find a form by code or name (Ctrl+F), Enter</source>
        <translation>Znajdź formularz po kodzie lub nazwisku (Ctrl+F), Enter</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nowy pomiar…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Add newcomers</source>
        <translation>Dodaj nowe osoby</translation>
    </message>
    <message>
        <source>Add those of the course or OSS on the round&apos;s date who are not respondents yet</source>
        <translation>Dodaj osoby z kursu lub OSS w dniu pomiaru, które nie są jeszcze respondentami</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Puste formularze</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation>Importuj odpowiedzi…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>rounds.xlsx</source>
        <translation>pomiary.xlsx</translation>
    </message>
    <message>
        <source>Type the answers of each form: 1–5 · 1 or T yes, 0, 2 or N no · a test&apos;s answer 1, 2, 3… or a, b, c… — the cursor moves to the next item, after the last to the next form · Enter next form · Delete clears · Ctrl+Z undoes</source>
        <translation>Wpisuj odpowiedzi z formularzy: 1–5 · 1 lub T tak, 0, 2 lub N nie · odpowiedź w teście 1, 2, 3… lub a, b, c… — kursor przechodzi do następnego pytania, po ostatnim do następnego formularza · Enter następny formularz · Delete czyści · Ctrl+Z cofa</translation>
    </message>
    <message>
        <source>answers.xlsx</source>
        <translation>odpowiedzi.xlsx</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <source>All questionnaires and tests</source>
        <translation>Wszystkie ankiety i testy</translation>
    </message>
    <message>
        <source>Choose a round to type its forms in.</source>
        <translation>Wybierz pomiar, aby wpisać jego formularze.</translation>
    </message>
    <message>
        <source>%1 – %2 round of %3 – %4</source>
        <translation>%1 – pomiar %2 z %3 – %4</translation>
    </message>
    <message>
        <source>New round of %1</source>
        <translation>Nowy pomiar z %1</translation>
    </message>
    <message>
        <source>Change round of %1</source>
        <translation>Zmiana pomiaru z %1</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Usuń pomiar</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 round of %2 (%3) with its %n form(s) entered?</source>
        <translation>
            <numerusform>Usunąć pomiar %1 z %2 (%3) wraz z %n wprowadzonym formularzem?</numerusform>
            <numerusform>Usunąć pomiar %1 z %2 (%3) wraz z %n wprowadzonymi formularzami?</numerusform>
            <numerusform>Usunąć pomiar %1 z %2 (%3) wraz z %n wprowadzonymi formularzami?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete round of %1</source>
        <translation>Usunięcie pomiaru z %1</translation>
    </message>
    <message>
        <source>Everybody of the group is a respondent already.</source>
        <translation>Wszyscy z grupy są już respondentami.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n respondent(s)</source>
        <translation>
            <numerusform>Dodanie %n respondenta</numerusform>
            <numerusform>Dodanie %n respondentów</numerusform>
            <numerusform>Dodanie %n respondentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) added to the round.</source>
        <translation>
            <numerusform>Dodano %n respondenta do pomiaru.</numerusform>
            <numerusform>Dodano %n respondentów do pomiaru.</numerusform>
            <numerusform>Dodano %n respondentów do pomiaru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>Najpierw wybierz pomiar.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>questionnaires.pdf</source>
        <translation>ankiety.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>2009 rules: a founding group of at least 5 natural persons</source>
        <translation>Zasady z 2009 r.: grupa założycielska co najmniej 5 osób fizycznych</translation>
    </message>
    <message>
        <source>2018 rules: a founding group of at least 3 natural persons</source>
        <translation>Zasady z 2018 r.: grupa założycielska co najmniej 3 osób fizycznych</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation>Mniejszość narodowa lub etniczna</translation>
    </message>
    <message>
        <source>Migrant, person of foreign origin</source>
        <translation>Migrant, osoba obcego pochodzenia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>e.g. the office is closed</source>
        <translation>np. biuro nieczynne</translation>
    </message>
    <message>
        <source>Founding rules of social cooperatives</source>
        <translation>Zasady zakładania spółdzielni socjalnych</translation>
    </message>
    <message>
        <source>Optional participant data the office collects</source>
        <translation>Dodatkowe dane uczestników zbierane przez biuro</translation>
    </message>
    <message>
        <source>The office&apos;s days off (the course schedule skips them, as it skips public holidays)</source>
        <translation>Dni wolne biura (harmonogram zajęć je pomija, tak jak święta)</translation>
    </message>
    <message>
        <source>Rules of the project</source>
        <translation>Zasady projektu</translation>
    </message>
    <message>
        <source>Day off %1</source>
        <translation>Dzień wolny %1</translation>
    </message>
    <message>
        <source>Remove day off %1</source>
        <translation>Usunięcie dnia wolnego %1</translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <source>Scales</source>
        <translation>Skale</translation>
    </message>
    <message>
        <source>What the questionnaires and tests measure. Each item counts towards one scale; a scale reported as an indicator gives the report the line “participants who improved” on it.</source>
        <translation>Co mierzą ankiety i testy. Każde pytanie liczy się do jednej skali; skala raportowana jako wskaźnik daje w raporcie wiersz „uczestnicy z poprawą” w tej skali.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>New scale</source>
        <translation>Nowa skala</translation>
    </message>
    <message>
        <source>Name of the scale:</source>
        <translation>Nazwa skali:</translation>
    </message>
    <message>
        <source>Report “%1” as an indicator (participants who improved on it)?</source>
        <translation>Raportować „%1” jako wskaźnik (uczestnicy z poprawą w tej skali)?</translation>
    </message>
    <message>
        <source>New scale “%1”</source>
        <translation>Nowa skala „%1”</translation>
    </message>
    <message>
        <source>Rename scale</source>
        <translation>Zmiana nazwy skali</translation>
    </message>
    <message>
        <source>Rename scale “%1”</source>
        <translation>Zmiana nazwy skali „%1”</translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation>Usuń skalę</translation>
    </message>
    <message>
        <source>Remove scale “%1”</source>
        <translation>Usunięcie skali „%1”</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Generate the schedule</source>
        <translation>Utwórz harmonogram</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>W każdy:</translation>
    </message>
    <message>
        <source>Starting at:</source>
        <translation>O godzinie:</translation>
    </message>
    <message>
        <source>Session length:</source>
        <translation>Czas zajęć:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Sessions to add:</source>
        <translation>Zajęcia do dodania:</translation>
    </message>
    <message>
        <source>Skipped days:</source>
        <translation>Pominięte dni:</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4 h</source>
        <translation>%1 %2, %3, %4 godz.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sessions, %2 h, from %3 to %4; %5 days skipped.</source>
        <translation>Zajęć: %1, %2 godz., od %3 do %4; pominięte dni: %5.</translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>Instalment agreement: repayment schedule</source>
        <translation>Ugoda ratalna: harmonogram spłaty</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lokator</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numer konta</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Nr lokalu</translation>
    </message>
    <message>
        <source>Title to the flat</source>
        <translation>Tytuł prawny do lokalu</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Data zawarcia ugody</translation>
    </message>
    <message>
        <source>Amount covered by the agreement</source>
        <translation>Kwota objęta ugodą</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Liczba rat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payments counted as of</source>
        <translation>Wpłaty uwzględnione do dnia</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Data spłaty</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległość</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Payments received after the agreement was signed are applied to the oldest unpaid instalment first. The agreement is kept while no instalment is more than 30 days overdue.</source>
        <translation>Wpłaty otrzymane po zawarciu ugody zalicza się najpierw na najstarszą niespłaconą ratę. Ugoda jest dotrzymana, dopóki żadna rata nie jest zaległa dłużej niż 30 dni.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>lokator</translation>
    </message>
    <message>
        <source>for the housing cooperative</source>
        <translation>za spółdzielnię mieszkaniową</translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation>Harmonogram spłaty</translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <source>Choose the date of the first session.</source>
        <translation>Wybierz datę pierwszych zajęć.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Wybierz co najmniej jeden dzień tygodnia.</translation>
    </message>
    <message>
        <source>A session must last at least one minute.</source>
        <translation>Zajęcia muszą trwać co najmniej minutę.</translation>
    </message>
    <message>
        <source>Nothing to schedule: the planned hours are already reached.</source>
        <translation>Nie ma czego planować: zaplanowana liczba godzin jest już osiągnięta.</translation>
    </message>
    <message>
        <source>The schedule would run longer than five years; choose more days or longer sessions.</source>
        <translation>Harmonogram trwałby dłużej niż pięć lat; wybierz więcej dni lub dłuższe zajęcia.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation>Spółdzielnie socjalne</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Porady</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Zadłużenie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Sprawozdania</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation>Ankiety i testy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
</context>
<context>
    <name>ServicePointTab</name>
    <message>
        <source>The service point is open</source>
        <translation>Punkt usługowy jest otwarty</translation>
    </message>
    <message>
        <source>the services offered, one per line</source>
        <translation>oferowane usługi, po jednej w wierszu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Save service point</source>
        <translation>Zapisz punkt usługowy</translation>
    </message>
    <message>
        <source>Add sale…</source>
        <translation>Dodaj sprzedaż…</translation>
    </message>
    <message>
        <source>Remove sale</source>
        <translation>Usuń sprzedaż</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Data otwarcia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Punkt usługowy</translation>
    </message>
    <message>
        <source>This month %1, this year %2</source>
        <translation>W tym miesiącu %1, w tym roku %2</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nowa sprzedaż</translation>
    </message>
    <message>
        <source>Amount (zł)</source>
        <translation>Kwota (zł)</translation>
    </message>
    <message>
        <source>service-point-sales.xlsx</source>
        <translation>sprzedaz-punktu-uslug.xlsx</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation>Dodaj zajęcia</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Zmień zajęcia</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>the course&apos;s trainer</source>
        <translation>trener kursu</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Początek:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trener:</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>the contract number</source>
        <translation>numer umowy</translation>
    </message>
    <message>
        <source>the beneficiary</source>
        <translation>beneficjent</translation>
    </message>
    <message>
        <source>%1, contract no. %2</source>
        <translation>%1, umowa nr %2</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Do uzupełnienia: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partnerów</numerusform>
            <numerusform>%n partnerów</numerusform>
        </translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation>jeszcze bez partnerów</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the office</source>
        <translation>
            <numerusform>%n osoba w biurze</numerusform>
            <numerusform>%n osoby w biurze</numerusform>
            <numerusform>%n osób w biurze</numerusform>
        </translation>
    </message>
    <message>
        <source>no office staff yet</source>
        <translation>jeszcze bez pracowników biura</translation>
    </message>
    <message numerus="yes">
        <source>%n housing cooperative(s)</source>
        <translation>
            <numerusform>%n spółdzielnia mieszkaniowa</numerusform>
            <numerusform>%n spółdzielnie mieszkaniowe</numerusform>
            <numerusform>%n spółdzielni mieszkaniowych</numerusform>
        </translation>
    </message>
    <message>
        <source>no housing cooperatives yet</source>
        <translation>jeszcze bez spółdzielni mieszkaniowych</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) (OPS, PUP)</source>
        <translation>
            <numerusform>%n instytucja (OPS, PUP)</numerusform>
            <numerusform>%n instytucje (OPS, PUP)</numerusform>
            <numerusform>%n instytucji (OPS, PUP)</numerusform>
        </translation>
    </message>
    <message>
        <source>no OPS or PUP yet</source>
        <translation>jeszcze bez OPS i PUP</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>no participants yet</source>
        <translation>jeszcze bez uczestników</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n szkolenie</numerusform>
            <numerusform>%n szkolenia</numerusform>
            <numerusform>%n szkoleń</numerusform>
        </translation>
    </message>
    <message>
        <source>no courses yet</source>
        <translation>jeszcze bez szkoleń</translation>
    </message>
    <message numerus="yes">
        <source>%n social cooperative(s)</source>
        <translation>
            <numerusform>%n spółdzielnia socjalna</numerusform>
            <numerusform>%n spółdzielnie socjalne</numerusform>
            <numerusform>%n spółdzielni socjalnych</numerusform>
        </translation>
    </message>
    <message>
        <source>no social cooperatives yet</source>
        <translation>jeszcze bez spółdzielni socjalnych</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>%n zlecenie</numerusform>
            <numerusform>%n zlecenia</numerusform>
            <numerusform>%n zleceń</numerusform>
        </translation>
    </message>
    <message>
        <source>no work orders yet</source>
        <translation>jeszcze bez zleceń</translation>
    </message>
    <message numerus="yes">
        <source>%n debt account(s)</source>
        <translation>
            <numerusform>%n konto zadłużenia</numerusform>
            <numerusform>%n konta zadłużenia</numerusform>
            <numerusform>%n kont zadłużenia</numerusform>
        </translation>
    </message>
    <message>
        <source>no debt accounts yet</source>
        <translation>jeszcze bez kont zadłużenia</translation>
    </message>
</context>
<context>
    <name>Shown</name>
    <message>
        <source>T</source>
        <comment>column title: total (Polish: O, ogółem)</comment>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <comment>column title: women (Polish: K, kobiety)</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>M</source>
        <comment>column title: men (Polish: M, mężczyźni)</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>SignPlanDialog</name>
    <message>
        <source>Sign an instalment agreement</source>
        <translation>Zawarcie ugody ratalnej</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data zawarcia</translation>
    </message>
    <message>
        <source>Amount to repay</source>
        <translation>Kwota do spłaty</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Liczba rat</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>Termin pierwszej raty</translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation>Raty równe</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Due date (DD.MM.YYYY)</source>
        <translation>Termin (DD.MM.RRRR)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Zawrzyj</translation>
    </message>
</context>
<context>
    <name>SignatoryChoice</name>
    <message>
        <source>Who signs the document for the project office?</source>
        <translation>Kto podpisuje dokument w imieniu biura projektu?</translation>
    </message>
</context>
<context>
    <name>SocialCoopCard</name>
    <message>
        <source>%1 orders, %2 net; paid %3, unpaid %4</source>
        <translation>zleceń: %1, netto %2; opłacono %3, nieopłacono %4</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Dane na dzień</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Founding path</source>
        <translation>Ścieżka założenia</translation>
    </message>
    <message>
        <source>Members and employment</source>
        <translation>Członkowie i zatrudnienie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Punkt usługowy</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Najważniejsze dane</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Umowa o współpracy</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Employed by the OSS</source>
        <translation>Zatrudnieni w OSS</translation>
    </message>
    <message>
        <source>Orders this month</source>
        <translation>Zlecenia w tym miesiącu</translation>
    </message>
    <message>
        <source>Orders this year</source>
        <translation>Zlecenia w tym roku</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>Zlecenia po terminie</translation>
    </message>
    <message>
        <source>Service point sales</source>
        <translation>Sprzedaż punktu usługowego</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Przepracowane godziny</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>Godziny w tym roku</translation>
    </message>
    <message>
        <source>OSS card: %1</source>
        <translation>Karta OSS: %1</translation>
    </message>
    <message>
        <source>%1 (SM: %2)</source>
        <translation>%1 (SM: %2)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 founding steps done</source>
        <translation>%1 — wykonano %2 z %3 kroków założenia</translation>
    </message>
    <message>
        <source>signed %1, work inaugurated %2</source>
        <translation>podpisana %1, inauguracja działalności %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>jeszcze nie podpisana</translation>
    </message>
    <message>
        <source>%1 (from outside the eligible groups: %2)</source>
        <translation>%1 (spoza grup uprawnionych: %2)</translation>
    </message>
    <message>
        <source>this month %1, this year %2 (open since %3)</source>
        <translation>w tym miesiącu %1, w tym roku %2 (punkt otwarty od %3)</translation>
    </message>
    <message>
        <source>no service point yet</source>
        <translation>brak punktu usługowego</translation>
    </message>
    <message>
        <source>this month %1 h, this year %2 h</source>
        <translation>w tym miesiącu %1 godz., w tym roku %2 godz.</translation>
    </message>
    <message>
        <source>Orders (net)</source>
        <translation>Zlecenia (netto)</translation>
    </message>
    <message>
        <source>Members employed</source>
        <translation>Zatrudnieni członkowie</translation>
    </message>
    <message>
        <source>Orders and sales per month (zł)</source>
        <translation>Zlecenia i sprzedaż w miesiącach (zł)</translation>
    </message>
    <message>
        <source>Members employed by the OSS (end of month)</source>
        <translation>Członkowie zatrudnieni w OSS (na koniec miesiąca)</translation>
    </message>
    <message>
        <source>Data of the cooperative…</source>
        <translation>Dane spółdzielni…</translation>
    </message>
    <message>
        <source>Print the cooperative&apos;s report…</source>
        <translation>Drukuj zestawienie spółdzielni…</translation>
    </message>
    <message>
        <source>Cooperative&apos;s report</source>
        <translation>Zestawienie spółdzielni</translation>
    </message>
    <message>
        <source>hours-by-member.xlsx</source>
        <translation>godziny-czlonkow.xlsx</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>SocialCoopListModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
</context>
<context>
    <name>SocialCoopListSection</name>
    <message>
        <source>Social cooperatives</source>
        <translation>Spółdzielnie socjalne</translation>
    </message>
    <message>
        <source>Search by name, locality or housing cooperative</source>
        <translation>Szukaj według nazwy, miejscowości lub spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>New OSS…</source>
        <translation>Nowa OSS…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Otwórz kartę</translation>
    </message>
    <message>
        <source>Health panel</source>
        <translation>Panel kondycji</translation>
    </message>
    <message>
        <source>New social cooperative</source>
        <translation>Nowa spółdzielnia socjalna</translation>
    </message>
    <message>
        <source>Name of the cooperative:</source>
        <translation>Nazwa spółdzielni:</translation>
    </message>
    <message>
        <source>New OSS %1</source>
        <translation>Nowa OSS %1</translation>
    </message>
    <message>
        <source>Social cooperatives: %1</source>
        <translation>Spółdzielnie socjalne: %1</translation>
    </message>
    <message>
        <source>Social cooperatives: %1 of %2</source>
        <translation>Spółdzielnie socjalne: %1 z %2</translation>
    </message>
    <message>
        <source>social-cooperatives.xlsx</source>
        <translation>spoldzielnie-socjalne.xlsx</translation>
    </message>
    <message>
        <source>The social cooperatives (OSS) founded in the project will be listed here, each with its founding path, members, agreement, work and service point.</source>
        <translation>Tu pojawią się spółdzielnie socjalne (OSS) założone w projekcie, każda ze ścieżką zakładania, członkami, umową, pracą i punktem usługowym.</translation>
    </message>
    <message>
        <source>Add a social cooperative…</source>
        <translation>Dodaj spółdzielnię socjalną…</translation>
    </message>
</context>
<context>
    <name>SocialCoopService</name>
    <message>
        <source>The name of the cooperative is missing</source>
        <translation>Brak nazwy spółdzielni</translation>
    </message>
    <message>
        <source>Choose the housing cooperative (SM) of the agreement</source>
        <translation>Wybierz spółdzielnię mieszkaniową (SM), z którą zawarto umowę</translation>
    </message>
    <message>
        <source>The signing date of the agreement is missing</source>
        <translation>Brak daty podpisania umowy</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts</source>
        <translation>Umowa nie może kończyć się przed datą rozpoczęcia</translation>
    </message>
    <message>
        <source>The inauguration cannot be dated before the signing</source>
        <translation>Inauguracja nie może mieć daty wcześniejszej niż podpisanie umowy</translation>
    </message>
    <message>
        <source>The date of the sale is missing</source>
        <translation>Brak daty sprzedaży</translation>
    </message>
    <message>
        <source>Say which service was sold</source>
        <translation>Podaj, jaką usługę sprzedano</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative</source>
        <translation>%1: kwota nie może być ujemna</translation>
    </message>
    <message>
        <source>The opening date of the service point is missing</source>
        <translation>Brak daty otwarcia punktu usługowego</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funkcja</translation>
    </message>
    <message>
        <source>Position printed</source>
        <translation>Stanowisko na wydrukach</translation>
    </message>
    <message>
        <source>e.g. Koordynatorka projektu (empty: the role&apos;s name)</source>
        <translation>np. Koordynatorka projektu (puste: nazwa funkcji)</translation>
    </message>
    <message>
        <source>The people of the office are offered wherever a document is signed: the report&apos;s &quot;prepared by&quot;, attendance lists, certificates and acceptance protocols.</source>
        <translation>Pracownicy biura są proponowani wszędzie, gdzie dokument jest podpisywany: jako „sporządził” w sprawozdaniu, na listach obecności, zaświadczeniach i protokołach odbioru.</translation>
    </message>
    <message>
        <source>Signs documents by default</source>
        <translation>Domyślnie podpisuje dokumenty</translation>
    </message>
    <message>
        <source>(the first coordinator)</source>
        <translation>(pierwszy koordynator)</translation>
    </message>
    <message>
        <source>Edit %1 (office staff)</source>
        <translation>Zmiana danych: %1 (biuro projektu)</translation>
    </message>
    <message>
        <source>Add %1 to the office staff</source>
        <translation>Dodanie osoby %1 do biura projektu</translation>
    </message>
    <message>
        <source>Remove %1 from the office staff</source>
        <translation>Usunięcie osoby %1 z biura projektu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Default signatory</source>
        <translation>Domyślna osoba podpisująca</translation>
    </message>
</context>
<context>
    <name>StartSection</name>
    <message>
        <source>Project details</source>
        <translation>Dane projektu</translation>
    </message>
    <message>
        <source>The title, contract number, beneficiary and dates that reports and documents print; the reporting periods; the logo strip of the documents.</source>
        <translation>Tytuł, numer umowy, beneficjent i daty drukowane w sprawozdaniach i dokumentach; okresy rozliczeniowe; pasek logotypów na dokumentach.</translation>
    </message>
    <message>
        <source>Project settings…</source>
        <translation>Ustawienia projektu…</translation>
    </message>
    <message>
        <source>Reporting periods…</source>
        <translation>Okresy rozliczeniowe…</translation>
    </message>
    <message>
        <source>Partners and office staff</source>
        <translation>Partnerzy i biuro projektu</translation>
    </message>
    <message>
        <source>The partnership named in the report, and the people of the office who sign lists, certificates, protocols and reports.</source>
        <translation>Partnerstwo wymieniane w sprawozdaniu oraz pracownicy biura, którzy podpisują listy, zaświadczenia, protokoły i sprawozdania.</translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation>Partnerzy…</translation>
    </message>
    <message>
        <source>Office staff…</source>
        <translation>Biuro projektu…</translation>
    </message>
    <message>
        <source>Housing cooperatives and institutions</source>
        <translation>Spółdzielnie mieszkaniowe i instytucje</translation>
    </message>
    <message>
        <source>The housing cooperatives (SM) that join the project, and the OPS and PUP that refer people.</source>
        <translation>Spółdzielnie mieszkaniowe (SM) przystępujące do projektu oraz OPS i PUP, które kierują osoby.</translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>The tenants recruited, typed in one by one or imported from a spreadsheet.</source>
        <translation>Zrekrutowani lokatorzy, wpisywani pojedynczo lub importowani z arkusza.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Classes, training and courses with their sessions, attendance and certificates.</source>
        <translation>Zajęcia, szkolenia i kursy z terminami, obecnością i zaświadczeniami.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation>Spółdzielnie socjalne</translation>
    </message>
    <message>
        <source>The cooperatives founded by the participants, from founding group to registration.</source>
        <translation>Spółdzielnie zakładane przez uczestników, od grupy założycielskiej do rejestracji.</translation>
    </message>
    <message>
        <source>Work orders and debts</source>
        <translation>Zlecenia i zadłużenie</translation>
    </message>
    <message>
        <source>The work the housing cooperatives order from the social cooperatives, and the tenants&apos; arrears and agreements.</source>
        <translation>Prace zlecane przez spółdzielnie mieszkaniowe spółdzielniom socjalnym oraz zadłużenie i ugody lokatorów.</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Zadłużenie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Jeszcze do zrobienia</translation>
    </message>
    <message>
        <source>The project is set up: every step has its data.</source>
        <translation>Projekt jest przygotowany: każdy krok ma swoje dane.</translation>
    </message>
    <message>
        <source>Setting up the project: %1 of %2 steps done</source>
        <translation>Przygotowanie projektu: wykonano %1 z %2 kroków</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Wykonane kroki: %1 z %2</translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation>umowa nr %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation>Beneficjent: %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Lider: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partnerzy: %1</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Order %1: %2</source>
        <translation>Zlecenie %1: %2</translation>
    </message>
    <message>
        <source>Order %1 (%2) becomes: %3</source>
        <translation>Zlecenie %1 (%2) otrzymuje stan: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numer faktury</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>a disk of this computer</source>
        <translation>dysk tego komputera</translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation>dysk sieciowy</translation>
    </message>
    <message>
        <source>a folder synchronised with the cloud (OneDrive)</source>
        <translation>folder synchronizowany z chmurą (OneDrive)</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerService</name>
    <message>
        <source>The round no longer exists.</source>
        <translation>Ten pomiar już nie istnieje.</translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation>Kwestionariusz tego pomiaru już nie istnieje.</translation>
    </message>
    <message>
        <source>The person is not a respondent of this round.</source>
        <translation>Ta osoba nie jest respondentem tego pomiaru.</translation>
    </message>
    <message>
        <source>The item is not part of the round&apos;s questionnaire.</source>
        <translation>To pytanie nie należy do kwestionariusza tego pomiaru.</translation>
    </message>
    <message>
        <source>Item %1 takes %2, not %3.</source>
        <translation>Pytanie %1 przyjmuje %2, a nie %3.</translation>
    </message>
</context>
<context>
    <name>SurveyDocuments</name>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>There is no round with id %1.</source>
        <translation>Nie ma pomiaru o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation>Kwestionariusz tego pomiaru już nie istnieje.</translation>
    </message>
    <message>
        <source>The round has no respondents.</source>
        <translation>Pomiar nie ma respondentów.</translation>
    </message>
    <message>
        <source>%1 round, %2, %3</source>
        <translation>Pomiar %1, %2, %3</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Code: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (do not write your name on this form)</source>
        <translation>Kod: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (nie wpisuj na formularzu imienia ani nazwiska)</translation>
    </message>
    <message>
        <source>Respondent: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Respondent: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date: .................</source>
        <translation>Data: .................</translation>
    </message>
    <message>
        <source>1 – strongly disagree, 2 – rather disagree, 3 – hard to say, 4 – rather agree, 5 – strongly agree</source>
        <translation>1 – zdecydowanie się nie zgadzam, 2 – raczej się nie zgadzam, 3 – trudno powiedzieć, 4 – raczej się zgadzam, 5 – zdecydowanie się zgadzam</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>Dziękujemy za wypełnienie ankiety.</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>no exit form</source>
        <translation>brak formularza końcowego</translation>
    </message>
    <message>
        <source>no entry form</source>
        <translation>brak formularza wejściowego</translation>
    </message>
    <message>
        <source>no form in either round</source>
        <translation>brak formularza w obu pomiarach</translation>
    </message>
    <message>
        <source>There is no round with id %1.</source>
        <translation>Nie ma pomiaru o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation>Kwestionariusz tego pomiaru już nie istnieje.</translation>
    </message>
    <message>
        <source>%1, %2: items %3 not answered</source>
        <translation>%1, %2: bez odpowiedzi na pytania %3</translation>
    </message>
    <message>
        <source>of the scale</source>
        <translation>skali</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>na wejściu</translation>
    </message>
    <message>
        <source>this round</source>
        <translation>ten pomiar</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>na wyjściu</translation>
    </message>
</context>
<context>
    <name>SurveyRoundService</name>
    <message>
        <source>Choose the questionnaire or test.</source>
        <translation>Wybierz ankietę lub test.</translation>
    </message>
    <message>
        <source>Enter the date the round is given.</source>
        <translation>Podaj datę pomiaru.</translation>
    </message>
    <message>
        <source>Choose the course or the social cooperative it is given to.</source>
        <translation>Wybierz kurs lub spółdzielnię socjalną, w której odbywa się pomiar.</translation>
    </message>
    <message>
        <source>An exit or follow-up round is compared with an entry round: choose it.</source>
        <translation>Pomiar końcowy lub odroczony porównuje się z pomiarem wejściowym: wybierz go.</translation>
    </message>
    <message>
        <source>The questionnaire or test no longer exists.</source>
        <translation>Ta ankieta lub test już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” has no items yet; add them before giving it.</source>
        <translation>„%1” nie ma jeszcze pytań; dodaj je przed pomiarem.</translation>
    </message>
    <message>
        <source>The course or social cooperative no longer exists.</source>
        <translation>Ten kurs lub spółdzielnia socjalna już nie istnieje.</translation>
    </message>
    <message>
        <source>A round compared with this one was given on %1, before %2.</source>
        <translation>Pomiar porównywany z tym odbył się %1, przed %2.</translation>
    </message>
    <message>
        <source>The round to compare with must be an entry round.</source>
        <translation>Pomiar do porównania musi być pomiarem wejściowym.</translation>
    </message>
    <message>
        <source>The entry round was given with another questionnaire or test; scores compare only within the same one.</source>
        <translation>Pomiar wejściowy przeprowadzono inną ankietą lub testem; wyniki porównuje się tylko w obrębie tego samego narzędzia.</translation>
    </message>
    <message>
        <source>The round cannot come before the entry round it is compared with (%1).</source>
        <translation>Pomiar nie może odbyć się przed pomiarem wejściowym, z którym jest porównywany (%1).</translation>
    </message>
    <message>
        <source>Other rounds are compared with this entry round; it stays an entry round.</source>
        <translation>Inne pomiary są porównywane z tym pomiarem wejściowym; pozostaje on wejściowym.</translation>
    </message>
    <message>
        <source>Nobody of %1 takes part on %2: the round would have no respondents.</source>
        <translation>Nikt z grupy %1 nie bierze udziału w dniu %2: pomiar nie miałby respondentów.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>Ten pomiar już nie istnieje.</translation>
    </message>
    <message>
        <source>A round keeps its questionnaire and its group; make a new round instead.</source>
        <translation>Pomiar zachowuje swoją ankietę i grupę; zamiast tego utwórz nowy pomiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n exit or follow-up round(s) are compared with this entry round; delete them first.</source>
        <translation>
            <numerusform>Z tym pomiarem wejściowym porównywany jest %n pomiar końcowy lub odroczony; najpierw go usuń.</numerusform>
            <numerusform>Z tym pomiarem wejściowym porównywane są %n pomiary końcowe lub odroczone; najpierw je usuń.</numerusform>
            <numerusform>Z tym pomiarem wejściowym porównywanych jest %n pomiarów końcowych lub odroczonych; najpierw je usuń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers have been entered for a respondent since; they stay.</source>
        <translation>W międzyczasie wprowadzono odpowiedzi respondenta; pozostaje on w pomiarze.</translation>
    </message>
</context>
<context>
    <name>SurveyScaleService</name>
    <message>
        <source>The scale needs a name.</source>
        <translation>Skala musi mieć nazwę.</translation>
    </message>
    <message>
        <source>There already is a scale called “%1”.</source>
        <translation>Istnieje już skala „%1”.</translation>
    </message>
    <message>
        <source>Participants who improved on: %1</source>
        <translation>Uczestnicy z poprawą w skali: %1</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>osoby</translation>
    </message>
    <message>
        <source>The scale no longer exists.</source>
        <translation>Ta skala już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is one of the project&apos;s goals and stays.</source>
        <translation>„%1” to jeden z celów projektu i pozostaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) measure “%1”; move them to another scale first.</source>
        <translation>
            <numerusform>%n pytanie mierzy „%1”; najpierw przenieś je do innej skali.</numerusform>
            <numerusform>%n pytania mierzą „%1”; najpierw przenieś je do innej skali.</numerusform>
            <numerusform>%n pytań mierzy „%1”; najpierw przenieś je do innej skali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyScoring</name>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>1 (yes) or 0 (no)</source>
        <translation>1 (tak) lub 0 (nie)</translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
</context>
<context>
    <name>SurveysSection</name>
    <message>
        <source>&amp;Rounds and answers</source>
        <translation>&amp;Pomiary i odpowiedzi</translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation>&amp;Wyniki</translation>
    </message>
    <message>
        <source>&amp;Questionnaires and tests</source>
        <translation>&amp;Ankiety i testy</translation>
    </message>
</context>
<context>
    <name>TenantDebtPage</name>
    <message>
        <source>← All tenants</source>
        <translation>← Wszyscy lokatorzy</translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation>Zadłużenie na dzień przystąpienia</translation>
    </message>
    <message>
        <source>Arrears now</source>
        <translation>Zadłużenie obecnie</translation>
    </message>
    <message>
        <source>Change since entry</source>
        <translation>Zmiana od wejścia</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>Zaległość w miesiącach</translation>
    </message>
    <message>
        <source>Repaid from OSS wages</source>
        <translation>Spłacono z wynagrodzeń w OSS</translation>
    </message>
    <message>
        <source>amount, e.g. 350,00</source>
        <translation>kwota, np. 350,00</translation>
    </message>
    <message>
        <source>note (required for a correction)</source>
        <translation>uwagi (wymagane przy korekcie)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Zaksięguj</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Usuń zaznaczony zapis</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Przepracowane godziny</translation>
    </message>
    <message>
        <source>Repaid from wages</source>
        <translation>Spłacono z wynagrodzenia</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Kartoteka</translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation>Ugoda ratalna</translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation>Sprawa eksmisyjna</translation>
    </message>
    <message>
        <source>OSS work</source>
        <translation>Praca w OSS</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Konto już nie istnieje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, account %3%4, %5 · as of %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, konto %3%4, %5 · stan na %6</translation>
    </message>
    <message>
        <source>, flat %1</source>
        <translation>, lokal %1</translation>
    </message>
    <message>
        <source>no monthly charge yet</source>
        <translation>brak opłaty miesięcznej</translation>
    </message>
    <message>
        <source>Full monthly charges the arrears cover; monthly charge %1</source>
        <translation>Liczba pełnych opłat miesięcznych pokrytych zadłużeniem; opłata miesięczna %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 za %2</translation>
    </message>
    <message>
        <source>Not employed in a social cooperative.</source>
        <translation>Brak zatrudnienia w spółdzielni socjalnej.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation>Zaznacz zapis do usunięcia.</translation>
    </message>
    <message>
        <source>The arrears at entry cannot be removed; post a correction instead.</source>
        <translation>Zadłużenia na wejściu nie można usunąć; zaksięguj korektę.</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Usuń wpis</translation>
    </message>
    <message>
        <source>Remove %1 of %2 dated %3?</source>
        <translation>Usunąć zapis „%1” na kwotę %2 z dnia %3?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Usunięcie: %1</translation>
    </message>
    <message>
        <source>ledger.xlsx</source>
        <translation>kartoteka.xlsx</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>TerytCatalogue</name>
    <message>
        <source>%1: cannot read the TERYT file (%2)</source>
        <translation>%1: nie można odczytać pliku TERYT (%2)</translation>
    </message>
    <message>
        <source>%1: not a TERC file of TERYT (column %2 is missing)</source>
        <translation>%1: to nie jest plik TERC rejestru TERYT (brak kolumny %2)</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, wiersz %2: %3</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nazwa jest pusta</translation>
    </message>
    <message>
        <source>WOJ must have 2 digits</source>
        <translation>WOJ musi mieć 2 cyfry</translation>
    </message>
    <message>
        <source>POW must have 2 digits</source>
        <translation>POW musi mieć 2 cyfry</translation>
    </message>
    <message>
        <source>GMI must have 2 digits and RODZ 1 digit</source>
        <translation>GMI musi mieć 2 cyfry, a RODZ 1 cyfrę</translation>
    </message>
    <message>
        <source>%1: the TERYT file has no gminas</source>
        <translation>%1: plik TERYT nie zawiera żadnej gminy</translation>
    </message>
    <message>
        <source>The TERYT code is empty</source>
        <translation>Kod TERYT jest pusty</translation>
    </message>
    <message>
        <source>TERYT code %1: only digits are allowed</source>
        <translation>Kod TERYT %1: dozwolone są tylko cyfry</translation>
    </message>
    <message>
        <source>TERYT code %1: must have 7 digits (voivodeship, powiat, gmina, type), has %2</source>
        <translation>Kod TERYT %1: musi mieć 7 cyfr (województwo, powiat, gmina, rodzaj), a ma %2</translation>
    </message>
    <message>
        <source>TERYT code %1: there is no voivodeship %2</source>
        <translation>Kod TERYT %1: nie ma województwa %2</translation>
    </message>
    <message>
        <source>TERYT code %1: there is no powiat %2 in voivodeship %3</source>
        <translation>Kod TERYT %1: w województwie %3 nie ma powiatu %2</translation>
    </message>
    <message>
        <source>TERYT code %1: there is no gmina %2 of type %3 in powiat %4</source>
        <translation>Kod TERYT %1: w powiecie %4 nie ma gminy %2 rodzaju %3</translation>
    </message>
</context>
<context>
    <name>TerytPicker</name>
    <message>
        <source>Voivodeship</source>
        <translation>Województwo</translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <source>Gmina</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>— voivodeship —</source>
        <translation>— województwo —</translation>
    </message>
    <message>
        <source>— powiat —</source>
        <translation>— powiat —</translation>
    </message>
    <message>
        <source>— gmina —</source>
        <translation>— gmina —</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Late: done on %1, planned by %2 (%3 days late)</source>
        <translation>Opóźnienie: wykonano %1, planowano do %2 (%3 dni opóźnienia)</translation>
    </message>
    <message>
        <source>Late: planned to end on %1 and not done yet</source>
        <translation>Opóźnienie: planowany termin zakończenia %1, jeszcze niewykonane</translation>
    </message>
    <message>
        <source>The project has no dated items yet.</source>
        <translation>Projekt nie ma jeszcze pozycji z datami.</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%1 kw. %2</translation>
    </message>
    <message>
        <source>Planned: %1 – %2</source>
        <translation>Plan: %1 – %2</translation>
    </message>
    <message>
        <source>Actual: %1 – %2</source>
        <translation>Wykonanie: %1 – %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Dziś, %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation>Kamień milowy osiągnięty</translation>
    </message>
    <message>
        <source>Milestone planned</source>
        <translation>Kamień milowy planowany</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Opóźnione</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation>Harmonogram projektu</translation>
    </message>
    <message>
        <source>State on %1</source>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 kw.</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Project timeline: planned and actual dates</source>
        <translation>Harmonogram projektu: terminy planowane i rzeczywiste</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation>Nie można odczytać harmonogramu: %1</translation>
    </message>
    <message>
        <source>Save the project timeline as PDF</source>
        <translation>Zapisz harmonogram projektu jako PDF</translation>
    </message>
    <message>
        <source>project-timeline-%1.pdf</source>
        <translation>harmonogram-projektu-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Na dzień</translation>
    </message>
</context>
<context>
    <name>TrainingDocuments</name>
    <message>
        <source>There is no course with id %1.</source>
        <translation>Nie ma kursu o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>LISTA OBECNOŚCI</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Contract no. %1</source>
        <translation>Umowa nr %1</translation>
    </message>
    <message>
        <source>Support form:</source>
        <translation>Forma wsparcia:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kurs:</translation>
    </message>
    <message>
        <source>OSS group:</source>
        <translation>Grupa OSS:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Godziny:</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Trener:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Surname and first name</source>
        <translation>Nazwisko i imię</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Number of participants present: ..........</source>
        <translation>Liczba obecnych uczestników: ..........</translation>
    </message>
    <message>
        <source>trainer&apos;s signature</source>
        <translation>podpis trenera</translation>
    </message>
    <message>
        <source>The course has no sessions.</source>
        <translation>Kurs nie ma zajęć.</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>ZAŚWIADCZENIE</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Zaświadcza się, że</translation>
    </message>
    <message>
        <source>PESEL %1</source>
        <translation>PESEL %1</translation>
    </message>
    <message>
        <source>completed the course</source>
        <translation>ukończył(a) kurs</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>held from %1 to %2%3</source>
        <translation>prowadzony od %1 do %2%3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>, miejsce: %1</translation>
    </message>
    <message>
        <source>attending %1 of %2 planned hours (%3); completed on %4</source>
        <translation>uczestnicząc w %1 z %2 zaplanowanych godzin (%3); data ukończenia: %4</translation>
    </message>
    <message>
        <source>within the project &quot;%1&quot;, co-financed by the European Union from the European Social Fund.</source>
        <translation>w ramach projektu „%1” współfinansowanego przez Unię Europejską ze środków Europejskiego Funduszu Społecznego.</translation>
    </message>
    <message>
        <source>signature of the project coordinator</source>
        <translation>podpis koordynatora projektu</translation>
    </message>
    <message>
        <source>COURSE SUMMARY</source>
        <translation>PODSUMOWANIE KURSU</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Zajęcia:</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, od %2 do %3</translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation>Liczba godzin:</translation>
    </message>
    <message>
        <source>%1 h (%2 h in sessions); completion at %3 %</source>
        <translation>%1 godz. (w zajęciach %2 godz.); ukończenie od %3 %</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Obecność na zajęciach</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Data ukończenia</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zaświadczenie</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>withdrawn %1: %2</source>
        <translation>rezygnacja %1: %2</translation>
    </message>
    <message>
        <source>Enrolled: %1, completed: %2.</source>
        <translation>Zapisanych: %1, ukończyło: %2.</translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no sessions yet.</source>
        <translation>Kurs „%1” nie ma jeszcze zajęć.</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>This participant has not completed the course &quot;%1&quot;.</source>
        <translation>Ta osoba nie ukończyła kursu „%1”.</translation>
    </message>
    <message>
        <source>Nobody has completed the course &quot;%1&quot; yet.</source>
        <translation>Nikt jeszcze nie ukończył kursu „%1”.</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Zaświadczenie o ukończeniu</translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation>Podsumowanie kursu</translation>
    </message>
    <message>
        <source>completed the course</source>
        <comment>said of a woman</comment>
        <translation>ukończyła kurs</translation>
    </message>
    <message>
        <source>completed the course</source>
        <comment>said of a man</comment>
        <translation>ukończył kurs</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr %1</translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Attendance lists</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zaświadczenia</translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation>Podsumowanie kursu</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Zajęcia</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Uczestnicy</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Obecność</translation>
    </message>
    <message>
        <source>All support forms</source>
        <translation>Wszystkie formy wsparcia</translation>
    </message>
    <message>
        <source>Search courses, trainers, places, OSS</source>
        <translation>Szukaj kursów, trenerów, miejsc, OSS</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nowy kurs</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>Usuń kurs</translation>
    </message>
    <message>
        <source>Generate schedule…</source>
        <translation>Utwórz harmonogram…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Dodaj zajęcia…</translation>
    </message>
    <message>
        <source>Change or move…</source>
        <translation>Zmień lub przenieś…</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Usuń zajęcia</translation>
    </message>
    <message>
        <source>Attendance list of this session</source>
        <translation>Lista obecności tych zajęć</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Rezygnacja…</translation>
    </message>
    <message>
        <source>Cancel withdrawal</source>
        <translation>Cofnij rezygnację</translation>
    </message>
    <message>
        <source>Remove enrolment</source>
        <translation>Usuń zapis</translation>
    </message>
    <message>
        <source>Certificate of this participant</source>
        <translation>Zaświadczenie tego uczestnika</translation>
    </message>
    <message>
        <source>P or 1 present · U or 2 excused · N or 3 absent · Space toggles · Delete clears · Ctrl+Shift+A everyone present · Ctrl+Z undoes</source>
        <translation>P lub 1 obecny · U lub 2 usprawiedliwiony · N lub 3 nieobecny · Spacja przełącza · Delete czyści · Ctrl+Shift+A wszyscy obecni · Ctrl+Z cofa</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>%1 sessions, %2 of %3 planned hours scheduled%4</source>
        <translation>Zajęć: %1, zaplanowano %2 z %3 godzin%4</translation>
    </message>
    <message>
        <source> (%1 h still to schedule)</source>
        <translation> (pozostało do zaplanowania %1 godz.)</translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot; with its %2 sessions, its enrolments and all their attendance? This cannot be undone.</source>
        <translation>Usunąć kurs „%1” wraz z jego zajęciami (%2), zapisami i całą obecnością? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Generate %1 sessions</source>
        <translation>Utworzenie zajęć (%1)</translation>
    </message>
    <message>
        <source>Add session on %1</source>
        <translation>Dodanie zajęć %1</translation>
    </message>
    <message>
        <source>Change session of %1</source>
        <translation>Zmiana zajęć z %1</translation>
    </message>
    <message>
        <source>Delete the session of %1 and its attendance marks?</source>
        <translation>Usunąć zajęcia z %1 wraz z wpisami obecności?</translation>
    </message>
    <message>
        <source>Withdraw from the course</source>
        <translation>Rezygnacja z kursu</translation>
    </message>
    <message>
        <source>Why does %1 leave the course?</source>
        <translation>Dlaczego %1 rezygnuje z kursu?</translation>
    </message>
    <message>
        <source>Date of withdrawal (dd.mm.yyyy):</source>
        <translation>Data rezygnacji (dd.mm.rrrr):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</source>
        <translation>„%1” nie jest datą; wpisz ją jako dd.mm.rrrr.</translation>
    </message>
    <message>
        <source>Remove %1 from the course, as if never enrolled?</source>
        <translation>Usunąć zapis %1 z kursu, tak jakby nigdy nie był zapisany?</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Najpierw wybierz kurs.</translation>
    </message>
    <message>
        <source>Choose the session in the list first.</source>
        <translation>Najpierw wybierz zajęcia z listy.</translation>
    </message>
    <message>
        <source>Choose the participant in the list first.</source>
        <translation>Najpierw wybierz uczestnika z listy.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>document.pdf</source>
        <translation>dokument.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>courses.xlsx</source>
        <translation>kursy.xlsx</translation>
    </message>
    <message>
        <source>sessions.xlsx</source>
        <translation>zajecia.xlsx</translation>
    </message>
    <message>
        <source>enrolments.xlsx</source>
        <translation>zapisy-na-kursy.xlsx</translation>
    </message>
    <message>
        <source>attendance.xlsx</source>
        <translation>obecnosc.xlsx</translation>
    </message>
    <message>
        <source>Enrol participants</source>
        <translation>Zapisz uczestników</translation>
    </message>
    <message>
        <source>Participants are enrolled from the project&apos;s participants, and there are none yet.</source>
        <translation>Na szkolenie zapisuje się uczestników projektu, a nie ma jeszcze żadnego.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>The project&apos;s classes, training and courses will be listed here, each with its sessions, enrolled participants, attendance and certificates.</source>
        <translation>Tu pojawią się zajęcia, szkolenia i kursy projektu, każde z terminami, zapisanymi uczestnikami, obecnością i zaświadczeniami.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Dodaj szkolenie</translation>
    </message>
</context>
<context>
    <name>WageDeduction</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>WageDeductionDialog</name>
    <message>
        <source>Wage deduction for arrears</source>
        <translation>Potrącenia z wynagrodzeń na spłatę zadłużenia</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Oblicz</translation>
    </message>
    <message>
        <source>Month worked</source>
        <translation>Miesiąc pracy</translation>
    </message>
    <message>
        <source>Entries dated</source>
        <translation>Data zapisów</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>Rate and share</source>
        <translation>Stawka i potrącenie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Wynagrodzenie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Potrącenie</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Zadłużenie</translation>
    </message>
    <message>
        <source>To post</source>
        <translation>Do zaksięgowania</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Post to the ledgers</source>
        <translation>Zaksięguj na kontach</translation>
    </message>
    <message>
        <source>%1: members to post: %2, %3 in total.</source>
        <translation>%1: członków do zaksięgowania: %2, razem %3.</translation>
    </message>
    <message>
        <source>%1: nothing to post (already posted, or no hours or arrears).</source>
        <translation>%1: nic do zaksięgowania (już zaksięgowano albo brak godzin lub zadłużenia).</translation>
    </message>
    <message>
        <source>Wage deduction</source>
        <translation>Potrącenia z wynagrodzeń</translation>
    </message>
    <message>
        <source>Wage deduction %1</source>
        <translation>Potrącenia z wynagrodzeń za %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message numerus="yes">
        <source>Wage deduction %1 posted: %n entry(-ies), %2 in total.</source>
        <translation>
            <numerusform>Zaksięgowano potrącenia za %1: %n zapis, razem %2.</numerusform>
            <numerusform>Zaksięgowano potrącenia za %1: %n zapisy, razem %2.</numerusform>
            <numerusform>Zaksięgowano potrącenia za %1: %n zapisów, razem %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WageDeductionService</name>
    <message>
        <source>Choose the month of the wage deduction.</source>
        <translation>Wybierz miesiąc potrącenia z wynagrodzenia.</translation>
    </message>
    <message>
        <source>The wage deduction of %1 cannot be dated before the month (%2).</source>
        <translation>Potrącenie za %1 nie może mieć daty sprzed tego miesiąca (%2).</translation>
    </message>
    <message>
        <source>Computing the wage deduction</source>
        <translation>Obliczanie potrąceń z wynagrodzeń</translation>
    </message>
    <message>
        <source>%1/h, %2</source>
        <translation>%1/godz., %2</translation>
    </message>
    <message>
        <source>No debt account</source>
        <translation>Brak konta zadłużenia</translation>
    </message>
    <message>
        <source>Already posted on %1</source>
        <translation>Już zaksięgowane %1</translation>
    </message>
    <message>
        <source>No hours worked</source>
        <translation>Brak przepracowanych godzin</translation>
    </message>
    <message>
        <source>No arrears</source>
        <translation>Brak zadłużenia</translation>
    </message>
    <message>
        <source>Limited to the arrears</source>
        <translation>Ograniczone do kwoty zadłużenia</translation>
    </message>
    <message>
        <source>Nothing to post for %1: every member with a deduction is already posted or has none.</source>
        <translation>Brak zapisów do zaksięgowania za %1: potrącenia wszystkich członków są już zaksięgowane albo wynoszą zero.</translation>
    </message>
    <message>
        <source>Posting the wage deduction</source>
        <translation>Księgowanie potrąceń z wynagrodzeń</translation>
    </message>
    <message>
        <source>The wage deduction of %1 for %2 was posted meanwhile: nothing was posted. Compute the run again.</source>
        <translation>Potrącenie za %1 dla: %2 zostało w międzyczasie zaksięgowane; nic nie zaksięgowano. Oblicz potrącenia ponownie.</translation>
    </message>
    <message>
        <source>Removing the wage deduction</source>
        <translation>Usuwanie potrąceń z wynagrodzeń</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>Wage deduction %1: %2 worked, wage %3</source>
        <translation>Potrącenie z wynagrodzenia za %1: przepracowano %2, wynagrodzenie %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Osiedle</source>
        <translation>Witamy w programie Osiedle</translation>
    </message>
    <message>
        <source>Osiedle keeps the records of a project that founds social cooperatives with housing cooperatives: recruitment, training, work orders, tenant debt and indicator reports. All data of a project is kept in one file on this computer.</source>
        <translation>Osiedle prowadzi ewidencję projektu, w którym wraz ze spółdzielniami mieszkaniowymi zakłada się spółdzielnie socjalne: rekrutację, szkolenia, zlecenia, zadłużenie lokatorów i sprawozdania ze wskaźników. Wszystkie dane projektu są przechowywane w jednym pliku na tym komputerze.</translation>
    </message>
    <message>
        <source>Create a new project…</source>
        <translation>Utwórz nowy projekt…</translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation>Otwórz plik projektu…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Otwórz projekt demonstracyjny</translation>
    </message>
    <message>
        <source>A made-up project with realistic data, to try the program out</source>
        <translation>Zmyślony projekt z realistycznymi danymi, do wypróbowania programu</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Ostatnie projekty:</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>Nowe zlecenie</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Zlecenie %1</translation>
    </message>
    <message>
        <source>The SM has already ordered it (otherwise a draft)</source>
        <translation>SM już je zleciła (w przeciwnym razie zlecenie robocze)</translation>
    </message>
</context>
<context>
    <name>WorkOrderDocuments</name>
    <message>
        <source>Net value</source>
        <translation>Wartość netto</translation>
    </message>
    <message>
        <source>VAT (%1 %)</source>
        <translation>VAT (%1%)</translation>
    </message>
    <message>
        <source>Gross value</source>
        <translation>Wartość brutto</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Zlecenie %1</translation>
    </message>
    <message>
        <source>Acceptance protocol of work order %1</source>
        <translation>Protokół odbioru zlecenia %1</translation>
    </message>
    <message>
        <source>Ordered on: %1</source>
        <translation>Data zlecenia: %1</translation>
    </message>
    <message>
        <source>Ordering party (SM):</source>
        <translation>Zleceniodawca (SM):</translation>
    </message>
    <message>
        <source>Contractor (OSS):</source>
        <translation>Wykonawca (OSS):</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Rodzaj prac</translation>
    </message>
    <message>
        <source>Place (estate / building)</source>
        <translation>Miejsce (osiedle / budynek)</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>Zakres prac</translation>
    </message>
    <message>
        <source>To be completed by</source>
        <translation>Termin wykonania</translation>
    </message>
    <message>
        <source>The work will be accepted with an acceptance protocol signed by both parties; the invoice is issued after the acceptance.</source>
        <translation>Odbiór prac nastąpi na podstawie protokołu odbioru podpisanego przez obie strony; faktura zostanie wystawiona po dokonaniu odbioru.</translation>
    </message>
    <message>
        <source>for the ordering party (SM)</source>
        <translation>za zleceniodawcę (SM)</translation>
    </message>
    <message>
        <source>for the contractor (OSS)</source>
        <translation>za wykonawcę (OSS)</translation>
    </message>
    <message>
        <source>Drawn up on %1 between the ordering party %2 and the contractor %3.</source>
        <translation>Sporządzony dnia %1 między zleceniodawcą: %2 a wykonawcą: %3.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Work completed on</source>
        <translation>Data wykonania prac</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Przepracowane godziny</translation>
    </message>
    <message>
        <source>The ordering party states that the work has been done in the agreed scope and on time, and accepts it without reservations / with the following reservations:</source>
        <translation>Zleceniodawca stwierdza, że prace wykonano w uzgodnionym zakresie i terminie, i odbiera je bez zastrzeżeń / z następującymi zastrzeżeniami:</translation>
    </message>
    <message>
        <source>The acceptance is the basis for issuing the invoice.</source>
        <translation>Protokół odbioru stanowi podstawę do wystawienia faktury.</translation>
    </message>
    <message>
        <source>Accepted for the SM: %1</source>
        <translation>Odbierający w imieniu SM: %1</translation>
    </message>
    <message>
        <source>(name, signature, stamp)</source>
        <translation>(imię i nazwisko, podpis, pieczęć)</translation>
    </message>
    <message>
        <source>Handed over for the OSS: %1</source>
        <translation>Przekazujący w imieniu OSS: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>Confirmed for the project office:</source>
        <translation>Potwierdzono w imieniu biura projektu:</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation>Spółdzielnia mieszkaniowa (SM)</translation>
    </message>
    <message>
        <source>Social cooperative (OSS)</source>
        <translation>Spółdzielnia socjalna (OSS)</translation>
    </message>
    <message>
        <source>Estate / building</source>
        <translation>Osiedle / budynek</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Rodzaj prac</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Data zlecenia</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Termin wykonania</translation>
    </message>
    <message>
        <source>Net value (zł)</source>
        <translation>Wartość netto (zł)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Stawka VAT</translation>
    </message>
    <message>
        <source>Gross value</source>
        <translation>Wartość brutto</translation>
    </message>
    <message>
        <source>VAT rate %1: give a percentage from 0 to 100</source>
        <translation>Stawka VAT %1: podaj wartość procentową od 0 do 100</translation>
    </message>
    <message>
        <source>%1 (VAT %2)</source>
        <translation>%1 (VAT %2)</translation>
    </message>
</context>
<context>
    <name>WorkOrderLifecycle</name>
    <message>
        <source>draft</source>
        <translation>robocze</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>zlecone</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w realizacji</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>wykonane</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>odebrane</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>zafakturowane</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>opłacone</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>drafted</source>
        <translation>utworzone</translation>
    </message>
    <message>
        <source>started</source>
        <translation>rozpoczęte</translation>
    </message>
    <message>
        <source>Order %1 is already %2</source>
        <translation>Zlecenie %1 jest już %2</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: it cannot be %2</source>
        <translation>Zlecenie %1 jest anulowane: nie może być %2</translation>
    </message>
    <message>
        <source>Order %1 is %2: it can no longer be cancelled</source>
        <translation>Zlecenie %1 jest %2: nie można go już anulować</translation>
    </message>
    <message>
        <source>Order %1 is already %2: it cannot go back to %3</source>
        <translation>Zlecenie %1 jest już %2: nie może wrócić do stanu „%3”</translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be %3 before it is %4</source>
        <translation>Zlecenie %1 jest %2: nie może być %3, zanim nie będzie %4</translation>
    </message>
</context>
<context>
    <name>WorkOrderListModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>SM</source>
        <translation>SM</translation>
    </message>
    <message>
        <source>OSS</source>
        <translation>OSS</translation>
    </message>
    <message>
        <source>Estate / building</source>
        <translation>Osiedle / budynek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Zlecone</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Net (zł)</source>
        <translation>Netto (zł)</translation>
    </message>
    <message>
        <source>Gross (zł)</source>
        <translation>Brutto (zł)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
</context>
<context>
    <name>WorkOrderSeries</name>
    <message>
        <source>every week</source>
        <translation>co tydzień</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>co dwa tygodnie</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>co miesiąc</translation>
    </message>
</context>
<context>
    <name>WorkOrderService</name>
    <message>
        <source>Choose the housing cooperative (SM) that orders the work</source>
        <translation>Wybierz spółdzielnię mieszkaniową (SM) zlecającą pracę</translation>
    </message>
    <message>
        <source>Choose the social cooperative (OSS) that does the work</source>
        <translation>Wybierz spółdzielnię socjalną (OSS) wykonującą pracę</translation>
    </message>
    <message>
        <source>The net value cannot be negative</source>
        <translation>Wartość netto nie może być ujemna</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %</source>
        <translation>Stawka VAT musi mieścić się w przedziale od 0% do 100%</translation>
    </message>
    <message>
        <source>The due date %1 is before the order date %2</source>
        <translation>Termin wykonania %1 przypada przed datą zlecenia %2</translation>
    </message>
    <message>
        <source>A new order starts as a draft or as ordered</source>
        <translation>Nowe zlecenie może być robocze albo zlecone</translation>
    </message>
    <message>
        <source>An ordered order needs its order date</source>
        <translation>Zlecone zlecenie wymaga daty zlecenia</translation>
    </message>
    <message>
        <source>Order %1 no longer exists</source>
        <translation>Zlecenie %1 już nie istnieje</translation>
    </message>
    <message>
        <source>The order no longer exists</source>
        <translation>Zlecenie już nie istnieje</translation>
    </message>
    <message>
        <source>Order %1: give the date it was %2</source>
        <translation>Zlecenie %1: podaj datę, kiedy zostało %2</translation>
    </message>
    <message>
        <source>Order %1 was %2 on %3: it cannot be %4 on %5, before that</source>
        <translation>Zlecenie %1 zostało %2 dnia %3: nie może być %4 dnia %5, czyli wcześniej</translation>
    </message>
    <message>
        <source>Order %1: the invoice number is missing</source>
        <translation>Zlecenie %1: brak numeru faktury</translation>
    </message>
    <message>
        <source>Order %1 is %2: only drafts and cancelled orders can be removed</source>
        <translation>Zlecenie %1 jest %2: usunąć można tylko zlecenia robocze i anulowane</translation>
    </message>
    <message>
        <source>Order %1 has hours worked: it cannot be removed</source>
        <translation>Do zlecenia %1 wpisano przepracowane godziny: nie można go usunąć</translation>
    </message>
    <message>
        <source>A recurring order needs a first date and a last date not before it</source>
        <translation>Zlecenie cykliczne wymaga daty pierwszego zlecenia i daty końcowej nie wcześniejszej od niej</translation>
    </message>
    <message>
        <source>The number of days to complete cannot be negative</source>
        <translation>Liczba dni na wykonanie nie może być ujemna</translation>
    </message>
    <message>
        <source>%1 orders at once are too many: at most %2 can be created in one step</source>
        <translation>%1 zleceń naraz to za dużo: jednorazowo można utworzyć najwyżej %2</translation>
    </message>
    <message>
        <source>Order %1 of the series is already %2: the series cannot be removed</source>
        <translation>Zlecenie %1 z tej serii jest już %2: serii nie można usunąć</translation>
    </message>
    <message>
        <source>%1 minutes in a day: give between 0 and 24 hours</source>
        <translation>%1 minut w ciągu dnia: podaj od 0 do 24 godzin</translation>
    </message>
    <message>
        <source>The day worked is missing</source>
        <translation>Brak dnia pracy</translation>
    </message>
    <message>
        <source>Order %1 is %2: no hours can be worked on it</source>
        <translation>Zlecenie %1 jest %2: nie można wpisać do niego godzin pracy</translation>
    </message>
    <message>
        <source>Order %1 was ordered on %2: hours on %3 are before that</source>
        <translation>Zlecenie %1 zlecono dnia %2: godziny z dnia %3 są wcześniejsze</translation>
    </message>
</context>
<context>
    <name>WorkOrdersSection</name>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Anuluj zlecenie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Print order…</source>
        <translation>Drukuj zlecenie…</translation>
    </message>
    <message>
        <source>Acceptance protocol…</source>
        <translation>Protokół odbioru…</translation>
    </message>
    <message>
        <source>Protocol to PDF…</source>
        <translation>Protokół do PDF…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Wszystkie zlecenia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległość</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Czekające na zapłatę</translation>
    </message>
    <message>
        <source>Search: number, description, estate, invoice…</source>
        <translation>Szukaj: numer, opis, osiedle, faktura…</translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation>OSS:</translation>
    </message>
    <message>
        <source>SM:</source>
        <translation>SM:</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nowe zlecenie…</translation>
    </message>
    <message>
        <source>Recurring order…</source>
        <translation>Zlecenie cykliczne…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>Zleceń: %1</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Oznacz jako: %1</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Nowe zlecenie %1</translation>
    </message>
    <message>
        <source>No dates fall between the first and the last date</source>
        <translation>Między pierwszą a ostatnią datą nie wypada żaden termin</translation>
    </message>
    <message>
        <source>Recurring order %1–%2</source>
        <translation>Zlecenie cykliczne %1–%2</translation>
    </message>
    <message>
        <source>Recurring order</source>
        <translation>Zlecenie cykliczne</translation>
    </message>
    <message>
        <source>%1 orders created: %2 to %3</source>
        <translation>Utworzono zleceń: %1 (od %2 do %3)</translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation>Edycja zlecenia %1</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Zlecenie %1: %2</translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)?</source>
        <translation>Anulować zlecenie %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove order</source>
        <translation>Usuń zlecenie</translation>
    </message>
    <message>
        <source>Remove order %1?</source>
        <translation>Usunąć zlecenie %1?</translation>
    </message>
    <message>
        <source>Remove order %1</source>
        <translation>Usunięcie zlecenia %1</translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation>Godziny pracy z dnia %1</translation>
    </message>
    <message>
        <source>protocol-%1.pdf</source>
        <translation>protokol-odbioru-%1.pdf</translation>
    </message>
    <message>
        <source>Save the acceptance protocol</source>
        <translation>Zapisz protokół odbioru</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>work-orders.xlsx</source>
        <translation>zlecenia.xlsx</translation>
    </message>
    <message>
        <source>The work that the housing cooperatives order from the social cooperatives will be listed here: cleaning, renovation, greenery, with their value, hours and acceptance.</source>
        <translation>Tu pojawią się prace zlecane przez spółdzielnie mieszkaniowe spółdzielniom socjalnym: sprzątanie, remonty, zieleń, z wartością, godzinami i odbiorem.</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nowe zlecenie</translation>
    </message>
    <message>
        <source>A work order is given by a housing cooperative, and the project has none yet.</source>
        <translation>Zlecenie daje spółdzielnia mieszkaniowa, a w projekcie nie ma jeszcze żadnej.</translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation>Spółdzielnie mieszkaniowe</translation>
    </message>
    <message>
        <source>A work order is carried out by a social cooperative, and the project has none yet.</source>
        <translation>Zlecenie wykonuje spółdzielnia socjalna, a w projekcie nie ma jeszcze żadnej.</translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation>Spółdzielnie socjalne</translation>
    </message>
    <message>
        <source>Acceptance protocol</source>
        <translation>Protokół odbioru</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Przepracowane godziny</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>The work orders cannot be read: %1</source>
        <translation>Nie można odczytać zleceń: %1</translation>
    </message>
</context>
<context>
    <name>WorkingPersonButton</name>
    <message>
        <source>Every change is recorded in the change history under this name. Choose who is working.</source>
        <translation>Każda zmiana jest zapisywana w historii zmian pod tym nazwiskiem. Wybierz, kto pracuje.</translation>
    </message>
    <message>
        <source>(no office staff in the project settings)</source>
        <translation>(brak pracowników biura w ustawieniach projektu)</translation>
    </message>
    <message>
        <source>System user (%1)</source>
        <translation>Użytkownik systemu (%1)</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>Pracuje: %1</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Kto pracuje?</translation>
    </message>
    <message>
        <source>Every change is recorded in the change history
under the name of the person working.
Who is working?</source>
        <translation>Każda zmiana jest zapisywana w historii zmian
pod nazwiskiem osoby pracującej.
Kto pracuje?</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this version of Osiedle cannot read .xlsx files; save the sheet as CSV.</source>
        <translation>%1: ta wersja programu Osiedle nie odczytuje plików .xlsx; zapisz arkusz jako CSV.</translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation>%1 nie jest skoroszytem .xlsx.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 nie zawiera arkusza.</translation>
    </message>
    <message>
        <source>%1: the worksheet cannot be read (%2).</source>
        <translation>%1: nie można odczytać arkusza (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty: there is no header row.</source>
        <translation>%1: plik jest pusty: brak wiersza nagłówka.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; an import reads at most %2 MB of a workbook. Split it into smaller files or save the sheet as CSV.</source>
        <translation>Plik %1 po rozpakowaniu ma więcej niż %2 MB; import odczytuje najwyżej %2 MB skoroszytu. Podziel go na mniejsze pliki lub zapisz arkusz jako CSV.</translation>
    </message>
    <message>
        <source>cell %1 is in column %2; an import reads at most %3 columns (A to %4).</source>
        <translation>komórka %1 jest w kolumnie %2; import odczytuje najwyżej %3 kolumn (od A do %4).</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells (by row %2); an import reads at most %1 cells. Split it into smaller files.</source>
        <translation>arkusz ma więcej niż %1 komórek (do wiersza %2); import odczytuje najwyżej %1 komórek. Podziel go na mniejsze pliki.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać pliku %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write .xlsx files; export as CSV.</source>
        <translation>Ta wersja programu Osiedle nie zapisuje plików .xlsx; wyeksportuj do CSV.</translation>
    </message>
</context>
</TS>
