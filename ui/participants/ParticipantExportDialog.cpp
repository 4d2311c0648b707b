#include "ui/participants/ParticipantExportDialog.h"

#include "core/io/CsvValues.h"
#include "ui/common/AppContext.h"
#include "ui/common/ProtectedExport.h"
#include "ui/common/UserPrompt.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace osiedle::ui {

ParticipantExportDialog::ParticipantExportDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_export(context.db)
{
    setObjectName(QStringLiteral("participantExportDialog"));
    setWindowTitle(tr("Export participant monitoring data"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One row per participant with the columns of the funder's participant form. Leave the "
                                "period empty to export everyone; with a period, those whose participation started "
                                "in it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setPlaceholderText(tr("DD.MM.YYYY"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setPlaceholderText(tr("DD.MM.YYYY"));
    form->addRow(tr("Started from"), m_from);
    form->addRow(tr("to"), m_to);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_incomplete = new QListWidget(this);
    m_incomplete->setObjectName(QStringLiteral("incomplete"));
    layout->addWidget(m_incomplete, 1);
    m_exclude = new QCheckBox(tr("Leave out the participants with incomplete data"), this);
    m_exclude->setObjectName(QStringLiteral("excludeIncomplete"));
    layout->addWidget(m_exclude);
    auto* buttons = new QHBoxLayout;
    auto* xlsx = new QPushButton(tr("Export to XLSX…"), this);
    xlsx->setObjectName(QStringLiteral("exportXlsx"));
    auto* csv = new QPushButton(tr("Export to CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addStretch(1);
    buttons->addWidget(xlsx);
    buttons->addWidget(csv);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_from, &QLineEdit::editingFinished, this, &ParticipantExportDialog::refresh);
    connect(m_to, &QLineEdit::editingFinished, this, &ParticipantExportDialog::refresh);
    connect(xlsx, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    refresh();
    resize(560, 480);
}

core::ParticipantExport::Options ParticipantExportDialog::options(bool* ok) const
{
    core::ParticipantExport::Options o;
    o.excludeIncomplete = m_exclude->isChecked();
    *ok = true;
    if (m_from->text().trimmed().isEmpty() && m_to->text().trimmed().isEmpty()) {
        return o;
    }
    const auto from = core::CsvValues::date(m_from->text());
    const auto to = core::CsvValues::date(m_to->text());
    if (!from || !to || *to < *from) {
        *ok = false;
        return o;
    }
    o.from = *from;
    o.to = *to;
    return o;
}

void ParticipantExportDialog::refresh()
{
    bool ok = false;
    const auto o = options(&ok);
    m_incomplete->clear();
    if (!ok) {
        m_message->setText(tr("Give both dates of the period (DD.MM.YYYY), the first not after the second."));
        return;
    }
    const auto incomplete = m_export.incomplete(o);
    if (!incomplete) {
        m_message->setText(incomplete.error().message);
        return;
    }
    for (const auto& person : *incomplete) {
        m_incomplete->addItem(tr("%1 — missing: %2").arg(person.name, person.missingText));
    }
    m_message->setText(incomplete->isEmpty() ? tr("Every participant selected has complete monitoring data.")
                                             : tr("%n participant(s) with incomplete monitoring data:", nullptr,
                                                  static_cast<int>(incomplete->size())));
}

int ParticipantExportDialog::exportTo(const QString& path, const QString& innerSuffix)
{
    bool ok = false;
    const auto o = options(&ok);
    if (!ok) {
        m_context.prompt.error(this, windowTitle(),
                               tr("Give both dates of the period (DD.MM.YYYY), the first not after the second."));
        return -1;
    }
    int count = 0;
    const core::Status done =
        ProtectedExport::write(m_context.prompt, this, path, innerSuffix, [&](const QString& target) -> core::Status {
            const auto written = m_export.write(target, core::ParticipantExport::formatOf(target), o);
            if (!written) {
                return written.error();
            }
            count = *written;
            return {};
        });
    if (!done) {
        m_context.prompt.error(this, windowTitle(), done.error().message);
        return -1;
    }
    m_context.prompt.information(
        this, windowTitle(),
        tr("%n participant(s) written to %1.", nullptr, count).arg(QDir::toNativeSeparators(path)));
    return count;
}

void ParticipantExportDialog::chooseAndExport(const QString& extension)
{
    const QString filter = extension == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)") : tr("CSV (*.csv)");
    // Monitoring data holds PESEL numbers and addresses: the encrypted archive comes first.
    const QString path = m_context.prompt.saveFileName(
        this, windowTitle(), ProtectedExport::suggestedName(QStringLiteral("uczestnicy.%1").arg(extension)),
        ProtectedExport::filter(filter));
    if (!path.isEmpty()) {
        exportTo(path, extension);
    }
}

} // namespace osiedle::ui
