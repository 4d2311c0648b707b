<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>%1 is damaged: the file is shorter than it should be (truncated).</source>
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
        <source>%1 is open in another program (%2, process %3 on %4). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing (is the folder read-only?).</source>
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
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
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
        <source>&quot;%1&quot; is too large an amount</source>
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
</context>
<context>
    <name>osiedle::ui::MainWindow</name>
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
        <source>Cannot open the project</source>
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
</context>
<context>
    <name>osiedle::ui::PlaceholderSection</name>
    <message>
        <source>This section is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>osiedle::ui::WelcomePage</name>
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
</TS>
