#pragma once

#include "core/common/Result.h"
#include "core/domain/CertificateNumber.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <optional>

namespace osiedle::ui {

class DocumentPrinter;

/// Everything the printed documents of one course say, read once.
struct CourseDocumentData {
    core::Project project;
    /// Who signs the certificates (the default signatory unless the user chose another).
    std::optional<core::StaffMember> signatory;
    core::Course course;
    QString supportFormName;
    QString socialCoopName;
    QList<core::Session> sessions;
    QList<core::EnrolledParticipant> people;
    QHash<QPair<qint64, qint64>, core::AttendanceStatus> marks;             ///< (session, participant) → mark
    QString certificatePattern = core::CertificateNumber::defaultPattern(); ///< the office's numbering

    /// Participants on the list of a session: enrolled, and not withdrawn before its date.
    QList<core::EnrolledParticipant> listedOn(const core::Session& session) const;
    int attendedMinutes(qint64 participantId) const;
    int presentCount(qint64 participantId) const;
    /// The last day of the course: its last session, else its planned end.
    QDate lastDay() const;
    /// The date a certificate gives as the completion: not before the course's last day (the
    /// threshold of hours may be reached earlier, but the course is completed when it ends).
    QDate completedOn(const core::Enrolment& e) const;
    /// The certificate's number in the office's scheme; empty without a certificate.
    QString certificateNumber(const core::Enrolment& e) const;
};

/// The printed documents of training, as HTML laid out by DocumentPrinter (A4, the EU
/// co-financing line and page numbers on every page):
///  - the attendance list of a session (lista obecności) with a signature column, what the
///    office files for the funder's control;
///  - certificates of completion (one participant, or everyone who completed), one per page;
///  - the course summary: who attended what, hours, %, completed.
class TrainingDocuments {
    Q_DECLARE_TR_FUNCTIONS(TrainingDocuments)

public:
    /// Reads a course's documents; the certificates are signed by `signatory`, or by the
    /// project's default signatory when none is given.
    static core::Result<CourseDocumentData> load(core::Database& db, qint64 courseId,
                                                 std::optional<core::StaffMember> signatory = {});

    /// One page per session; `sessionId` limits it to one session.
    static QString attendanceListsHtml(const CourseDocumentData& data, std::optional<qint64> sessionId = {});
    /// One page per completed participant; `participantId` limits it to one (who must have
    /// completed).
    static QString certificatesHtml(const CourseDocumentData& data, std::optional<qint64> participantId = {});
    static QString courseSummaryHtml(const CourseDocumentData& data);

    /// Ready printers (preview, print, PDF). Errors: the course/session is gone, nobody has
    /// completed, the participant has not completed.
    static core::Result<std::unique_ptr<DocumentPrinter>> attendanceLists(core::Database& db, qint64 courseId,
                                                                          std::optional<qint64> sessionId = {});
    static core::Result<std::unique_ptr<DocumentPrinter>> certificates(core::Database& db, qint64 courseId,
                                                                       std::optional<qint64> participantId = {},
                                                                       std::optional<core::StaffMember> signatory = {});
    static core::Result<std::unique_ptr<DocumentPrinter>> courseSummary(core::Database& db, qint64 courseId);
};

} // namespace osiedle::ui
