#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace osiedle::core {

/// Writes CSV the way Polish spreadsheet programs open it without questions: UTF-8 with a BOM,
/// `;` between fields, CRLF line ends, fields quoted when they hold `;`, quotes or line breaks.
/// A text a spreadsheet would run as a formula (beginning with =, +, -, @, a tab or a carriage
/// return, like a participant named =HYPERLINK(…)) gets a leading apostrophe; numbers stay
/// numbers. finish() writes through OutputFile, so a failed export never leaves half a file
/// and never replaces a project.
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

    /// One field as written (neutralised, then quoted when needed).
    static QString quote(const QString& field, QChar delimiter = QLatin1Char(';'));
    /// A field that a spreadsheet would take for a formula, with a leading apostrophe; a
    /// negative number ("-1 234,56") and any other text unchanged.
    static QString neutralise(const QString& field);

private:
    QString m_path;
    QChar m_delimiter;
    QByteArray m_buffer;
};

} // namespace osiedle::core
