#include "ui/training/EnrolmentActions.h"

#include "core/common/DisplayFormat.h"
#include "core/services/EnrolmentService.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/MissingData.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UserPrompt.h"
#include "ui/training/EnrolDialog.h"
#include "ui/training/EnrolmentListModel.h"
#include "ui/training/TrainingSection.h"

#include <QTableView>

namespace osiedle::ui {

int EnrolmentActions::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EnrolmentActions::error(const QString& message)
{
    m_context.prompt.error(m_parent, TrainingSection::tr("Training"), message);
}

void EnrolmentActions::enrol(qint64 courseId, const std::function<int(QDialog&)>& runDialog)
{
    try {
        if (core::ProjectRepository(m_context.db).setupCounts().participants == 0) {
            MissingData::offer(
                m_context, m_parent, TrainingSection::tr("Enrol participants"),
                TrainingSection::tr(
                    "Participants are enrolled from the project's participants, and there are none yet."),
                QStringLiteral("participants"), TrainingSection::tr("Participants"));
            return;
        }
    } catch (const core::StorageError& e) {
        error(e.message());
        return;
    }
    EnrolDialog dialog(m_context.db, courseId, m_parent);
    if (runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    QStringList refused;
    core::EnrolmentService service(m_context.db, &m_context.changes);
    for (const qint64 participant : dialog.chosenParticipants()) {
        const auto id = service.enrol(courseId, participant, dialog.enrolmentDate());
        if (!id) {
            refused.append(id.error().message);
        }
    }
    if (!refused.isEmpty()) {
        error(refused.join(QLatin1Char('\n')));
    }
}

void EnrolmentActions::withdraw()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const core::EnrolledParticipant person = m_model->enrolmentAt(row);
    const QString reason =
        m_context.prompt.askText(m_parent, TrainingSection::tr("Withdraw from the course"),
                                 TrainingSection::tr("Why does %1 leave the course?").arg(person.fullName()));
    if (reason.trimmed().isEmpty()) {
        return;
    }
    const QString dateText = m_context.prompt.askText(m_parent, TrainingSection::tr("Withdraw from the course"),
                                                      TrainingSection::tr("Date of withdrawal (dd.mm.yyyy):"),
                                                      core::shown::date(referenceDay(m_context.db)));
    if (dateText.trimmed().isEmpty()) {
        return;
    }
    const QDate on = QDate::fromString(dateText.trimmed(), QStringLiteral("dd.MM.yyyy"));
    if (!on.isValid()) {
        error(TrainingSection::tr("\"%1\" is not a date; write it as dd.mm.yyyy.").arg(dateText));
        return;
    }
    core::EnrolmentService service(m_context.db, &m_context.changes);
    if (const auto done = service.withdraw(person.enrolment.id, on, reason); !done) {
        error(done.error().message);
    }
}

void EnrolmentActions::cancelWithdrawal()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->enrolmentAt(row).enrolment.withdrawn()) {
        return;
    }
    const auto done = core::EnrolmentService(m_context.db, &m_context.changes)
                          .cancelWithdrawal(m_model->enrolmentAt(row).enrolment.id);
    if (!done) {
        error(done.error().message);
    }
}

void EnrolmentActions::removeEnrolment()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const core::EnrolledParticipant person = m_model->enrolmentAt(row);
    if (!m_context.prompt.confirm(
            m_parent, TrainingSection::tr("Remove enrolment"),
            TrainingSection::tr("Remove %1 from the course, as if never enrolled?").arg(person.fullName()))) {
        return;
    }
    if (const auto done = core::EnrolmentService(m_context.db, &m_context.changes).remove(person.enrolment.id); !done) {
        error(done.error().message);
    }
}

} // namespace osiedle::ui
