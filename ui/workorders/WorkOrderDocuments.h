#pragma once

#include "core/domain/StaffMember.h"
#include "core/domain/WorkOrder.h"
#include "core/storage/SocialCoopRepository.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DocumentPrinter;

/// The printed documents of a work order, as HTML for DocumentPrinter: the order itself and
/// the acceptance protocol (protokół odbioru) with signature fields for the SM and the OSS.
class WorkOrderDocuments {
    Q_DECLARE_TR_FUNCTIONS(WorkOrderDocuments)

public:
    struct Parties {
        core::SocialCoop housingCoop; ///< the SM, in the shape of an OSS record
        core::SocialCoop socialCoop;
        int minutes = 0; ///< hours worked on the order
        /// Who confirms the acceptance for the project office (none: no such line).
        std::optional<core::StaffMember> office;
    };

    /// The parties of an order; the office's signatory is `signatory`, or the project's
    /// default one when none is given.
    static Parties parties(core::Database& db, const core::WorkOrder& order,
                           std::optional<core::StaffMember> signatory = {});
    static QString orderHtml(const core::WorkOrder& order, const Parties& parties);
    static QString protocolHtml(const core::WorkOrder& order, const Parties& parties);
    /// "Zlecenie 12/2012" style titles for the header line and the file name.
    static QString orderTitle(const core::WorkOrder& order);
    static QString protocolTitle(const core::WorkOrder& order);

    enum class Document { Order, Protocol };
    /// The printer of one of them, ready to preview, print or write to PDF.
    static std::unique_ptr<DocumentPrinter> printer(core::Database& db, const core::WorkOrder& order, Document which,
                                                    std::optional<core::StaffMember> signatory = {});
    /// Prints to a PDF file (for the CLI and tests); the error names the file.
    static core::Status writeOrderPdf(core::Database& db, const core::WorkOrder& order, const QString& path);
    static core::Status writeProtocolPdf(core::Database& db, const core::WorkOrder& order, const QString& path,
                                         std::optional<core::StaffMember> signatory = {});
};

} // namespace osiedle::ui
