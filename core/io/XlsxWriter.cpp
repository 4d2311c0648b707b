#include "core/io/XlsxWriter.h"

#include "core/common/CNumericLocale.h"
#include "core/common/OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#ifdef OSIEDLE_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

namespace osiedle::core {

struct XlsxWriter::State {
    explicit State(const QString& target) : path(target), out(target) {}
    QString path;
    OutputFile out; ///< libxlsxwriter writes a staged file beside the target
    QString error;
    bool finished = false;
#ifdef OSIEDLE_HAVE_XLSXWRITER
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_format* money = nullptr;
    lxw_row_t row = 0;
    QByteArray tmpdir; ///< kept alive as long as the workbook
#endif
};

XlsxWriter::XlsxWriter(const QString& path) : m_state(std::make_unique<State>(path))
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    const auto staged = m_state->out.openStaged();
    if (!staged) {
        m_state->error = staged.error().message;
        return;
    }
    // libxlsxwriter takes UTF-8 file names on every system (it converts them on Windows). Its
    // own temporary files (each sheet before it is zipped) go beside the staged file too, not
    // into the system temporary folder: they hold the same personal data.
    m_state->tmpdir = QDir::toNativeSeparators(QFileInfo(*staged).absolutePath()).toUtf8();
    lxw_workbook_options options{};
    options.tmpdir = m_state->tmpdir.data();
    m_state->workbook = workbook_new_opt(QDir::toNativeSeparators(*staged).toUtf8().constData(), &options);
    if (!m_state->workbook) {
        m_state->error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return;
    }
    m_state->bold = workbook_add_format(m_state->workbook);
    format_set_bold(m_state->bold);
    format_set_text_wrap(m_state->bold);
    format_set_align(m_state->bold, LXW_ALIGN_VERTICAL_TOP);
    m_state->date = workbook_add_format(m_state->workbook);
    format_set_num_format(m_state->date, "dd.mm.yyyy");
    m_state->money = workbook_add_format(m_state->workbook);
    format_set_num_format(m_state->money, "#,##0.00");
#endif
}

XlsxWriter::~XlsxWriter()
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    if (m_state->workbook && !m_state->finished) {
        lxw_workbook_free(m_state->workbook); // never finished: nothing is written
    }
#endif
}

bool XlsxWriter::available()
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    return true;
#else
    return false;
#endif
}

void XlsxWriter::addSheet(const QString& name)
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    if (!m_state->workbook) {
        return;
    }
    QString clean = name;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        clean.replace(bad, QLatin1Char(' '));
    }
    m_state->sheet = workbook_add_worksheet(m_state->workbook, clean.left(31).toUtf8().constData());
    m_state->row = 0;
#else
    Q_UNUSED(name)
#endif
}

void XlsxWriter::writeHeader(const QStringList& titles)
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    if (!m_state->sheet) {
        addSheet(QStringLiteral("Arkusz1"));
    }
    if (!m_state->sheet) {
        return;
    }
    for (int c = 0; c < titles.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(m_state->sheet, m_state->row, col, titles.at(c).toUtf8().constData(), m_state->bold);
        const double width = std::clamp(static_cast<double>(titles.at(c).size()) + 2.0, 10.0, 30.0);
        worksheet_set_column(m_state->sheet, col, col, width, nullptr);
    }
    worksheet_freeze_panes(m_state->sheet, m_state->row + 1, 0);
    ++m_state->row;
#else
    Q_UNUSED(titles)
#endif
}

void XlsxWriter::writeRow(const QList<XlsxCell>& cells)
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    if (!m_state->sheet) {
        addSheet(QStringLiteral("Arkusz1"));
    }
    if (!m_state->sheet) {
        return;
    }
    lxw_worksheet* sheet = m_state->sheet;
    const lxw_row_t row = m_state->row;
    for (int c = 0; c < cells.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const XlsxCell& cell = cells.at(c);
        if (const auto* text = std::get_if<QString>(&cell)) {
            if (!text->isEmpty()) {
                worksheet_write_string(sheet, row, col, text->toUtf8().constData(), nullptr);
            }
        } else if (const auto* whole = std::get_if<qint64>(&cell)) {
            worksheet_write_number(sheet, row, col, static_cast<double>(*whole), nullptr);
        } else if (const auto* number = std::get_if<double>(&cell)) {
            worksheet_write_number(sheet, row, col, *number, nullptr);
        } else if (const auto* date = std::get_if<QDate>(&cell)) {
            if (date->isValid()) {
                lxw_datetime dt{date->year(), date->month(), date->day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, col, &dt, m_state->date);
            }
        } else if (const auto* money = std::get_if<Money>(&cell)) {
            worksheet_write_number(sheet, row, col, static_cast<double>(money->grosze()) / 100.0, m_state->money);
        }
    }
    ++m_state->row;
#else
    Q_UNUSED(cells)
#endif
}

Status XlsxWriter::finish()
{
#ifdef OSIEDLE_HAVE_XLSXWRITER
    if (!m_state->error.isEmpty()) {
        return Error{m_state->error};
    }
    if (m_state->finished) {
        return {};
    }
    if (!m_state->sheet) {
        addSheet(QStringLiteral("Arkusz1"));
    }
    m_state->finished = true;
    lxw_error rc = LXW_NO_ERROR;
    {
        // The library prints numbers with printf: "77.5", never the process locale's "77,5".
        const CNumericLocale decimalPoint;
        rc = workbook_close(m_state->workbook);
    }
    m_state->workbook = nullptr;
    if (rc != LXW_NO_ERROR) {
        m_state->out.cancel();
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_state->path), QString::fromUtf8(lxw_strerror(rc)))};
    }
    return m_state->out.commitStaged();
#else
    return Error{tr("This version of Osiedle cannot write .xlsx files; export as CSV.")};
#endif
}

} // namespace osiedle::core
