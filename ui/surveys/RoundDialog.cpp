#include "ui/surveys/RoundDialog.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"
#include "ui/common/DateEdit.h"
#include "ui/common/DialogButtons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace osiedle::ui {

RoundDialog::RoundDialog(core::Database& db, const core::SurveyRound& round,
                         std::function<core::Status(const core::SurveyRound&)> save, QWidget* parent)
    : EditDialog(parent), m_db(db), m_round(round), m_instrument(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_entry(new QComboBox(this)), m_entryLabel(new QLabel(tr("Compared with:"), this)),
      m_course(new QRadioButton(tr("Course"), this)), m_coop(new QRadioButton(tr("Social cooperative"), this)),
      m_courses(new QComboBox(this)), m_coops(new QComboBox(this)), m_date(new DateEdit(this)),
      m_anonymous(new QCheckBox(tr("Anonymous: the forms carry a code instead of the name"), this)),
      m_note(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(round.id == 0 ? tr("New round") : tr("Round of %1").arg(core::shown::date(round.date)));
    m_instrument->setObjectName(QStringLiteral("roundInstrument"));
    m_kind->setObjectName(QStringLiteral("roundKind"));
    m_entry->setObjectName(QStringLiteral("roundEntry"));
    m_course->setObjectName(QStringLiteral("roundForCourse"));
    m_coop->setObjectName(QStringLiteral("roundForCoop"));
    m_courses->setObjectName(QStringLiteral("roundCourse"));
    m_coops->setObjectName(QStringLiteral("roundCoop"));
    m_date->setObjectName(QStringLiteral("roundDate"));
    m_anonymous->setObjectName(QStringLiteral("roundAnonymous"));
    m_note->setObjectName(QStringLiteral("roundNote"));
    m_error->setObjectName(QStringLiteral("roundError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->setWordWrap(true);
    m_error->hide();
    try {
        for (const core::InstrumentSummary& s : core::InstrumentRepository(db).list()) {
            m_instrument->addItem(s.name, s.id);
        }
        core::CourseRepository courses(db);
        for (const core::CourseSummary& c : courses.list()) {
            m_courses->addItem(c.course.name, c.course.id);
        }
        for (const core::NamedId& o : courses.socialCoops()) {
            m_coops->addItem(o.name, o.id);
        }
    } catch (const core::StorageError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    for (const core::RoundKind kind : core::allValues<core::RoundKind>()) {
        m_kind->addItem(core::label(kind), core::key(kind));
    }
    m_instrument->setCurrentIndex(std::max(0, m_instrument->findData(round.instrumentId)));
    m_kind->setCurrentIndex(m_kind->findData(core::key(round.kind)));
    m_coop->setChecked(round.socialCoopId.has_value());
    m_course->setChecked(!round.socialCoopId.has_value());
    if (round.courseId) {
        m_courses->setCurrentIndex(std::max(0, m_courses->findData(*round.courseId)));
    }
    if (round.socialCoopId) {
        m_coops->setCurrentIndex(std::max(0, m_coops->findData(*round.socialCoopId)));
    }
    m_date->setDate(round.date.isValid() ? round.date : QDate::currentDate());
    m_anonymous->setChecked(round.anonymous);
    m_note->setText(round.note);
    // A round keeps its questionnaire and its group.
    const bool stored = round.id != 0;
    for (QWidget* w :
         {static_cast<QWidget*>(m_instrument), static_cast<QWidget*>(m_course), static_cast<QWidget*>(m_coop),
          static_cast<QWidget*>(m_courses), static_cast<QWidget*>(m_coops)}) {
        w->setEnabled(!stored);
    }

    auto* group = new QHBoxLayout;
    group->addWidget(m_course);
    group->addWidget(m_courses, 1);
    auto* coopRow = new QHBoxLayout;
    coopRow->addWidget(m_coop);
    coopRow->addWidget(m_coops, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Questionnaire or test:"), m_instrument);
    form->addRow(tr("Round:"), m_kind);
    form->addRow(m_entryLabel, m_entry);
    form->addRow(tr("Given to:"), group);
    form->addRow(QString(), coopRow);
    form->addRow(tr("Date:"), m_date);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this, [this, save] {
        const core::Status done = save(this->round());
        m_error->setText(done ? QString() : done.error().message);
        m_error->setVisible(!done);
        return done.ok();
    }));
    resize(620, sizeHint().height());

    connect(m_instrument, &QComboBox::currentIndexChanged, this, &RoundDialog::fillEntryRounds);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoundDialog::updateFields);
    connect(m_course, &QRadioButton::toggled, this, &RoundDialog::updateFields);
    connect(m_entry, &QComboBox::currentIndexChanged, this, &RoundDialog::followEntryRound);
    fillEntryRounds();
    if (round.entryRoundId) {
        m_entry->setCurrentIndex(std::max(0, m_entry->findData(*round.entryRoundId)));
    }
    updateFields();
}

void RoundDialog::fillEntryRounds()
{
    {
        const QSignalBlocker blocker(m_entry);
        m_entry->clear();
        try {
            for (const core::SurveyRoundSummary& s :
                 core::SurveyRoundRepository(m_db).entryRounds(m_instrument->currentData().toLongLong())) {
                if (s.round.id != m_round.id) {
                    m_entry->addItem(QStringLiteral("%1 – %2").arg(core::shown::date(s.round.date), s.groupName),
                                     s.round.id);
                }
            }
        } catch (const core::StorageError& e) {
            m_error->setText(e.message());
            m_error->show();
        }
    }
    followEntryRound();
}

void RoundDialog::followEntryRound()
{
    // An exit round usually goes to the group of its entry round, anonymous as it was.
    const bool entryRound = m_kind->currentData().toString() == core::key(core::RoundKind::Entry);
    if (m_round.id != 0 || entryRound || !m_entry->currentData().isValid()) {
        return;
    }
    try {
        const auto entry = core::SurveyRoundRepository(m_db).find(m_entry->currentData().toLongLong());
        if (entry && entry->courseId) {
            m_course->setChecked(true);
            m_courses->setCurrentIndex(std::max(0, m_courses->findData(*entry->courseId)));
        } else if (entry && entry->socialCoopId) {
            m_coop->setChecked(true);
            m_coops->setCurrentIndex(std::max(0, m_coops->findData(*entry->socialCoopId)));
        }
        if (entry) {
            m_anonymous->setChecked(entry->anonymous);
        }
    } catch (const core::StorageError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
}

void RoundDialog::updateFields()
{
    const bool entry = m_kind->currentData().toString() == core::key(core::RoundKind::Entry);
    const bool wasHidden = !m_entry->isVisibleTo(this);
    m_entry->setVisible(!entry);
    m_entryLabel->setVisible(!entry);
    if (!entry && wasHidden) {
        followEntryRound();
    }
    m_courses->setEnabled(m_round.id == 0 && m_course->isChecked());
    m_coops->setEnabled(m_round.id == 0 && m_coop->isChecked());
}

core::SurveyRound RoundDialog::round() const
{
    core::SurveyRound r = m_round;
    r.instrumentId = m_instrument->currentData().toLongLong();
    r.kind = core::parseKey<core::RoundKind>(m_kind->currentData().toString()).value_or(core::RoundKind::Entry);
    r.entryRoundId.reset();
    if (r.kind != core::RoundKind::Entry && m_entry->currentData().isValid()) {
        r.entryRoundId = m_entry->currentData().toLongLong();
    }
    r.courseId.reset();
    r.socialCoopId.reset();
    if (m_course->isChecked() && m_courses->currentData().isValid()) {
        r.courseId = m_courses->currentData().toLongLong();
    } else if (m_coop->isChecked() && m_coops->currentData().isValid()) {
        r.socialCoopId = m_coops->currentData().toLongLong();
    }
    r.date = m_date->date();
    r.anonymous = m_anonymous->isChecked();
    r.note = m_note->text();
    return r;
}

} // namespace osiedle::ui
