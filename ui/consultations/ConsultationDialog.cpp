#include "ui/consultations/ConsultationDialog.h"

#include "core/services/ConsultationService.h"
#include "core/storage/StorageError.h"
#include "ui/common/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace osiedle::ui {

ConsultationDialog::ConsultationDialog(core::Database& db, const core::Consultation& consultation, QWidget* parent)
    : EditDialog(parent), m_date(new DateEdit), m_adviser(new QComboBox), m_coop(new QComboBox),
      m_participant(new QComboBox), m_area(new QComboBox), m_topic(new QLineEdit), m_minutes(new QSpinBox),
      m_outcome(new QPlainTextEdit), m_hasFollowUp(new QCheckBox(tr("Follow up on:"))), m_followUp(new DateEdit),
      m_followUpDone(new QCheckBox(tr("done")))
{
    setObjectName(QStringLiteral("consultationDialog"));
    setWindowTitle(consultation.id == 0 ? tr("New consultation") : tr("Consultation"));
    m_date->setObjectName(QStringLiteral("consultationDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_adviser->setObjectName(QStringLiteral("consultationAdviser"));
    m_adviser->setEditable(true);
    m_coop->setObjectName(QStringLiteral("consultationSocialCoop"));
    m_participant->setObjectName(QStringLiteral("consultationParticipant"));
    m_participant->setEditable(true);
    m_participant->setInsertPolicy(QComboBox::NoInsert);
    m_area->setObjectName(QStringLiteral("consultationArea"));
    m_topic->setObjectName(QStringLiteral("consultationTopic"));
    m_minutes->setObjectName(QStringLiteral("consultationMinutes"));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_outcome->setObjectName(QStringLiteral("consultationOutcome"));
    m_outcome->setMaximumHeight(90);
    m_hasFollowUp->setObjectName(QStringLiteral("consultationHasFollowUp"));
    m_followUp->setObjectName(QStringLiteral("consultationFollowUp"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_followUpDone->setObjectName(QStringLiteral("consultationFollowUpDone"));

    m_coop->addItem(tr("(none)"), QVariant());
    m_participant->addItem(tr("(none)"), QVariant());
    try {
        core::ConsultationRepository log(db);
        m_adviser->addItems(log.advisers());
        for (const core::NamedId& coop : core::CourseRepository(db).socialCoops()) {
            m_coop->addItem(coop.name, coop.id);
        }
        for (const core::NamedId& person : log.participants()) {
            m_participant->addItem(person.name, person.id);
        }
    } catch (const core::StorageError&) {
        // the choosers stay short; saving reports the problem
    }
    for (const core::ConsultationArea area : core::allValues<core::ConsultationArea>()) {
        m_area->addItem(core::label(area), static_cast<int>(area));
    }

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, const QString& errorKey) {
        auto* box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(field);
        if (!errorKey.isEmpty()) {
            auto* error = new QLabel;
            error->setObjectName(QStringLiteral("error_") + errorKey);
            error->setStyleSheet(QStringLiteral("color: #b00020"));
            error->hide();
            box->addWidget(error);
            m_errors.insert(errorKey, error);
        }
        form->addRow(label, box);
    };
    addRow(tr("Date:"), m_date, QStringLiteral("date"));
    addRow(tr("Adviser:"), m_adviser, {});
    addRow(tr("OSS:"), m_coop, QStringLiteral("whom"));
    addRow(tr("Participant:"), m_participant, {});
    addRow(tr("Area:"), m_area, {});
    addRow(tr("Topic:"), m_topic, {});
    addRow(tr("Duration:"), m_minutes, QStringLiteral("minutes"));
    addRow(tr("Outcome:"), m_outcome, {});
    auto* followUp = new QWidget;
    auto* followUpRow = new QHBoxLayout(followUp);
    followUpRow->setContentsMargins(0, 0, 0, 0);
    followUpRow->addWidget(m_hasFollowUp);
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpDone);
    followUpRow->addStretch();
    addRow(tr("Follow-up:"), followUp, QStringLiteral("followUp"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUp, &QWidget::setEnabled);
    connect(m_hasFollowUp, &QCheckBox::toggled, m_followUpDone, &QWidget::setEnabled);
    setConsultation(consultation);
}

void ConsultationDialog::setConsultation(const core::Consultation& c)
{
    m_consultation = c;
    m_date->setDate(c.date.isValid() ? c.date : QDate::currentDate());
    m_adviser->setCurrentText(c.adviser);
    m_coop->setCurrentIndex(c.socialCoopId ? std::max(0, m_coop->findData(*c.socialCoopId)) : 0);
    m_participant->setCurrentIndex(c.participantId ? std::max(0, m_participant->findData(*c.participantId)) : 0);
    m_area->setCurrentIndex(std::max(0, m_area->findData(static_cast<int>(c.area))));
    m_topic->setText(c.topic);
    m_minutes->setValue(c.minutes);
    m_outcome->setPlainText(c.outcome);
    m_hasFollowUp->setChecked(c.followUpOn.isValid());
    m_followUp->setDate(c.followUpOn.isValid() ? c.followUpOn : m_date->date().addDays(14));
    m_followUp->setEnabled(c.followUpOn.isValid());
    m_followUpDone->setChecked(c.followUpDone);
    m_followUpDone->setEnabled(c.followUpOn.isValid());
    showErrors({});
}

core::Consultation ConsultationDialog::consultation() const
{
    core::Consultation c = m_consultation;
    c.date = m_date->date();
    c.adviser = m_adviser->currentText().trimmed();
    c.socialCoopId =
        m_coop->currentData().isValid() ? std::optional<qint64>(m_coop->currentData().toLongLong()) : std::nullopt;
    const int person = m_participant->findText(m_participant->currentText());
    c.participantId = person > 0 ? std::optional<qint64>(m_participant->itemData(person).toLongLong()) : std::nullopt;
    c.area = static_cast<core::ConsultationArea>(m_area->currentData().toInt());
    c.topic = m_topic->text().trimmed();
    c.minutes = m_minutes->value();
    c.outcome = m_outcome->toPlainText().trimmed();
    c.followUpOn = m_hasFollowUp->isChecked() ? m_followUp->date() : QDate();
    c.followUpDone = m_hasFollowUp->isChecked() && m_followUpDone->isChecked();
    return c;
}

void ConsultationDialog::showErrors(const core::FieldErrors& errors)
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (const core::FieldError& e : errors) {
        if (QLabel* label = m_errors.value(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
}

void ConsultationDialog::tryAccept()
{
    const core::FieldErrors errors = core::ConsultationService::validate(consultation());
    showErrors(errors);
    if (errors.isEmpty()) {
        accept();
    }
}

} // namespace osiedle::ui
