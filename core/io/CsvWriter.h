#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace osiedle::core {

/// Writes CSV the way Polish spreadsheet programs open it without questions: UTF-8 with a BOM,
/// `;` between fields, CRLF line ends, fields quoted when they hold `;`, quotes or line breaks.
/// The file is written to a temporary name and moved into place by finish(), so a failed
/// export never leaves half a file.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString& path, QChar delimiter = QLatin1Char(';'));
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const QStringList& fields);
    /// Flushes and moves the file into place. Error: the folder cannot be written.
    Status finish();

    /// One field as written (quoted when needed).
    static QString quote(const QString& field, QChar delimiter = QLatin1Char(';'));

private:
    QString m_path;
    QChar m_delimiter;
    QByteArray m_buffer;
};

} // namespace osiedle::core
