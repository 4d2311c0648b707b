#include "ui/training/SessionDialog.h"

#include "ui/common/DateEdit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

namespace osiedle::ui {

SessionDialog::SessionDialog(const core::Session& session, QWidget* parent)
    : EditDialog(parent), m_session(session),
      m_date(new DateEdit(session.date.isValid() ? session.date : QDate::currentDate())),
      m_time(new QTimeEdit(session.startTime.isValid() ? session.startTime : QTime(16, 0))),
      m_hours(new QDoubleSpinBox), m_topic(new QLineEdit(session.topic)), m_trainer(new QLineEdit(session.trainer))
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(session.id == 0 ? tr("Add session") : tr("Change session"));
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_time->setObjectName(QStringLiteral("sessionTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hours->setObjectName(QStringLiteral("sessionHours"));
    m_hours->setRange(0.25, 24);
    m_hours->setSingleStep(0.25);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(session.minutes > 0 ? session.minutes / 60.0 : 4);
    m_topic->setObjectName(QStringLiteral("sessionTopic"));
    m_trainer->setObjectName(QStringLiteral("sessionTrainer"));
    m_trainer->setPlaceholderText(tr("the course's trainer"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Start:"), m_time);
    form->addRow(tr("Length:"), m_hours);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Trainer:"), m_trainer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::Session SessionDialog::session() const
{
    core::Session s = m_session;
    s.date = m_date->date();
    s.startTime = m_time->time();
    s.minutes = static_cast<int>(std::lround(m_hours->value() * 60));
    s.topic = m_topic->text().trimmed();
    s.trainer = m_trainer->text().trimmed();
    return s;
}

} // namespace osiedle::ui
