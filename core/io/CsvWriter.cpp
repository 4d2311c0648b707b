#include "core/io/CsvWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace osiedle::core {

CsvWriter::CsvWriter(const QString& path, QChar delimiter) : m_path(path), m_delimiter(delimiter)
{
    m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() = default;

QString CsvWriter::quote(const QString& field, QChar delimiter)
{
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
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_buffer) != m_buffer.size() || !out.commit()) {
        return Error{tr("Cannot write %1: %2").arg(QFileInfo(m_path).fileName(), out.errorString())};
    }
    return {};
}

} // namespace osiedle::core
