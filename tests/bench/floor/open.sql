-- a project file opened: the connection made (sqlite3_open_v2, collation, cache), the log mode and foreign keys set, the schema read and the file's kind and version checked
--
-- Run on a new connection each time; the caller closes it afterwards.

PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
SELECT count(*) FROM sqlite_master;
PRAGMA application_id;
PRAGMA user_version;
