#include "ui/training/CourseEditor.h"

#include "core/services/CourseService.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

const QDate noDate(2000, 1, 1); // the minimum of the date fields, shown as "—" (not set)

QDateEdit* optionalDate(const QString& name)
{
    auto* edit = new DateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(noDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

} // namespace

CourseEditor::CourseEditor(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_form(new QComboBox), m_name(new QLineEdit), m_coop(new QComboBox),
      m_trainer(new QComboBox), m_place(new QLineEdit), m_hours(new QDoubleSpinBox), m_threshold(new QSpinBox),
      m_start(optionalDate(QStringLiteral("courseStart"))), m_end(optionalDate(QStringLiteral("courseEnd"))),
      m_notes(new QPlainTextEdit), m_save(new QPushButton(tr("Save course")))
{
    setObjectName(QStringLiteral("courseEditor"));
    m_form->setObjectName(QStringLiteral("courseSupportForm"));
    m_name->setObjectName(QStringLiteral("courseName"));
    m_coop->setObjectName(QStringLiteral("courseSocialCoop"));
    keepWidth(*m_coop, 32); // a thousand OSS at scale 100
    m_trainer->setObjectName(QStringLiteral("courseTrainer"));
    m_trainer->setEditable(true); // the office's trainers are offered; anyone else can be typed
    m_trainer->setInsertPolicy(QComboBox::NoInsert);
    m_place->setObjectName(QStringLiteral("coursePlace"));
    m_hours->setObjectName(QStringLiteral("coursePlannedHours"));
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(2);
    m_hours->setSuffix(tr(" h"));
    m_threshold->setObjectName(QStringLiteral("courseThreshold"));
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_notes->setObjectName(QStringLiteral("courseNotes"));
    m_notes->setMaximumHeight(80);
    m_save->setObjectName(QStringLiteral("saveCourse"));

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* field, const QString& errorKey) {
        auto* box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(field);
        if (!errorKey.isEmpty()) {
            box->addWidget(errorLabel(errorKey));
        }
        form->addRow(label, box);
    };
    addRow(tr("Support form:"), m_form, QStringLiteral("supportForm"));
    addRow(tr("Name:"), m_name, QStringLiteral("name"));
    addRow(tr("OSS group:"), m_coop, {});
    addRow(tr("Trainer:"), m_trainer, {});
    addRow(tr("Place:"), m_place, {});
    addRow(tr("Planned hours:"), m_hours, QStringLiteral("plannedHours"));
    addRow(tr("Completion threshold:"), m_threshold, QStringLiteral("threshold"));
    addRow(tr("Starts:"), m_start, {});
    addRow(tr("Ends:"), m_end, QStringLiteral("dates"));
    addRow(tr("Notes:"), m_notes, {});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    enterSubmits({m_form, m_name, m_coop, m_trainer, m_place, m_hours, m_threshold}, m_save);
    reloadChoices();
    showCourse({});
}

QLabel* CourseEditor::errorLabel(const QString& field)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void CourseEditor::reloadChoices()
{
    const QVariant form = m_form->currentData();
    const QVariant coop = m_coop->currentData();
    m_form->clear();
    QList<ChoiceItem> coops{{tr("(none)"), QVariant()}};
    try {
        core::CourseRepository courses(m_context.db);
        for (const core::SupportForm& f : courses.supportForms()) {
            m_form->addItem(f.name, f.id);
        }
        for (const core::NamedId& c : courses.socialCoops()) {
            coops.append({c.name, c.id});
        }
        const QString trainer = m_trainer->currentText();
        m_trainer->clear();
        for (const core::StaffMember& member : core::ProjectRepository(m_context.db).staff()) {
            if (member.role == core::StaffRole::Trainer) {
                m_trainer->addItem(member.name);
            }
        }
        m_trainer->setCurrentText(trainer);
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, tr("Training"), e.message());
    }
    replaceChoices(*m_coop, coops, 24, 700);
    m_form->setCurrentIndex(std::max(0, m_form->findData(form)));
    m_coop->setCurrentIndex(std::max(0, m_coop->findData(coop)));
}

void CourseEditor::showCourse(const core::Course& course)
{
    m_shown = course;
    if (course.supportFormId > 0) {
        m_form->setCurrentIndex(std::max(0, m_form->findData(course.supportFormId)));
    }
    m_name->setText(course.name);
    m_coop->setCurrentIndex(course.socialCoopId ? std::max(0, m_coop->findData(*course.socialCoopId)) : 0);
    m_trainer->setCurrentText(course.trainer);
    m_place->setText(course.place);
    m_hours->setValue(course.plannedMinutes / 60.0);
    m_threshold->setValue(course.thresholdPercent);
    m_start->setDate(course.startDate.isValid() ? course.startDate : noDate);
    m_end->setDate(course.endDate.isValid() ? course.endDate : noDate);
    m_notes->setPlainText(course.notes);
    showErrors({});
}

core::Course CourseEditor::course() const
{
    core::Course c = m_shown;
    c.supportFormId = m_form->currentData().toLongLong();
    c.name = m_name->text().trimmed();
    c.socialCoopId =
        m_coop->currentData().isValid() ? std::optional<qint64>(m_coop->currentData().toLongLong()) : std::nullopt;
    c.trainer = m_trainer->currentText().trimmed();
    c.place = m_place->text().trimmed();
    c.plannedMinutes = static_cast<int>(std::lround(m_hours->value() * 60));
    c.thresholdPercent = m_threshold->value();
    c.startDate = dateOf(m_start);
    c.endDate = dateOf(m_end);
    c.notes = m_notes->toPlainText();
    return c;
}

void CourseEditor::showErrors(const core::FieldErrors& errors)
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

bool CourseEditor::save()
{
    const core::Course wanted = course();
    const core::FieldErrors errors = core::CourseService::validate(wanted);
    showErrors(errors);
    if (!errors.isEmpty()) {
        return false;
    }
    core::CourseService service(m_context.db, &m_context.changes);
    const core::Course before = m_shown;
    const auto id = service.save(wanted);
    if (!id) {
        m_context.prompt.error(this, tr("Training"), id.error().message);
        return false;
    }
    m_shown = wanted;
    m_shown.id = *id;
    if (before.id != 0) {
        core::Database* db = &m_context.db;
        core::ChangeNotifier* changes = &m_context.changes;
        auto step = [db, changes](core::Course value) {
            return [db, changes, value](QString* error) {
                const auto done = core::CourseService(*db, changes).save(value);
                if (!done) {
                    *error = done.error().message;
                }
                return done.ok();
            };
        };
        m_context.undo.push(
            new UndoableEdit(tr("Edit course %1").arg(wanted.name), step(before), step(m_shown),
                             [this](const QString& m) { m_context.prompt.error(this, tr("Training"), m); }));
    }
    emit saved(*id);
    return true;
}

} // namespace osiedle::ui
