#pragma once

#include "core/common/Result.h"
#include "core/indicators/CoopReport.h"
#include "ui/common/DocumentPrinter.h"

#include <QCoreApplication>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

/// The printed report of one social cooperative (OSS) over a period: its key figures
/// (participants and how their participation stands, attendance, employment, work orders with
/// paid and unpaid value, service-point sales, the members' arrears), then one line per
/// member. A4 landscape through DocumentPrinter (EU line and page numbers on every page).
/// Printed from the OSS card and by `osiedle-cli print FILE coop-report --coop ID`.
class CoopReportDocument {
    Q_DECLARE_TR_FUNCTIONS(CoopReportDocument)

public:
    CoopReportDocument(core::CoopReport report, core::PrintedIdentity identity);

    /// The report of an OSS from `from` (the project's start when invalid) to `to`.
    static core::Result<CoopReportDocument> load(core::Database& db, qint64 socialCoopId, QDate from, const QDate& to);

    const core::CoopReport& report() const { return m_report; }
    QString html() const;
    std::unique_ptr<DocumentPrinter> createPrinter() const;
    core::Status writePdf(const QString& path) const;

private:
    QString summaryHtml() const;
    QString membersHtml() const;

    core::CoopReport m_report;
    core::PrintedIdentity m_identity;
};

} // namespace osiedle::ui
