#include "ui/training/TrainingDocuments.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DocumentPrinter.h"

#include <QLocale>

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr const char* pageBreak = "<div style=\"page-break-before: always\"></div>";

/// A label–value line of a document's heading.
QString fact(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #444444\">%1</td><td><b>%2</b></td></tr>")
        .arg(esc(label), esc(value));
}

QString timeRange(const core::Session& s)
{
    if (!s.startTime.isValid()) {
        return {};
    }
    return s.startTime.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           s.startTime.addSecs(s.minutes * 60).toString(QStringLiteral("HH:mm"));
}

/// `batch`: one document per page-break part (a certificate, a session's list), numbered apart.
std::unique_ptr<DocumentPrinter> printer(core::Database& db, const QString& documentName, const QString& html,
                                         bool batch = false)
{
    auto p = DocumentPrinter::forProject(db);
    p->setHeaderRight(documentName);
    p->setNumberPagesPerPart(batch);
    p->setHtml(html);
    return p;
}

/// Under the certificate's signature line: the signatory's name and role, or what to sign as.
QString signatureHtml(const std::optional<core::StaffMember>& signatory)
{
    if (!signatory) {
        return esc(TrainingDocuments::tr("signature of the project coordinator"));
    }
    return QStringLiteral("%1<br/><small>%2</small>").arg(esc(signatory->name), esc(signatory->printedRole()));
}

/// "completed the course", in Polish agreeing with the person ("ukończyła" / "ukończył"); a
/// person whose sex is not recorded gets the form with both endings.
QString completedPhrase(std::optional<core::Sex> sex)
{
    if (!sex) {
        return TrainingDocuments::tr("completed the course");
    }
    return *sex == core::Sex::Female ? TrainingDocuments::tr("completed the course", "said of a woman")
                                     : TrainingDocuments::tr("completed the course", "said of a man");
}

} // namespace

QList<core::EnrolledParticipant> CourseDocumentData::listedOn(const core::Session& session) const
{
    QList<core::EnrolledParticipant> listed;
    for (const core::EnrolledParticipant& p : people) {
        const core::Enrolment& e = p.enrolment;
        if (e.withdrawn() && e.withdrawnOn < session.date) {
            continue;
        }
        listed.append(p);
    }
    return listed;
}

int CourseDocumentData::attendedMinutes(qint64 participantId) const
{
    int minutes = 0;
    for (const core::Session& s : sessions) {
        if (marks.value({s.id, participantId}, core::AttendanceStatus::Absent) == core::AttendanceStatus::Present) {
            minutes += s.minutes;
        }
    }
    return minutes;
}

int CourseDocumentData::presentCount(qint64 participantId) const
{
    int count = 0;
    for (const core::Session& s : sessions) {
        if (marks.value({s.id, participantId}, core::AttendanceStatus::Absent) == core::AttendanceStatus::Present) {
            ++count;
        }
    }
    return count;
}

QDate CourseDocumentData::lastDay() const
{
    return sessions.isEmpty() ? course.endDate : sessions.last().date;
}

QDate CourseDocumentData::completedOn(const core::Enrolment& e) const
{
    const QDate last = lastDay();
    return e.completedOn.isValid() && last.isValid() ? std::max(e.completedOn, last) : e.completedOn;
}

QString CourseDocumentData::certificateNumber(const core::Enrolment& e) const
{
    if (!e.completed() || !e.certificateNumber) {
        return {};
    }
    return core::CertificateNumber::format(certificatePattern, *e.certificateNumber, course.id, completedOn(e));
}

core::Result<CourseDocumentData> TrainingDocuments::load(core::Database& db, qint64 courseId,
                                                         std::optional<core::StaffMember> signatory)
{
    try {
        core::CourseRepository courses(db);
        const auto course = courses.find(courseId);
        if (!course) {
            return core::Error{tr("There is no course with id %1.").arg(courseId)};
        }
        CourseDocumentData data;
        core::ProjectRepository project(db);
        data.project = project.project().value_or(core::Project{});
        data.signatory = signatory ? signatory : project.defaultSignatory();
        data.course = *course;
        for (const core::SupportForm& form : courses.supportForms()) {
            if (form.id == course->supportFormId) {
                data.supportFormName = form.name;
            }
        }
        if (course->socialCoopId) {
            for (const core::NamedId& coop : courses.socialCoops()) {
                if (coop.id == *course->socialCoopId) {
                    data.socialCoopName = coop.name;
                }
            }
        }
        data.sessions = core::SessionRepository(db).forCourse(courseId);
        data.certificatePattern = core::SettingRepository(db)
                                      .value(QString::fromLatin1(core::CertificateNumber::settingKey))
                                      .value_or(core::CertificateNumber::defaultPattern());
        data.people = core::EnrolmentRepository(db).forCourse(courseId);
        for (const core::AttendanceEntry& e : core::AttendanceRepository(db).forCourse(courseId)) {
            data.marks.insert({e.sessionId, e.participantId}, e.mark);
        }
        return data;
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
}

QString TrainingDocuments::attendanceListsHtml(const CourseDocumentData& data, std::optional<qint64> sessionId)
{
    QString html;
    bool first = true;
    const QString trainerDefault = data.course.trainer;
    for (const core::Session& s : data.sessions) {
        if (sessionId && s.id != *sessionId) {
            continue;
        }
        if (!first) {
            html += QLatin1String(pageBreak);
        }
        first = false;
        html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(tr("ATTENDANCE LIST")));
        html += QStringLiteral("<p align=\"center\">%1</p>")
                    .arg(esc(tr("Project: %1").arg(data.project.title)) +
                         (data.project.contractNumber.isEmpty()
                              ? QString()
                              : QStringLiteral("<br/>") + esc(tr("Contract no. %1").arg(data.project.contractNumber))));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        html += fact(tr("Support form:"), data.supportFormName);
        html += fact(tr("Course:"), data.course.name);
        if (!data.socialCoopName.isEmpty()) {
            html += fact(tr("OSS group:"), data.socialCoopName);
        }
        html += fact(tr("Date:"), core::shown::date(s.date) + QStringLiteral(" (") +
                                      QLocale().dayName(s.date.dayOfWeek()) + QLatin1Char(')'));
        const QString time = timeRange(s);
        html += fact(tr("Hours:"), (time.isEmpty() ? QString() : time + QStringLiteral(", ")) +
                                       tr("%1 h").arg(core::shown::hours(s.minutes)));
        if (!s.topic.isEmpty()) {
            html += fact(tr("Topic:"), s.topic);
        }
        if (!data.course.place.isEmpty()) {
            html += fact(tr("Place:"), data.course.place);
        }
        const QString trainer = s.trainer.isEmpty() ? trainerDefault : s.trainer;
        if (!trainer.isEmpty()) {
            html += fact(tr("Trainer:"), trainer);
        }
        html += QStringLiteral("</table><br/>");
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                               "style=\"border-collapse: collapse\"><thead><tr>"
                               "<th width=\"6%\">%1</th><th width=\"44%\">%2</th><th width=\"50%\">%3</th>"
                               "</tr></thead>")
                    .arg(esc(tr("No.")), esc(tr("Surname and first name")), esc(tr("Signature")));
        int number = 0;
        for (const core::EnrolledParticipant& p : data.listedOn(s)) {
            html += QStringLiteral("<tr><td align=\"right\">%1</td><td style=\"padding: 9px\">%2</td><td></td></tr>")
                        .arg(++number)
                        .arg(esc(p.sortName()));
        }
        html += QStringLiteral("</table><br/><br/>");
        html += QStringLiteral("<table width=\"100%\"><tr><td width=\"50%\">%1</td><td width=\"50%\" align=\"right\">"
                               "%2</td></tr><tr><td>%3</td><td align=\"right\">%4</td></tr></table>")
                    .arg(esc(tr("Number of participants present: ..........")),
                         QStringLiteral("...................................................."), QString(),
                         esc(tr("trainer's signature")) +
                             (trainer.isEmpty() ? QString() : QStringLiteral(" (") + esc(trainer) + QLatin1Char(')')));
    }
    if (first) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The course has no sessions.")));
    }
    return html;
}

QString TrainingDocuments::certificatesHtml(const CourseDocumentData& data, std::optional<qint64> participantId)
{
    QString html;
    bool first = true;
    const QDate firstDay = data.sessions.isEmpty() ? data.course.startDate : data.sessions.first().date;
    const QDate lastDay = data.lastDay();
    const QString place = data.project.place;
    for (const core::EnrolledParticipant& p : data.people) {
        const core::Enrolment& e = p.enrolment;
        if ((participantId && e.participantId != *participantId) || !e.completed() || !e.certificateNumber) {
            continue;
        }
        if (!first) {
            html += QLatin1String(pageBreak);
        }
        first = false;
        const int attended = data.attendedMinutes(e.participantId);
        const QDate completedOn = data.completedOn(e);
        const QDate issuedOn =
            e.certificateIssuedOn.isValid() ? std::max(e.certificateIssuedOn, completedOn) : completedOn;
        html += QStringLiteral("<br/><br/><h1 align=\"center\">%1</h1>").arg(esc(tr("CERTIFICATE")));
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt\">%1</p><br/>")
                    .arg(esc(tr("No. %1").arg(data.certificateNumber(e))));
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt\">%1</p>")
                    .arg(esc(tr("This is to certify that")));
        html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(p.fullName()));
        if (!p.pesel.isEmpty()) {
            html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(tr("PESEL %1").arg(p.pesel)));
        }
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt\">%1</p>").arg(esc(completedPhrase(p.sex)));
        html += QStringLiteral("<h3 align=\"center\">%1</h3>").arg(esc(data.course.name));
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 11pt\">%1<br/>%2<br/>%3</p><br/>")
                    .arg(esc(tr("(%1)").arg(data.supportFormName)),
                         esc(tr("held from %1 to %2%3")
                                 .arg(core::shown::date(firstDay), core::shown::date(lastDay),
                                      data.course.place.isEmpty() ? QString() : tr(" in %1").arg(data.course.place))),
                         esc(tr("attending %1 of %2 planned hours (%3); completed on %4")
                                 .arg(core::shown::hours(attended), core::shown::hours(data.course.plannedMinutes),
                                      core::shown::percentOf(attended, data.course.plannedMinutes),
                                      core::shown::date(completedOn))));
        html += QStringLiteral("<p align=\"center\">%1</p><br/><br/><br/>")
                    .arg(esc(tr("within the project \"%1\", co-financed by the European Union from the European "
                                "Social Fund.")
                                 .arg(data.project.title)));
        html +=
            QStringLiteral("<table width=\"100%\"><tr><td width=\"50%\">%1</td><td width=\"50%\" align=\"center\">"
                           "....................................................<br/>%2</td></tr></table>")
                .arg(esc((place.isEmpty() ? QString() : place + QStringLiteral(", ")) + core::shown::date(issuedOn)),
                     signatureHtml(data.signatory));
    }
    return html;
}

QString TrainingDocuments::courseSummaryHtml(const CourseDocumentData& data)
{
    int scheduled = 0;
    for (const core::Session& s : data.sessions) {
        scheduled += s.minutes;
    }
    QString html = QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(tr("COURSE SUMMARY")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += fact(tr("Support form:"), data.supportFormName);
    html += fact(tr("Course:"), data.course.name);
    if (!data.socialCoopName.isEmpty()) {
        html += fact(tr("OSS group:"), data.socialCoopName);
    }
    if (!data.course.trainer.isEmpty()) {
        html += fact(tr("Trainer:"), data.course.trainer);
    }
    if (!data.sessions.isEmpty()) {
        html += fact(tr("Sessions:"), tr("%1, from %2 to %3")
                                          .arg(data.sessions.size())
                                          .arg(core::shown::date(data.sessions.first().date),
                                               core::shown::date(data.sessions.last().date)));
    }
    html += fact(tr("Planned hours:"),
                 tr("%1 h (%2 h in sessions); completion at %3 %")
                     .arg(core::shown::hours(data.course.plannedMinutes), core::shown::hours(scheduled))
                     .arg(data.course.thresholdPercent));
    html += QStringLiteral("</table><br/>");
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse\"><thead><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th>"
                           "</tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Participant")), esc(tr("Sessions attended")), esc(tr("Hours")),
                     esc(tr("%")), esc(tr("Completed on")), esc(tr("Certificate")), esc(tr("Remarks")));
    int number = 0;
    int completed = 0;
    for (const core::EnrolledParticipant& p : data.people) {
        const core::Enrolment& e = p.enrolment;
        const int attended = data.attendedMinutes(e.participantId);
        completed += e.completed() ? 1 : 0;
        const QString remark = e.withdrawn()
                                   ? tr("withdrawn %1: %2").arg(core::shown::date(e.withdrawnOn), e.withdrawalReason)
                                   : QString();
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td align=\"right\">%3 / %4</td>"
                               "<td align=\"right\">%5</td><td align=\"right\">%6</td><td>%7</td><td>%8</td>"
                               "<td>%9</td></tr>")
                    .arg(++number)
                    .arg(esc(p.sortName()))
                    .arg(data.presentCount(e.participantId))
                    .arg(data.sessions.size())
                    .arg(core::shown::hours(attended), core::shown::percentOf(attended, data.course.plannedMinutes),
                         core::shown::date(data.completedOn(e)), data.certificateNumber(e), esc(remark));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(esc(tr("Enrolled: %1, completed: %2.").arg(data.people.size()).arg(completed)));
    return html;
}

core::Result<std::unique_ptr<DocumentPrinter>> TrainingDocuments::attendanceLists(core::Database& db, qint64 courseId,
                                                                                  std::optional<qint64> sessionId)
{
    auto data = load(db, courseId);
    if (!data) {
        return data.error();
    }
    if (data->sessions.isEmpty()) {
        return core::Error{tr("The course \"%1\" has no sessions yet.").arg(data->course.name)};
    }
    return printer(db, tr("Attendance list"), attendanceListsHtml(*data, sessionId), true);
}

core::Result<std::unique_ptr<DocumentPrinter>>
TrainingDocuments::certificates(core::Database& db, qint64 courseId, std::optional<qint64> participantId,
                                std::optional<core::StaffMember> signatory)
{
    auto data = load(db, courseId, std::move(signatory));
    if (!data) {
        return data.error();
    }
    const QString html = certificatesHtml(*data, participantId);
    if (html.isEmpty()) {
        return core::Error{participantId
                               ? tr("This participant has not completed the course \"%1\".").arg(data->course.name)
                               : tr("Nobody has completed the course \"%1\" yet.").arg(data->course.name)};
    }
    return printer(db, tr("Certificate of completion"), html, true);
}

core::Result<std::unique_ptr<DocumentPrinter>> TrainingDocuments::courseSummary(core::Database& db, qint64 courseId)
{
    auto data = load(db, courseId);
    if (!data) {
        return data.error();
    }
    return printer(db, tr("Course summary"), courseSummaryHtml(*data));
}

} // namespace osiedle::ui
