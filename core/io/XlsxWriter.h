#pragma once

#include "core/common/Result.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>
#include <variant>

namespace osiedle::core {

/// One cell of a written sheet: empty, text, whole number, decimal number, date (written as a
/// real date with the format DD.MM.YYYY), or money (a number with the format "# ##0,00").
using XlsxCell = std::variant<std::monostate, QString, qint64, double, QDate, Money>;

/// Writes .xlsx files through libxlsxwriter (OSIEDLE_HAVE_XLSXWRITER); without it every
/// finish() returns an error. Usage: addSheet, writeHeader, writeRow…, finish. The header row is
/// bold and frozen, columns get a width from their header. The file is written through
/// OutputFile (never over a project, complete or not at all) and its numbers with a decimal
/// point whatever the locale. Not thread-safe.
class XlsxWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    explicit XlsxWriter(const QString& path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    /// True when this build can write .xlsx.
    static bool available();

    /// Starts a new worksheet (names longer than 31 characters are cut, as Excel requires).
    void addSheet(const QString& name);
    void writeHeader(const QStringList& titles);
    void writeRow(const QList<XlsxCell>& cells);
    /// Closes the workbook and writes the file. Error: the target is refused (OutputFile) or
    /// cannot be written.
    Status finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace osiedle::core
