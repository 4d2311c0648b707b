#pragma once

#include "core/domain/FoundingPath.h"
#include "core/storage/CooperationAgreementRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/SocialCoopRepository.h"

#include <QCoreApplication>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class DocumentPrinter;

/// The printed documents of an OSS, as HTML for DocumentPrinter: the founding checklist, the
/// list of founders and the summary of a cooperation agreement.
class CoopDocuments {
    Q_DECLARE_TR_FUNCTIONS(CoopDocuments)

public:
    static QString checklistHtml(const core::SocialCoop& coop, const core::FoundingPath& path,
                                 core::SocialCoopStatus stage, core::FoundingRules rules);
    static QString foundersHtml(const core::SocialCoop& coop, const QList<core::Membership>& members);
    static QString agreementHtml(const core::SocialCoop& coop, const core::CooperationAgreement& agreement);

    /// The printer of one of them (title for the header line).
    static std::unique_ptr<DocumentPrinter> printer(core::Database& db, const QString& documentTitle,
                                                    const QString& html);
    /// Opens the print preview of one of them (title for the header line).
    static void preview(core::Database& db, const QString& documentTitle, const QString& html, QWidget* parent);
    /// Writes one of them to a PDF file (for tests and checks); the error names the file.
    static core::Status writePdf(core::Database& db, const QString& documentTitle, const QString& html,
                                 const QString& path);
};

} // namespace osiedle::ui
