<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementTab</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaugurated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work inaugurated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the agreement signed on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerGrid</name>
    <message>
        <source>The answers grid is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent&apos;s code or name contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerGridModel</name>
    <message>
        <source>Y</source>
        <comment>yes, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>no, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no score yet, items %2 not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points (of %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent or the item is no longer in this round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerImport</name>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the questionnaire has no item %1 (it has %n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 has two columns: “%2” and this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a column that names the person: “code” (kod), “pesel”, “name” (imię i nazwisko), or “first name” and “last name”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column names an item of the questionnaire: title them by the item&apos;s number (1, 2, …) or its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no round with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round&apos;s questionnaire no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no respondent of this round has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody with PESEL %1 is a respondent of this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody called “%1” is a respondent of this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several respondents are called “%1”; give the code or PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row does not say whose form it is: give the code, PESEL or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an answer of item %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerImportDialog</name>
    <message>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a row per form, e.g. the export of an online form. The person is found by the column code (kod), pesel, or name (imię i nazwisko; or first name and last name); each item has a column titled by its number (1, 2, … or P1, Pyt. 1) or its text. Answers: 1–5 or the words of the scale (raczej się zgadzam…), tak/nie or 1/0, a test&apos;s answer as 1, 2, 3… or a, b, c… or its text. A blank cell is no answer. Every row is checked first: nothing is imported while any row is wrong. A person&apos;s form in the file replaces what was entered for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left aside: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing will be imported. Correct the file and choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n form(s), no problems; %2 of them replace answers entered before. Ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import answers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) imported from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrearsOverview</name>
    <message>
        <source>Reading the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the plans at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance fell from %1 % to %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours worked fell from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 to the arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttainmentChart</name>
    <message>
        <source>Target attainment: cumulative value as % of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone present on the session of the current column (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance grid is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 h planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 present, %3 attended hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <comment>present, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused absence, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>absent, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: at least %1 % of the planned hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed yet: %1 % of the planned hours needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant or the session is no longer on this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is no longer on this course.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceImport</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a column &quot;pesel&quot; or &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no course with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several courses are called &quot;%1&quot;; give the course id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no course &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; write present, excused or absent (obecny, usprawiedliwiony, nieobecny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course has no session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course has %1 sessions on %2; enter them in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody with PESEL %1 is enrolled on this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody called &quot;%1&quot; is enrolled on this course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several participants are called &quot;%1&quot;; give the PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the participant&apos;s PESEL or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same participant and session as row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceService</name>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled on this course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupBeforeChange</name>
    <message>
        <source>Nothing was changed: the backup copy made before every change of this kind failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Give exactly one FILE to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup copy&apos;s file name with -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give the backup copy a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup copies of %1 in %2: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--list only lists the copies; it takes no -o or --verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy %1 failed its check and was removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was checked in full: it is sound (integrity check passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was checked: every page of it can be read (quick check passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli restore FILE --from COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one project FILE to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the copy to restore with --from COPY (osiedle-cli backup FILE --list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2. The project as it was is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli backup FILE [-o OUT] [--verify]
       osiedle-cli backup FILE -o OUT.zip --encrypt [--password-file FILE]
       osiedle-cli backup FILE --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encrypt needs -o OUT: the encrypted copy is written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy of %1 written to %2, encrypted with AES-256 (checked in full before it was sealed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 failed its check and was removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a period was locked or unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts the chosen copy in place of the project; the project as it is now is kept as a copy first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen copy in the window to look at it; nothing can be changed in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies of %1 in the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the backup copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the copy of %1 (%2) in place of the project %3?

The project as it is now is kept as a copy in %4 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;copy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>Arrears over time (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected with the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateNumber</name>
    <message>
        <source>Write how certificates are numbered, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number pattern is %1 characters long; at most 60 fit on a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number pattern &quot;%1&quot; has no {n} where the certificate&apos;s number goes, so every certificate of a course would get the same number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person erased on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons anonymised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change-history.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryExport</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryPanel</name>
    <message>
        <source>change-history.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistoryText</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM&apos;s OPS/PUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period lock log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution (OPS/PUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voivodeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour-market status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt account no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring institution no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared start of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the support ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of flats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions (OPS, PUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: problems found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: none (the file holds no project data yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality: the mandatory data of every participant is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality: %1 of %2 participants have incomplete mandatory data (they do not count in indicators until it is completed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (id %2): missing %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored on: %1 (changes go through a write-ahead log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored on: %1 (changes go through a rollback journal, as is safe there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found problems (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is dated before the project start, and every start and end of participation agrees with the counting rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records not counted or to correct: %1 (the report&apos;s data quality lists them all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliBackup</name>
    <message>
        <source>Backup copy made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the backup copy made before every change of this kind failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPassword</name>
    <message>
        <source>--password-file is for an encrypted output: add --encrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the encrypted archive (one line): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password from standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write encrypted archives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPeriod</name>
    <message>
        <source>Bad date in the period: %1 (expected YYYY-MM-DD, a day that exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad period: %1 (expected a reporting period&apos;s id or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad period: %1 (expected a reporting period&apos;s id or number, or FROM..TO as YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no reporting period with id or number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetitionService</name>
    <message>
        <source>The competition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results (%1) cannot come before the competition was announced (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of awards cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &quot;%1&quot; needs a maximum of at least 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the criterion &quot;%1&quot; must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nomination names exactly one nominee: a social cooperative, a housing cooperative, a participant or another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nomination no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion does not belong to this competition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror does not belong to this competition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points for &quot;%2&quot;: the criterion &quot;%3&quot; gives from 0 to %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; already has nominations of its kind; remove them before changing who the category is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A juror has already given %1 points for &quot;%2&quot;; the maximum cannot be lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The juror no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is for: %2. Nominate one of those.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompetitionTab</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet: print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet: save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring (type the points of each juror for each criterion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIE AT THE LAST AWARD: the jury decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competition-results.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jury-scoring-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a resident who is not a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1st place, distinction (empty: no award)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of %1 for %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competition edition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the edition &quot;%1&quot; with its categories, criteria, jury, nominations and scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the category &quot;%1&quot; with its nominations and their scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the criterion &quot;%1&quot; with the points given for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juror %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the jury, with the points given?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the list; choose from the list or type the name of another person below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nomination of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the nomination of %1 with the jury&apos;s points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competition-ranking.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominations.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationListModel</name>
    <message>
        <source>%1 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationService</name>
    <message>
        <source>Enter the date of the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the social cooperative or the participant (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up cannot be before the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsSection</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 consultations, %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(participants without an OSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the consultation of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultations given at the consultation point will be listed here: legal, accounting, administrative and funding advice to a cooperative or a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopDetailsDialog</name>
    <message>
        <source>Data of the cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopDocuments</name>
    <message>
        <source>Founding checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding rules: %1 (founding group of at least %2 natural persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (legal person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founders listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement – summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative (OSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indefinitely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope (kinds of work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work inaugurated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopReportCalculator</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs a valid start and end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no social cooperative with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the cooperative&apos;s report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoopReportDocument</name>
    <message>
        <source>Social cooperative report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom project participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in support / completed / dropped out at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of the members in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed by the cooperative on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders ordered in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, net %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked on the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-point sales in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; arrears on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the members&apos; arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid from wages in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cooperative had no members in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid from wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a project participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: minutes present ÷ minutes of the sessions marked in the period (an excused absence is not attendance). Participation, employment and arrears as on the period&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>Save course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseListModel</name>
    <message>
        <source>%1 h scheduled in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseService</name>
    <message>
        <source>Enter the course name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the support form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion threshold must be between 1 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session must last at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The course has %n questionnaire round(s); delete them first (Questionnaires and tests).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Row %1: a quoted field is not closed (the file may be cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the file is not text in UTF-8 or Windows-1250 (it may be saved as UTF-16 &quot;Unicode text&quot;, or be a spreadsheet or another binary file). Save it as CSV (UTF-8 or Windows) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has more than %1 cells (by row %2); an import reads at most %1 cells. Split the file into smaller ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns; an import reads at most %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvValues</name>
    <message>
        <source>expected a date YYYY-MM-DD or DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected yes or no (tak/nie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is outside %1–%2, the dates Osiedle accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Progress towards the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: %2 – %3 · claim due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has ended: as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator has a target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants with incomplete records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment plans with an overdue instalment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue work orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up consultations due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment claim due: %1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment claim of the period was due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open these records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSummary</name>
    <message>
        <source>Cannot read the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <source>Housing cooperative qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative registered in the KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study trip attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment in a social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries of a debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, before the project start (%3): not counted by any indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported start of participation %1 is not the first support recorded (%2); the indicators count from the support recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported start of participation %1 has no support recorded (no attended session or consultation): not a participant until support is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation ends on %1 without its outcome (completed as planned or dropped out): counted as ended, neither as planned nor dropped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case suspended, withdrawn or settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the project start (%1): not counted by any indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit round of a questionnaire or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to the processing of personal data is recorded: record the date it was given, or erase the person&apos;s data if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew the consent to the processing of personal data on %1: the data is kept only as long as the project&apos;s archiving obligation requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataQualityTable</name>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted until the mandatory data is complete; missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Osiedle project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Osiedle project file (it is not a database at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Osiedle project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osiedle (data format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an Osiedle project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new project needs a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Osiedle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data format of %1 must be updated, but the backup copy could not be made first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go on working, restore the latest backup copy: in Osiedle File › Restore from a backup…, or osiedle-cli restore &quot;%1&quot; --from COPY (osiedle-cli backup &quot;%1&quot; --list shows the copies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2), so nothing is written to it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the project stayed busy; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than it should be (truncated). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it is not an Osiedle project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 names on the disk (hard links). Osiedle opens a project only under one name, so that two programs never write it at once and no change is lost. Remove the other names, or make a copy (osiedle-cli backup, or copy the file) and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program (its lock file %2 cannot be read). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there first. If Osiedle is no longer running on %3 (the computer was switched off or stopped working), the lock can be taken over: open the file in Osiedle, which asks before it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes: no lock file can be made beside it (%2). The folder or the medium is read-only; the project can still be opened read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only, so it cannot be opened for changes; it can still be opened read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>%1 is not a date: check the day and the month. The field keeps %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the allowed dates %2 – %3. The field keeps %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedRecordsRepository</name>
    <message>
        <source>participants who started support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing cooperatives admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founding steps of social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperation agreements signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members employed in social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service points opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instalment agreements signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatesChange</name>
    <message>
        <source>Outside the new dates (%1 – %2) there would be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay in the file, but no indicator counts what is dated outside the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting periods are fitted to the new dates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtLedgerService</name>
    <message>
        <source>Choose the debt account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raises the arrears: the amount cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lowers the arrears: the amount cannot raise them (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment from OSS wages has a wage month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the housing cooperative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrears at entry cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant already has a debt account at this housing cooperative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number %1 is already used at this housing cooperative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt account %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage deduction for %1 is already posted on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of %1 dated %2 no longer exists; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtServices</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtWatchDialog</name>
    <message>
        <source>Open tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorsModel</name>
    <message>
        <source>No agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (flat %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtsSection</name>
    <message>
        <source>Search: name, PESEL, account, flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage deduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants: %1; arrears at entry %2, now %3, change %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears of the participants as of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active agreements with an overdue instalment on %1. More than 30 days overdue: the agreement is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants with an overdue instalment on %1 whose attendance or hours worked fell in the last 30 days, compared with the 30 days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a debt account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debtors.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans-at-risk.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-warnings.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants&apos; debt accounts will be listed here: the arrears at entry, every charge and payment since, agreements and eviction cases. Open an account for a participant, or import a housing cooperative&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debt account is kept at a housing cooperative, and the project has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debt account belongs to a participant, and the project has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtsText</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverableService</name>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deliverable marked done needs the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliverable has a done date (%1) but is not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies planned cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies printed cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies have already been given out, so at least %1 were printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deliverable no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom the copies were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the distribution is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies given out must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not done yet: copies can be given out once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies cannot be given out on %1, before &quot;%2&quot; was done (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 printed copies of &quot;%3&quot; are left to give out, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverablesTab</name>
    <message>
        <source>Search title or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS (market research)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deliverable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deliverable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its distribution log and evidence files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the deliverable first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n copies to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove distribution to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliverables.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution-log.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: osiedle-cli demo FILE [--scale N] [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; the demo is written only to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo project written to %1 (scale %2, seed %3) in %4 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 housing cooperatives, %2 social cooperatives, %3 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 courses, %2 sessions, %3 attendance marks, %4 consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 work orders, %2 debt ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The scale must be a whole number from 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes made in this form have not been saved. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyListHint</name>
    <message>
        <source>Nothing matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedArchive</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: it needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a control character (a tab or a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Osiedle cannot encrypt archives (libzip was built without AES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the encrypted archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the encrypted archive: it cannot be read back from memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write encrypted archives; it was built without libzip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private working folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Show everyone, not only qualified participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentListModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentService</name>
    <message>
        <source>%1 is on the reserve list, only qualified participants can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rejected in recruitment, only qualified participants can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has resigned from the project, only qualified participants can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not meet the eligibility criteria, only qualified participants can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been qualified yet, only qualified participants can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal cannot be dated before the enrolment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment holds certificate no. %1 and cannot be removed; withdraw the participant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant already has attendance marks on this course; withdraw them instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No education (ISCED 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (ISCED 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary (ISCED 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary (ISCED 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-secondary (ISCED 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher (ISCED 5–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive, in education or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social welfare centre (OPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County labour office (PUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration-motivation classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounting advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding group formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business idea prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statute drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application filed with the KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in the KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP and REGON obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up grant applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up grant awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridging support awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement with the SM signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work inaugurated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President of the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory board member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative employment contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-law contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renovation and building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the SM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative tenant right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment from OSS wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit / payment order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–24 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–54 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55–64 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 years and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives (OSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventService</name>
    <message>
        <source>The event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs its first and last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost per person cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and guests need a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit on %1 is outside the dates of &quot;%2&quot; (%3 – %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 on %2 would fall outside the new dates; change or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; cannot be put back: it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendee is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of travellers of a study trip, or the attendance list of a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of travellers / attendance list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits of partners (Trentino)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: participants %1 (women %2, men %3), staff %4, guests %5; total %6; total cost %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event-list.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (staff, guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its attendees and visits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project participant from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant of the project; staff and guests are entered with another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attendee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event-attendees.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner-visits.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvictionCaseService</name>
    <message>
        <source>Choose the participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eviction is ordered: say whether it grants the right to a social flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last stage of a case can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvictionPanel</name>
    <message>
        <source>Open an eviction case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the right to a social flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the right to a social flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvictionPath</name>
    <message>
        <source>No proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the stage is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has ended (%1): no stage can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 would come before the previous stage (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the judgment grants the right to a social flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An eviction cannot be executed between 1 November and 31 March (winter protection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in the winter protection (1 November – 31 March): the eviction cannot be executed then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Incomplete: %1 (missing: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) written to %1, %2 of them incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the project FILE, the kind of data and -o OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator table needs --period ID|FROM..TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) of %1 – %2 written to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: osiedle-cli export FILE %1 --format csv|xlsx -o OUT [--period ID|FROM..TO]
       [--encrypt [--password-file FILE]]   OUT is then an AES-256 ZIP archive; the password is the file&apos;s first line, or a line read from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with AES-256: open %1 with 7-Zip (or Windows Explorer) and the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundingPath</name>
    <message>
        <source>A founding group needs at least %1 natural persons under the %2 rules; %3 listed as founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members are from outside the eligible groups: they may not exceed half of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be dated before %3 (%4), which it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2 needs it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundingPathTab</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print founders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding rules %1: a founding group of at least %2 natural persons. Founders listed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step in the checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step follows from the cooperation agreement: enter it on the Agreement tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the step &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove founding step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founding-path.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Osiedle: records and reports of a project that founds social cooperatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file to open (*.osiedle).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Health panel of the social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours
year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All social cooperatives side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed
by the OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders
overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperatives-health.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) past the due date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cooperation agreement with the SM yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody employed by the OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: orders past their due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look: the members&apos; share rule, no agreement, no orders this month or nobody employed while operating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: osiedle-cli history FILE [--record KIND:ID] [--person NAME] [--from DATE] [--to DATE] [--format csv|json] [-o OUT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record must be KIND:ID, e.g. participant:17, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD or DD.MM.YYYY, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <source>Save hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked: choose an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked on order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 h. By member: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours-worked.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingCoopForm</name>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NNN-NNN-NN-NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmina (TERYT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of flats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPS and PUP serving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add PUP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of flats as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add housing cooperative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit housing cooperative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete housing cooperative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperative has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingCoopListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingCoopListSection</name>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected housing cooperative?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions (OPS/PUP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>housing-cooperatives.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperatives (SM) that apply to join the project will be listed here, with their status, their estates and the OPS and PUP they work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a housing cooperative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPS and PUP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingCoopRepository</name>
    <message>
        <source>%n participant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n social cooperative(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cooperation agreement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n work order(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n debt account(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingCoopService</name>
    <message>
        <source>E-mail %1 is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of flats cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot come before the application (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS %1 is already recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnswers</name>
    <message>
        <source>--round must be the id of a round of a questionnaire or test, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported, %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n of them replace answers entered before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows checked: %n form(s) would be imported%2 (dry run, nothing written).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows checked: %n form(s) imported%2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAttendance</name>
    <message>
        <source>%1: nothing imported, %2 problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: %2 attendance marks would be imported (dry run, nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked: %2 attendance marks imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) in %2 of %3 rows; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) checked, no problems; nothing written (--dry-run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the project FILE, the kind of data and the INPUT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli import FILE %1 INPUT [--dry-run]
       osiedle-cli import FILE answers --round ID INPUT [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the round the answers belong to with --round ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round is an option of the answers import only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLedger</name>
    <message numerus="yes">
        <source>%1: nothing imported, %n problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked for %2 account(s), no problems; nothing written (--dry-run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ledger entry(-ies) imported for %2 account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import reads files of at most %3 MB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCalculator</name>
    <message>
        <source>The period needs a valid start and end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the indicator report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Social cooperatives founded and working with housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants activated socially and professionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears repaid and evictions avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project products delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives registered in KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM–OSS cooperation agreements signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who started support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who completed integration-motivation classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who completed management training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who completed a vocational course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations given at the consultation point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of the study trip to Trentino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants employed in a social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who completed the project as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who signed an instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants whose arrears fell since entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction of participants&apos; total arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants at risk of eviction whose case was suspended, withdrawn or settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value of housing cooperatives&apos; work orders accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears repaid from social cooperative wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service points of social cooperatives opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products delivered (expertise, brochure, market research, guide, film, conference, competition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants whose entrepreneurial attitudes improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrepreneurial attitudes of participants shaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants whose knowledge of the social economy improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge of the social economy as an employer raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants whose relations with their neighbourhood improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations of OSS members with their neighbourhood improved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorReportCsv</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: % of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorReportDocument</name>
    <message>
        <source>Indicator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical progress of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By labour-market status at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By place of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants with complete mandatory data. Labour-market status, age and education at entry to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems met in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans until the next payment claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant who started support by the end of the period has complete data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These participants started support by the end of the period but are not counted in the indicators until their mandatory data is complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared by (name, role, signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator report %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was locked on %1; its values are those locked then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data gives the same values now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data now gives different values in %n cell(s): they are highlighted in the tables and listed here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since the period was locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added after locking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mandatory data of %n participant(s) changed since, so they are counted differently now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants, arrears and work orders month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is dated before the project start, and every start and end of participation agrees with the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that no indicator counts, and participant records to correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T – total, W – women, M – men. Cumulative values count from the project start to the last day of the period; amounts in PLN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorReportFiles</name>
    <message>
        <source>indicator-report-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the indicator report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators-%1-%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicator table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorReportXlsx</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorService</name>
    <message>
        <source>A value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This indicator is not counted by sex: leave women and men empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both women and men, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the total too (women + men = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women (%1) + men (%2) = %3, not the total %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the women and men of this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is required (e.g. copies, persons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has values already: its split by sex cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated: its split by sex cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated from the data and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a value in the locked period %2: unlock the period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is calculated from the data: it has no values to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked: unlock it first to change its values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added after the period was locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1, the data now gives: %2 (difference %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTargetsDialog</name>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons, counted as women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New own indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values per reporting period (typed by the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (own indicator) – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n locked period(s) were reported with the target %1. Their reports will show the new target beside the locked one as a difference. Change it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the indicator &quot;%1&quot; with its values of every period?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 in period %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstalmentPlanService</name>
    <message>
        <source>Signing the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt account %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already has an active agreement signed on %1: mark it completed, broken or cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the agreement&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already has another active agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstalmentSchedule</name>
    <message>
        <source>The signing date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no instalments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment %1: the amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment %1: the due date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment %1: due on %2, before the agreement was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment %1: due before the instalment before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instalments add up to %1, not to the total %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, still kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept (over 30 days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institutions (OPS/PUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add institution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit institution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete institution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutions.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>%n housing cooperative(s) it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n participant(s) it referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved when the score on the scale rises by at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In use: %n answer(s) have been entered with it. Its wording, order, instructions and the minimal changes can be edited; to change its items, make a new version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scores differ by up to %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change questionnaire “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentListModel</name>
    <message>
        <source>In use: its items stay as they are; make a new version to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentService</name>
    <message>
        <source>Item %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the scale it measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give at least two answers to choose from, none of them empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mark the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimal change must be from 1 to %1 points: the scale&apos;s items allow no more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have been entered with “%1”. Make a new version of it to change its items; the answers stay with this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change how it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move to another scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be turned round (reversed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot get more or fewer answers to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change its right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is an instrument called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instrument no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has been given in %n round(s); delete the rounds first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentsTab</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the draft “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy to change freely; the answers stay with this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes of the questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New questionnaire “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Reversed: agreeing speaks against the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to choose from (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>right: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KrsNumber</name>
    <message>
        <source>KRS number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number %1: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number %1: has %2 digits, at most 10 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS number %1: zero is not a register number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>the account number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no debt account has this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n housing cooperatives have an account with this number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the account was opened on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a kind of entry; write charge, payment, wage_payment, housing_allowance, write_off, interest or correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrears at entry are set when the account is opened, not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must not be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a correction may be negative; give the amount without a minus (the kind says whether it raises or lowers the arrears), or import a reversal as a correction with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correction needs a note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is missing (the columns are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column without a title (the columns are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a column of a ledger (the columns are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2, value &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 of %2 columns (it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 columns, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (an amount with a decimal comma must be in quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same entry is already in the ledger (was the file imported before?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a wage payment has a month of wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wage payment needs the month of the wages it is deducted from: add the column wage_month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month of the wages is missing (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a month; write it as YYYY-MM, e.g. 2013-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wages of %1 are already deducted on this account (entry of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 already deducts the wages of this month on this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s); nothing will be imported. Correct the file and choose it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) for %2 account(s), no problems. Ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ledger entry(-ies) imported for %1 account(s) from %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and writing the entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or XLSX file from the housing cooperative&apos;s system, one ledger entry a row, with the columns account (the account number at the SM), date, kind, amount and note — or Nr konta, Data, Rodzaj, Kwota, Uwagi. Amounts are positive; the kind (charge, payment, wage payment, housing allowance, write-off, interest, correction) says which way they go; only a correction has a sign and needs a note. A wage payment also names the month of the wages it is deducted from (column wage_month or Miesiąc wynagrodzenia, YYYY-MM); a month is deducted once per account. Every row is checked first: nothing is imported while any row is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list as shown (filtered and sorted) as an Excel workbook or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockChangesTable</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added after locking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCommand</name>
    <message>
        <source>Usage: osiedle-cli unlock FILE --period ID --reason TEXT [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli lock FILE --period ID [--by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for unlocking with --reason TEXT: it is recorded with the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 (%2) unlocked; the reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 (%2) locked: its report is stored as computed now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedReport</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored report is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked, but its locked report cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoStrip</name>
    <message>
        <source>%1 is empty: choose the image file of the logo strip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a logo strip (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoStripImage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be drawn: the image is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project used last, %1, is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osiedle projects (*.osiedle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project open now; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osiedle projects (*.osiedle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy cannot replace the project itself; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of a project that founds social cooperatives together with housing cooperatives: recruitment, training, work orders, tenant debt and indicator reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time Osiedle starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup copy, read-only) — Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the project file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing will be written to it: it stays open so that you can look at it.

Choose a backup copy to restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file was checked: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was made and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copy is open read-only. File › Restore from a backup… puts a copy back in place of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was restored. The project as it was before is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day documents and new records are dated by default: today while the project runs, its last day once it is over. Each document can still be dated otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference day: %1 (the project has ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference day: %1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new project needs a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the archiving date: replace the names, PESEL numbers, addresses and contacts of every person, keeping the indicators as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add employment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (legal person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for someone who is not a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal person (e.g. the gmina, an NGO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a group the law on social cooperatives admits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members from outside the eligible groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the members?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed by this OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another employer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zł per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent of the wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed amount a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the wage to the arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction %1: give a percentage, e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the employment of %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipService</name>
    <message>
        <source>Choose a participant or type the member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the membership starts is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employed participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the employment is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employment cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time must be more than 0 and at most a full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the part of the wage that goes to the arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction cannot exceed 100 % of the wage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingData</name>
    <message>
        <source>Go to %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an amount has at most two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more than %2, the largest amount Osiedle accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Usage: osiedle-cli new FILE --title TITLE --start YYYY-MM-DD --end YYYY-MM-DD [--contract NUMBER] [--beneficiary NAME] [--no-periods]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one FILE to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a new project is written only to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Project &quot;%1&quot; written to %2: %3 – %4, %n reporting period(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next: osiedle-cli project %1 set KEY=VALUE… (see osiedle-cli project %1 show).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>Make the reporting periods: calendar quarters over these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be filled in later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s partners, office staff, logo strip and the rest are set up next, on the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>NIP is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1: must have 10 digits, has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1: wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAccountDialog</name>
    <message>
        <source>Open a debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number in the SM&apos;s system, e.g. K/0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lipowa 7/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4 250,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title to the flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on (entry into the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant has a debt account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the debt account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project file %2 itself: nothing is written over it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to the project %2 (it holds its recent changes or its lock): nothing is written over it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of a project (its log or its lock): nothing is written over it. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Osiedle project file: an export, a report or a printout never replaces one. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). The file may be open in another program (for example Excel) or be read-only: close it there, or choose another file name, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantCompleteness</name>
    <message>
        <source>first name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL (or the no-PESEL flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: gmina (TERYT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: locality and postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour-market status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact (phone, mobile or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantExport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantExportDialog</name>
    <message>
        <source>Export participant monitoring data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per participant with the columns of the funder&apos;s participant form. Leave the period empty to export everyone; with a period, those whose participation started in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the participants with incomplete data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both dates of the period (DD.MM.YYYY), the first not after the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant selected has complete monitoring data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) with incomplete monitoring data:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantFilterBar</name>
    <message>
        <source>Data incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the participants whose monitoring data is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All courses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantFlow</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom long-term unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of whom in education or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Participant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PESEL (foreigner): sex and birth date are typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NN-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmina (TERYT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour market and recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour-market status at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant of (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— still taking part —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (first support received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no support received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the gmina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring data complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing monitoring data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant card has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to a national or ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the person withdrew the consent to data processing; empty while the consent stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no housing cooperative of this name is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OPS or PUP of this name is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is missing (expected &quot;%1&quot; or &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 of %2 columns (it is cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same PESEL as in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give a start of participation. The start is the first support recorded (an attended session or a consultation), so these dates are kept only to be compared with it: until the support is recorded, and wherever it differs, the report&apos;s data quality lists the person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check of the file was cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImport::Problem</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2, value &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantImportWizard</name>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with one participant per row. The first row names the columns; the next step lets you match them to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns of the file to the fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are valid and can be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems (listed below); %3 rows are valid. Correct the file and choose it again, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read the corrected file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex: woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex: man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1. The person does not count in the indicators until this is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of participation: the day of the first support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: woman, M: man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the mandatory monitoring data of the participant is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age at the start of participation (today for those who have not started yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListSection</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by surname, first name or PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected participant? Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates and participants of the project will be listed here: the tenants recruited with their data, recruitment status and support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase on request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>%n course enrolment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n attendance mark(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n consultation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n social cooperative membership(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n employment record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) of work logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n debt account(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n eviction case(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n event attendance(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n questionnaire form(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantService</name>
    <message>
        <source>First name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL is required (or mark the person as having no PESEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex is required for a person without PESEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date is required for a person without PESEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1 is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation cannot end before it started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end date is required when the participation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for dropping out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1 is already recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referring institution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s details are not recorded in this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1 gives the birth date %2, after the day of entry %3: nobody is recruited before being born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 is after the day of entry %2: nobody is recruited before being born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the participation ended (completed as planned or dropped out), or clear the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent can be withdrawn only when the date it was given is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot be withdrawn (%1) before it was given (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal of the consent (%1) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. recruitment of housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is shown only now and is not kept anywhere. Without it the file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPlan</name>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would become period no. %2: unlock it first, or keep the project&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  period %1 is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  period %1 becomes no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  period %1 gets the claim number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  period %1 becomes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  period %1 is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would fall outside the project&apos;s new dates: unlock it first, or choose dates that include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and would be cut by the project&apos;s new dates: unlock it first, or choose dates that include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reporting period lasts from 1 to 24 months, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim number pattern &quot;%1&quot; has no {n} where the period&apos;s number goes, so every claim would get the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked (its payment claim has been sent) and lies outside the project&apos;s dates: unlock it first, or change the project&apos;s dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WNP-POKL.07.02.02-14-045/11-{n} (empty: no claim numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods are generated over the project&apos;s dates: 3 months gives calendar quarters. Locked periods stay as they are. A period&apos;s notes and who prepared its report are edited in the Reports section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim numbers ({n}: the period&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods are already as asked: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods there are now would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the periods? (This can be undone.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reporting period(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataCommand</name>
    <message>
        <source>Usage: osiedle-cli person-data FILE --participant ID -o OUT.pdf|OUT.json [--encrypt [--password-file FILE]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person with --participant ID (a record number), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the output file with -o OUT.pdf or -o OUT.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no person with the record number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data held about %1 (%n record(s)) is written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: osiedle-cli erase FILE --participant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copies made earlier still hold the person&apos;s data until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli anonymise FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised in %1. Delete the older backup copies: they still hold the data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataDocument</name>
    <message>
        <source>Personal data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the project file holds about the person on %1 (record number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller of the data: %1. Purpose: carrying out and monitoring the project &quot;%2&quot; (contract %3). The documents are kept until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the archiving obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to these records is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDataReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordsRepository</name>
    <message>
        <source>Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PESEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voivodeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour-market status at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant of (SM, record number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring institution (record number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruited on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start given by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for dropping out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRightsActions</name>
    <message>
        <source>The document cannot be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal-data-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data held about %1 (%n record(s)) is saved in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase at the person&apos;s request? This removes for good:
%1

This cannot be undone. Backup copies made earlier still hold the data until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s data is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise every person in this project? Names, PESEL numbers, addresses, contacts and notes are replaced for good; sex, age, area, education, labour status and every event stay, so the indicators and the locked reports do not change.

This cannot be undone. Save a backup copy first if you may still need the data, and delete the older backup copies afterwards: they still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalDataService</name>
    <message>
        <source>%n attendance mark(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n course enrolment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n consultation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n social cooperative membership(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n employment record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s) of work logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n eviction case(s) with their stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n debt account(s) with their entries and instalment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n competition nomination(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n event attendance(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n questionnaire form(s) with their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a participant of the project (support received since %2). A participant&apos;s documents must be kept until the date of the archiving obligation, and the project has none set: set &quot;Keep documents until&quot; in the project settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a participant of the project (support received since %2): the project&apos;s documents must be kept until %3, so the person&apos;s data cannot be erased before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the personal record of %1 (name, PESEL, address, contacts, recruitment, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no date until which its documents are kept: set &quot;Keep documents until&quot; in the project settings first. The persons can be anonymised after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s documents must be kept until %1: the persons can be anonymised after that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pesel</name>
    <message>
        <source>PESEL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1: must have 11 digits, has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1: month %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1: the birth date %2-%3-%4 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1: wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign an agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instalment agreement signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7 — %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the schedule as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instalment-schedule.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of %1 for %2 in %3 instalments (%4). On %5: paid %6, overdue %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalCode</name>
    <message>
        <source>Postal code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code %1: write it as two digits, a hyphen and three digits (NN-NNN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Give the project FILE and the kind of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--course must be the id of a course, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write with -o OUT.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coop must be the id of a social cooperative, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no competition with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no study trip or conference with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an option of the %2 document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--competition must be the id of a competition, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event must be the id of a study trip or conference, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round must be the id of a round of a questionnaire or test, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work order with id %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be the id of a work order, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--signed-by: &quot;%1&quot; is not among the office staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedIdentityTab</name>
    <message>
        <source>Remove the strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the logo strip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of a project co-financed by the European Union carry a strip of logos at the top of every page (the programme&apos;s, the EU&apos;s and the European Social Fund&apos;s, as the funder&apos;s rules show them). Load your own image of it: PNG, JPEG or SVG, about ten times as wide as high. It is kept inside the project file and printed on every document: reports, attendance lists, certificates, protocols and the others. Without it, the pages carry only the line with the project&apos;s title and contract number. The co-financing line at the foot of every page stays either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top of each page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo strip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the logo strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo strip is printed at the top of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of course certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}: the certificate&apos;s number within the course, {course}: the course&apos;s number, {year}: the year the course was completed. For example %1 gives &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private to its owner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for the program&apos;s own files is known on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsDocuments</name>
    <message>
        <source>Competition results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: the sum over jurors and criteria of points × the criterion&apos;s weight. Equal scores share a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jury scoring sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juror: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (0–%2, weight %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and juror&apos;s signature: ..............................................</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: participants %1 (women %2, men %3), staff %4, guests %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study trip and conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramVersion</name>
    <message>
        <source>%1 (commit %2)</source>
        <comment>program version and the source code commit it was built from</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project FILE and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give what to do with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1 (show, set, add-partner, add-staff, add-day-off or periods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no project details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen: %1 signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one KEY=VALUE to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting: %1 (known: %2, logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; repeat with --yes to change the dates all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectDetailsTab</name>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UDA-POKL.07.02.02-14-045/11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary&apos;s NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary&apos;s REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Warszawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the project&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dates to %1 – %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archiving obligation of the funding contract: until this day no participant&apos;s record may be erased; after it the persons can be anonymised (File › Anonymise…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep documents until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectKeys</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the founding rules (2009 or 2018).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not among the office staff (add the person with add-staff first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting: %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLists</name>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key: %1 (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-partner name=… role=leader|partner …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: the role is leader or partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1 added: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-staff name=… role=… [position=…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: the role is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff %1 added: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE add-day-off DATE REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: &quot;%1&quot; is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--months must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods takes no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods there are now would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; repeat with --yes to replace the periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reporting period(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the computer %2 (%3, process %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in Osiedle: %2.

If Osiedle is no longer running there (the computer was switched off or stopped working), you can take the project over and work on it here. If it is still open there, two people would change the project at once and changes could be lost.

Take the project over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open it read-only to look at it? Nothing can be changed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Choose a backup copy to restore now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectRestore</name>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 cannot be kept as a copy in %2 before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of the project %1 cannot be kept beside its copy in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project itself, not a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program: %2. Close it there before restoring a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for the restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed, so the copy is not restored (the project is unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be put in place of %1 (%2). The project as it was is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not a sound copy (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectService</name>
    <message>
        <source>The new project could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes of the project&apos;s details?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSettingsService</name>
    <message>
        <source>This file has no project details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of a project (the years %2–%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory must be one of the office staff (there is none with id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 has been locked since, so the periods cannot be put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer among the office staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the day off (it is shown when a schedule skips the day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the office&apos;s days off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the dates the program keeps (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents are kept at least until the project ends (%1), not only until %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTimeline</name>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study trip and conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectedExport</name>
    <message>
        <source>Encrypted ZIP archive, AES-256 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, encrypted with AES-256. It opens with 7-Zip, WinRAR or Windows Explorer and this password. Pass the password on by another channel than the file (by phone, by text message, in person), never in the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pentecost Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption of Mary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecruitmentPipelineView</name>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet criteria / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resigned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify the next from the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the participants first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the rejection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the resignation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recruitment decision for %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Qualify %1 from the reserve list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecruitmentService</name>
    <message>
        <source>not a tenant of a housing cooperative of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not admitted to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither in rent arrears nor at risk of eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour-market status not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employed (the project admits unemployed or inactive people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot; and cannot be moved to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason why %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In rent arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every full 1 000 zł of arrears (up to 5 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by an OPS or PUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of &quot;%1&quot; must be between 0 and %2; %3 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion must give points, or every candidate scores 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 cannot be dated %2, before the recruitment on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on %1 cannot be dated %2, before the previous decision on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecruitmentSettingsDialog</name>
    <message>
        <source>Recruitment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points each criterion adds to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New points re-score the %n person(s) already scored or on the reserve list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Optional monitoring data collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant card asks for what is ticked, and the monitoring export has a column for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the recruitment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringOrderDialog</name>
    <message>
        <source>Recurring work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each due after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Regon</name>
    <message>
        <source>REGON is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON %1: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON %1: must have 9 or 14 digits, has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON %1: its first 9 digits are not a valid REGON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGON %1: wrong check digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by status at the end of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants&apos; arrears at the end of each month (total of their debt accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand PLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value of accepted work orders per month, by social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project FILE is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: %1 (this version writes pdf, html, json, csv and xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF or XLSX file cannot be written to standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSeriesCalculator</name>
    <message>
        <source>Other social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodDialog</name>
    <message>
        <source>Reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment claim number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans until the next claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked on %1: the period&apos;s report is kept as it was sent. To change the period, unlock it in Reports (the reason is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlocked by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reporting period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reporting period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reporting period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period %1 (%2 – %3)? Its manual indicator values are deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reporting period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the office staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingPeriodService</name>
    <message>
        <source>Period %1 is locked (since %2): unlock it first, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 exists already (%2 – %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates overlap period %1 (%2 – %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is locked already (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for unlocking the period: it is recorded with the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Indicator report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calculated in this version (left out of the report): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators and targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the payment claim is sent: keep this report as it is now. Later changes of the data are shown beside it, never applied silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since locking (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked on %1: the values are those of the report as it was locked, and the data gives the same values now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked on %1: the values are those of the report as it was locked. The data now gives different values in %n cell(s), highlighted as &quot;locked → now&quot; and listed in &quot;Changes since locking&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock period %1 (%2 – %3)? Its report is kept as it is now. Later changes of the data are shown beside the locked values; the period cannot be edited until it is unlocked, which needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is period %1 unlocked? The reason is recorded with the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period stays locked: unlocking needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-quality.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes-since-locking.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Mean score at entry and at exit (% of the scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at entry: %2 points of %3–%4 (%n form(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at exit: %2 points of %3–%4 (%n form(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: forms by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results-people.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results-not-compared.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results-by-group.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By course and OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet: give a questionnaire or test in the Rounds tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the entry round of %1. Improved: the score rose by at least the minimal change. The report&apos;s indicators count of them the project&apos;s participants with complete data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry round: its scores alone. Choose its exit round to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry mean (K, M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit mean (K, M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · W %2 · M %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (W %2, M %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: the forms carry a code instead of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire or test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundListModel</name>
    <message>
        <source>Anonymous: the forms carry codes, not names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <source>Search questionnaires, courses, OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a form by code or name (Ctrl+F), Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add those of the course or OSS on the round&apos;s date who are not respondents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answers of each form: 1–5 · 1 or T yes, 0, 2 or N no · a test&apos;s answer 1, 2, 3… or a, b, c… — the cursor moves to the next item, after the last to the next form · Enter next form · Delete clears · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questionnaires and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round to type its forms in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 round of %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 round of %2 (%3) with its %n form(s) entered?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete round of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody of the group is a respondent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n respondent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) added to the round.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaires.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>2009 rules: a founding group of at least 5 natural persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2018 rules: a founding group of at least 3 natural persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National or ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrant, person of foreign origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the office is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding rules of social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional participant data the office collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s days off (the course schedule skips them, as it skips public holidays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove day off %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalesDialog</name>
    <message>
        <source>Scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the questionnaires and tests measure. Each item counts towards one scale; a scale reported as an indicator gives the report the line “participants who improved” on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report “%1” as an indicator (participants who improved on it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scale “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scale “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scale “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Generate the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions, %2 h, from %3 to %4; %5 days skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDocument</name>
    <message>
        <source>Instalment agreement: repayment schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title to the flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount covered by the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments counted as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments received after the agreement was signed are applied to the oldest unpaid instalment first. The agreement is kept while no instalment is more than 30 days overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repayment schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleGenerator</name>
    <message>
        <source>Choose the date of the first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session must last at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to schedule: the planned hours are already reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule would run longer than five years; choose more days or longer sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePointTab</name>
    <message>
        <source>The service point is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the services offered, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month %1, this year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service-point-sales.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course&apos;s trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupProgress</name>
    <message>
        <source>the contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, contract no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no partners yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of the office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no office staff yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n housing cooperative(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no housing cooperatives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s) (OPS, PUP)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no OPS or PUP yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no participants yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n social cooperative(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no social cooperatives yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no work orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n debt account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no debt accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shown</name>
    <message>
        <source>T</source>
        <comment>column title: total (Polish: O, ogółem)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <comment>column title: women (Polish: K, kobiety)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>column title: men (Polish: M, mężczyźni)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignPlanDialog</name>
    <message>
        <source>Sign an instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to repay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryChoice</name>
    <message>
        <source>Who signs the document for the project office?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCoopCard</name>
    <message>
        <source>%1 orders, %2 net; paid %3, unpaid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founding path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed by the OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service point sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SM: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 founding steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1, work inaugurated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from outside the eligible groups: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month %1, this year %2 (open since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service point yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month %1 h, this year %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and sales per month (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members employed by the OSS (end of month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the cooperative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cooperative&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours-by-member.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCoopListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCoopListSection</name>
    <message>
        <source>Social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, locality or housing cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New OSS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New social cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the cooperative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New OSS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-cooperatives.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social cooperatives (OSS) founded in the project will be listed here, each with its founding path, members, agreement, work and service point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a social cooperative…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocialCoopService</name>
    <message>
        <source>The name of the cooperative is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the housing cooperative (SM) of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date of the agreement is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inauguration cannot be dated before the signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the sale is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which service was sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening date of the service point is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Koordynatorka projektu (empty: the role&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of the office are offered wherever a document is signed: the report&apos;s &quot;prepared by&quot;, attendance lists, certificates and acceptance protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs documents by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the first coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 (office staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default signatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSection</name>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title, contract number, beneficiary and dates that reports and documents print; the reporting periods; the logo strip of the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership named in the report, and the people of the office who sign lists, certificates, protocols and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives and institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The housing cooperatives (SM) that join the project, and the OPS and PUP that refer people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenants recruited, typed in one by one or imported from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes, training and courses with their sessions, attendance and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cooperatives founded by the participants, from founding group to registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders and debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work the housing cooperatives order from the social cooperatives, and the tenants&apos; arrears and agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is set up: every step has its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the project: %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) becomes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>a disk of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder synchronised with the cloud (OneDrive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyAnswerService</name>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not a respondent of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not part of the round&apos;s questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 takes %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDocuments</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round has no respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 round, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; (do not write your name on this form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: .................</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – strongly disagree, 2 – rather disagree, 3 – hard to say, 4 – rather agree, 5 – strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>no exit form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no form in either round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s questionnaire no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: items %3 not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyRoundService</name>
    <message>
        <source>Choose the questionnaire or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the round is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the course or the social cooperative it is given to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exit or follow-up round is compared with an entry round: choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire or test no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no items yet; add them before giving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course or social cooperative no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round compared with this one was given on %1, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round to compare with must be an entry round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry round was given with another questionnaire or test; scores compare only within the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round cannot come before the entry round it is compared with (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rounds are compared with this entry round; it stays an entry round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of %1 takes part on %2: the round would have no respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round keeps its questionnaire and its group; make a new round instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exit or follow-up round(s) are compared with this entry round; delete them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answers have been entered for a respondent since; they stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyScaleService</name>
    <message>
        <source>The scale needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a scale called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who improved on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is one of the project&apos;s goals and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) measure “%1”; move them to another scale first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyScoring</name>
    <message>
        <source>1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (yes) or 0 (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysSection</name>
    <message>
        <source>&amp;Rounds and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires and tests</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TenantDebtPage</name>
    <message>
        <source>← All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid from OSS wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount, e.g. 350,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note (required for a correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaid from wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, account %3%4, %5 · as of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, flat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monthly charge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full monthly charges the arrears cover; monthly charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not employed in a social cooperative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entry to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrears at entry cannot be removed; post a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 of %2 dated %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerytCatalogue</name>
    <message>
        <source>%1: cannot read the TERYT file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a TERC file of TERYT (column %2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WOJ must have 2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POW must have 2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMI must have 2 digits and RODZ 1 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the TERYT file has no gminas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TERYT code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code %1: only digits are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code %1: must have 7 digits (voivodeship, powiat, gmina, type), has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code %1: there is no voivodeship %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code %1: there is no powiat %2 in voivodeship %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TERYT code %1: there is no gmina %2 of type %3 in powiat %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerytPicker</name>
    <message>
        <source>Voivodeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— voivodeship —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— powiat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— gmina —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Late: done on %1, planned by %2 (%3 days late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: planned to end on %1 and not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no dated items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Project timeline: planned and actual dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project-timeline-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDocuments</name>
    <message>
        <source>There is no course with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname and first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of participants present: ..........</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course has no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESEL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held from %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attending %1 of %2 planned hours (%3); completed on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the project &quot;%1&quot;, co-financed by the European Union from the European Social Fund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature of the project coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COURSE SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h (%2 h in sessions); completion at %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled: %1, completed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course &quot;%1&quot; has no sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant has not completed the course &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has completed the course &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed the course</source>
        <comment>said of a woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed the course</source>
        <comment>said of a man</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSection</name>
    <message>
        <source>Attendance lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search courses, trainers, places, OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance list of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P or 1 present · U or 2 excused · N or 3 absent · Space toggles · Delete clears · Ctrl+Shift+A everyone present · Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions, %2 of %3 planned hours scheduled%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 h still to schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the course &quot;%1&quot; with its %2 sessions, its enrolments and all their attendance? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate %1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1 and its attendance marks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does %1 leave the course?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of withdrawal (dd.mm.yyyy):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the course, as if never enrolled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participant in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courses.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolments.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants are enrolled from the project&apos;s participants, and there are none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s classes, training and courses will be listed here, each with its sessions, enrolled participants, attendance and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WageDeduction</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WageDeductionDialog</name>
    <message>
        <source>Wage deduction for arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to the ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: members to post: %2, %3 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to post (already posted, or no hours or arrears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage deduction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wage deduction %1 posted: %n entry(-ies), %2 in total.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WageDeductionService</name>
    <message>
        <source>Choose the month of the wage deduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage deduction of %1 cannot be dated before the month (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the wage deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited to the arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to post for %1: every member with a deduction is already posted or has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting the wage deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage deduction of %1 for %2 was posted meanwhile: nothing was posted. Compute the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the wage deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage deduction %1: %2 worked, wage %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Osiedle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osiedle keeps the records of a project that founds social cooperatives with housing cooperatives: recruitment, training, work orders, tenant debt and indicator reports. All data of a project is kept in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up project with realistic data, to try the program out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SM has already ordered it (otherwise a draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderDocuments</name>
    <message>
        <source>Net value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance protocol of work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering party (SM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor (OSS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (estate / building)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work will be accepted with an acceptance protocol signed by both parties; the invoice is issued after the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the ordering party (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the contractor (OSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn up on %1 between the ordering party %2 and the contractor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ordering party states that the work has been done in the agreed scope and on time, and accepts it without reservations / with the following reservations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptance is the basis for issuing the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for the SM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(name, signature, stamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over for the OSS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed for the project office:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <source>Housing cooperative (SM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperative (OSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate / building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net value (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate %1: give a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (VAT %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderLifecycle</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is cancelled: it cannot be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: it can no longer be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already %2: it cannot go back to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: it cannot be %3 before it is %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate / building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderSeries</name>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrderService</name>
    <message>
        <source>Choose the housing cooperative (SM) that orders the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the social cooperative (OSS) that does the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net value cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before the order date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order starts as a draft or as ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordered order needs its order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: give the date it was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 on %3: it cannot be %4 on %5, before that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the invoice number is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: only drafts and cancelled orders can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has hours worked: it cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring order needs a first date and a last date not before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days to complete cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders at once are too many: at most %2 can be created in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 of the series is already %2: the series cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes in a day: give between 0 and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day worked is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2: no hours can be worked on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was ordered on %2: hours on %3 are before that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOrdersSection</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: number, description, estate, invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates fall between the first and the last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring order %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders created: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove order %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the acceptance protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work-orders.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work that the housing cooperatives order from the social cooperatives will be listed here: cleaning, renovation, greenery, with their value, hours and acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order is given by a housing cooperative, and the project has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order is carried out by a social cooperative, and the project has none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work orders cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingPersonButton</name>
    <message>
        <source>Every change is recorded in the change history under this name. Choose who is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no office staff in the project settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System user (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded in the change history
under the name of the person working.
Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: this version of Osiedle cannot read .xlsx files; save the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the worksheet cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; an import reads at most %2 MB of a workbook. Split it into smaller files or save the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 is in column %2; an import reads at most %3 columns (A to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells (by row %2); an import reads at most %1 cells. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Osiedle cannot write .xlsx files; export as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
