#pragma once

#include <QString>

namespace osiedle::bench {

class FloorConnection;

/// The floor of the participant import: the file read the simplest way (whole, as UTF-8, split
/// on line ends and ';') into a temporary table of text, then import-participants.sql derives,
/// checks and writes the participants, all in one transaction. The TERYT register the derived
/// columns need is loaded once, as the program loads its catalogue once.
class ImportFloor {
public:
    explicit ImportFloor(FloorConnection& connection);

    QString description() const;
    /// Imports the file into the connection's project; returns the number of participants
    /// written. Throws std::runtime_error.
    qint64 run(const QString& csvPath);

private:
    FloorConnection& m_connection;
};

} // namespace osiedle::bench
