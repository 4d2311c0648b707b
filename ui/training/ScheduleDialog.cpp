#include "ui/training/ScheduleDialog.h"

#include "core/common/DisplayFormat.h"
#include "core/services/CourseService.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ReferenceDate.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

ScheduleDialog::ScheduleDialog(core::Database& db, qint64 courseId, QWidget* parent)
    : EditDialog(parent), m_db(db), m_courseId(courseId), m_time(new QTimeEdit(QTime(16, 0))),
      m_hours(new QDoubleSpinBox), m_from(new DateEdit(referenceDay(db))), m_topic(new QLineEdit),
      m_summary(new QLabel), m_sessions(new QListWidget), m_skipped(new QListWidget)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Generate the schedule"));
    auto* days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("day%1").arg(day));
        days->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &ScheduleDialog::updatePreview);
    }
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hours->setObjectName(QStringLiteral("scheduleHours"));
    m_hours->setRange(0.25, 24);
    m_hours->setSingleStep(0.25);
    m_hours->setValue(4);
    m_hours->setSuffix(tr(" h"));
    m_from->setObjectName(QStringLiteral("scheduleFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_topic->setObjectName(QStringLiteral("scheduleTopic"));
    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    m_sessions->setObjectName(QStringLiteral("scheduleSessions"));
    m_skipped->setObjectName(QStringLiteral("scheduleSkipped"));

    auto* form = new QFormLayout;
    form->addRow(tr("Every:"), days);
    form->addRow(tr("Starting at:"), m_time);
    form->addRow(tr("Session length:"), m_hours);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("Topic:"), m_topic);
    auto* lists = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Sessions to add:")));
    left->addWidget(m_sessions);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Skipped days:")));
    right->addWidget(m_skipped);
    lists->addLayout(left, 3);
    lists->addLayout(right, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("scheduleAccept"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(lists);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::updatePreview);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &ScheduleDialog::updatePreview);
    connect(m_from, &QDateEdit::dateChanged, this, &ScheduleDialog::updatePreview);
    resize(640, 480);
    updatePreview();
}

void ScheduleDialog::setRequest(const core::ScheduleRequest& request)
{
    for (int day = 1; day <= 7; ++day) {
        m_days[day - 1]->setChecked(request.weekdays.contains(day));
    }
    m_time->setTime(request.startTime);
    m_hours->setValue(request.minutesPerSession / 60.0);
    m_from->setDate(request.from);
    updatePreview();
}

core::ScheduleRequest ScheduleDialog::request() const
{
    core::ScheduleRequest r;
    for (int day = 1; day <= 7; ++day) {
        if (m_days[day - 1]->isChecked()) {
            r.weekdays.append(day);
        }
    }
    r.startTime = m_time->time();
    r.minutesPerSession = static_cast<int>(std::lround(m_hours->value() * 60));
    r.from = m_from->date();
    return r;
}

QString ScheduleDialog::topic() const
{
    return m_topic->text().trimmed();
}

void ScheduleDialog::updatePreview()
{
    m_sessions->clear();
    m_skipped->clear();
    const auto planned = core::CourseService(m_db).planSchedule(m_courseId, request());
    if (!planned) {
        m_schedule = {};
        m_summary->setText(planned.error().message);
        m_ok->setEnabled(false);
        return;
    }
    m_schedule = *planned;
    for (const core::PlannedSession& s : m_schedule.sessions) {
        m_sessions->addItem(tr("%1 %2, %3, %4 h")
                                .arg(QLocale().dayName(s.date.dayOfWeek(), QLocale::ShortFormat),
                                     core::shown::date(s.date), s.startTime.toString(QStringLiteral("HH:mm")),
                                     core::shown::hours(s.minutes)));
    }
    for (const core::DayOff& d : m_schedule.skipped) {
        m_skipped->addItem(tr("%1: %2").arg(core::shown::date(d.date), d.reason));
    }
    m_summary->setText(tr("%1 sessions, %2 h, from %3 to %4; %5 days skipped.")
                           .arg(m_schedule.sessions.size())
                           .arg(core::shown::hours(m_schedule.totalMinutes()))
                           .arg(core::shown::date(m_schedule.sessions.first().date),
                                core::shown::date(m_schedule.sessions.last().date))
                           .arg(m_schedule.skipped.size()));
    m_ok->setEnabled(true);
}

} // namespace osiedle::ui
