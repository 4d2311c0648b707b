-- the demo's content written into a new file the simplest way: every row and index of the file the program made, copied by SQLite (VACUUM INTO), without generating anything
--
-- :copy is the new file. Run on a connection to the file the program made.

VACUUM INTO :copy;
