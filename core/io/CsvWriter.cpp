#include "core/io/CsvWriter.h"

#include "core/common/OutputFile.h"

#include <QRegularExpression>

namespace osiedle::core {

CsvWriter::CsvWriter(const QString& path, QChar delimiter) : m_path(path), m_delimiter(delimiter)
{
    m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() = default;

QString CsvWriter::neutralise(const QString& field)
{
    if (field.isEmpty()) {
        return field;
    }
    const QChar first = field.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r')) {
        return field;
    }
    // A negative number stays a number: "-12", "-1 234,56", "-0.5", "-12,50 zł", "-3,5 %".
    static const QRegularExpression negativeNumber(
        QStringLiteral("^-(\\d+|\\d{1,3}([ \\x{00A0}\\x{202F}]\\d{3})+)([.,]\\d+)?([ \\x{00A0}\\x{202F}]?(zł|%))?$"));
    if (negativeNumber.match(field).hasMatch()) {
        return field;
    }
    return QLatin1Char('\'') + field;
}

QString CsvWriter::quote(const QString& raw, QChar delimiter)
{
    const QString field = neutralise(raw);
    if (!field.contains(delimiter) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r'))) {
        return field;
    }
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line.append(m_delimiter);
        }
        line.append(quote(fields.at(i), m_delimiter));
    }
    line.append(QLatin1String("\r\n"));
    m_buffer.append(line.toUtf8());
}

Status CsvWriter::finish()
{
    return OutputFile::write(m_path, m_buffer);
}

} // namespace osiedle::core
