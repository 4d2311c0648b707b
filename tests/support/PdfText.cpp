#include "support/PdfText.h"

#include <QProcess>
#include <QStandardPaths>

namespace osiedle::test {

bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfText(const QString& path)
{
    QProcess process;
    // -raw keeps each table cell's lines together (the layout mode interleaves wrapped cells)
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace osiedle::test
