#include "ui/socialcoops/MembersTab.h"

#include "core/common/DisplayFormat.h"
#include "core/services/SocialCoopService.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ListExport.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

QDateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new DateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}

QComboBox* participantBox(core::Database& db, std::optional<qint64> current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(QString(), qint64(0));
    for (const auto& p : core::MembershipRepository(db).participants()) {
        box->addItem(p.name, p.id);
    }
    box->setCurrentIndex(current ? std::max(0, box->findData(*current)) : 0);
    return box;
}

} // namespace

MembersTab::MembersTab(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent)
    : QWidget(parent), m_context(context), m_coopId(socialCoopId), m_day(day), m_service(context.db, context.changes),
      m_warning(new QLabel(this)),
      m_members(makeTable({tr("Member"), tr("Role"), tr("From"), tr("To"), tr("Eligible group"), tr("Employed now")},
                          "memberTable", this)),
      m_employment(makeTable({tr("Participant"), tr("Employer"), tr("Contract"), tr("Start"), tr("End"), tr("FTE"),
                              tr("Hourly rate"), tr("To arrears")},
                             "employmentTable", this))
{
    m_warning->setObjectName(QStringLiteral("memberShareWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #b06000; font-weight: bold;"));
    m_warning->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(new QLabel(tr("Members"), this));
    layout->addWidget(m_members, 1);
    auto* memberButtons = new QHBoxLayout();
    auto* add = new QPushButton(tr("Add member…"), this);
    add->setObjectName(QStringLiteral("addMember"));
    auto* edit = new QPushButton(tr("Change…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    memberButtons->addWidget(add);
    memberButtons->addWidget(edit);
    memberButtons->addWidget(remove);
    memberButtons->addStretch(1);
    ListExport::addButton(m_context, m_members, memberButtons, tr("members.xlsx"));
    layout->addLayout(memberButtons);
    layout->addWidget(new QLabel(tr("Employment"), this));
    layout->addWidget(m_employment, 1);
    auto* jobButtons = new QHBoxLayout();
    auto* addJob = new QPushButton(tr("Add employment…"), this);
    addJob->setObjectName(QStringLiteral("addEmployment"));
    auto* editJob = new QPushButton(tr("Change…"), this);
    auto* removeJob = new QPushButton(tr("Remove"), this);
    jobButtons->addWidget(addJob);
    jobButtons->addWidget(editJob);
    jobButtons->addWidget(removeJob);
    jobButtons->addStretch(1);
    ListExport::addButton(m_context, m_employment, jobButtons, tr("employment.xlsx"),
                          QStringLiteral("exportEmployment"));
    layout->addLayout(jobButtons);
    connect(add, &QPushButton::clicked, this, [this] { editMember(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editMember(m_members->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeMember(m_members->currentRow()); });
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editMember(row); });
    connect(addJob, &QPushButton::clicked, this, [this] { editEmployment(-1); });
    connect(editJob, &QPushButton::clicked, this, [this] { editEmployment(m_employment->currentRow()); });
    connect(removeJob, &QPushButton::clicked, this, [this] { removeEmployment(m_employment->currentRow()); });
    connect(m_employment, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editEmployment(row); });
    reload();
}

void MembersTab::showError(const QString& message)
{
    m_context.prompt.error(this, tr("Members and employment"), message);
}

void MembersTab::reload()
{
    m_memberRows = core::MembershipRepository(m_context.db).forCoop(m_coopId);
    m_employmentRows = core::EmploymentRepository(m_context.db).forCoop(m_coopId);
    QSet<qint64> employed;
    for (const auto& e : m_employmentRows) {
        if (e.activeOn(m_day)) {
            employed.insert(e.participantId);
        }
    }
    m_members->setRowCount(int(m_memberRows.size()));
    for (int i = 0; i < m_memberRows.size(); ++i) {
        const auto& m = m_memberRows[i];
        setRow(m_members, i,
               {m.displayName + (m.legalPerson ? tr(" (legal person)") : QString()), core::label(m.role),
                core::shown::date(m.from), core::shown::date(m.to), m.eligibleGroup ? tr("yes") : tr("no"),
                m.participantId && employed.contains(*m.participantId) ? tr("employed") : QString()});
    }
    m_employment->setRowCount(int(m_employmentRows.size()));
    for (int i = 0; i < m_employmentRows.size(); ++i) {
        const auto& e = m_employmentRows[i];
        QString deduction;
        if (e.deductionKind && e.deductionValue) {
            deduction = *e.deductionKind == core::WageDeduction::Percent
                            ? QStringLiteral("%1 %").arg(
                                  QLocale(QLocale::Polish).toString(static_cast<double>(*e.deductionValue) / 100.0))
                            : core::Money::fromGrosze(*e.deductionValue).format();
        }
        setRow(m_employment, i,
               {e.participantName, e.socialCoopId ? tr("this OSS") : e.employerName, core::label(e.contract),
                core::shown::date(e.start), core::shown::date(e.end),
                QLocale(QLocale::Polish).toString(e.ftePermille / 1000.0),
                e.hourlyRate ? e.hourlyRate->format() : QString(), deduction});
    }
    m_warning->setText(m_service.memberShareWarning(m_coopId, m_day));
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void MembersTab::editMember(int row)
{
    const bool isNew = row < 0 || row >= m_memberRows.size();
    core::Membership member;
    member.socialCoopId = m_coopId;
    member.from = m_day;
    // until the founding group is formed, the people entered are its founders
    if (!core::SocialCoopService(m_context.db, m_context.changes)
             .path(m_coopId)
             .isDone(core::FoundingStep::FoundingGroup)) {
        member.role = core::MembershipRole::Founder;
    }
    if (!isNew) {
        member = m_memberRows[row];
    }
    const core::Membership before = member;
    auto* dialog = new FormDialog(isNew ? tr("New member") : tr("Member: %1").arg(member.displayName), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setObjectName(QStringLiteral("memberDialog"));
    auto* participant = participantBox(m_context.db, member.participantId, dialog);
    participant->setObjectName(QStringLiteral("memberParticipant"));
    auto* name = new QLineEdit(member.personName, dialog);
    name->setObjectName(QStringLiteral("memberName"));
    name->setPlaceholderText(tr("only for someone who is not a participant"));
    auto* legal = new QCheckBox(tr("a legal person (e.g. the gmina, an NGO)"), dialog);
    legal->setChecked(member.legalPerson);
    auto* eligible = new QCheckBox(tr("from a group the law on social cooperatives admits"), dialog);
    eligible->setObjectName(QStringLiteral("memberEligible"));
    eligible->setChecked(member.eligibleGroup);
    auto* role = new QComboBox(dialog);
    role->setObjectName(QStringLiteral("memberRole"));
    for (auto r : core::allValues<core::MembershipRole>()) {
        role->addItem(core::label(r), int(r));
    }
    role->setCurrentIndex(role->findData(int(member.role)));
    auto* from = dateEdit(member.from, dialog);
    from->setObjectName(QStringLiteral("memberFrom"));
    auto* to = new OptionalDateEdit(dialog);
    to->setValue(member.to, m_day);
    dialog->form()->addRow(tr("Participant"), participant);
    dialog->form()->addRow(tr("or name"), name);
    dialog->form()->addRow(QString(), legal);
    dialog->form()->addRow(QString(), eligible);
    dialog->form()->addRow(tr("Role"), role);
    dialog->form()->addRow(tr("From"), from);
    dialog->form()->addRow(tr("To"), to);
    dialog->setSubmit([=, this]() -> QString {
        core::Membership typed = before;
        const qint64 pid = participant->currentData().toLongLong();
        typed.participantId = pid ? std::optional<qint64>(pid) : std::nullopt;
        typed.personName = pid ? QString() : name->text().trimmed();
        typed.legalPerson = legal->isChecked();
        typed.eligibleGroup = eligible->isChecked();
        typed.role = static_cast<core::MembershipRole>(role->currentData().toInt());
        typed.from = from->date();
        typed.to = to->value();
        const auto saved = isNew ? m_service.addMember(typed) : m_service.updateMember(typed);
        if (!saved) {
            return saved.error().message;
        }
        typed.id = saved->id;
        auto* service = &m_service;
        m_context.undo.push(new UndoableEdit(
            isNew ? tr("New member") : tr("Change member"),
            [service, isNew, before, typed](QString* error) {
                return isNew ? undoSucceeded(service->removeMember(typed.id), error)
                             : undoSucceeded(service->updateMember(before), error);
            },
            [service, isNew, typed](QString* error) {
                return isNew ? undoSucceeded(service->addMember(typed), error)
                             : undoSucceeded(service->updateMember(typed), error);
            },
            [this](const QString& message) { showError(message); }));
        if (!saved->warning.isEmpty()) {
            m_context.prompt.information(this, tr("Members from outside the eligible groups"), saved->warning);
        }
        return {};
    });
    dialog->open();
}

void MembersTab::removeMember(int row)
{
    if (row < 0 || row >= m_memberRows.size()) {
        return;
    }
    const core::Membership gone = m_memberRows[row];
    if (!m_context.prompt.confirm(
            this, tr("Remove member"),
            tr("Remove %1 (%2) from the members?").arg(gone.displayName, core::label(gone.role)))) {
        return;
    }
    if (const auto removed = m_service.removeMember(gone.id); !removed) {
        showError(removed.error().message);
        return;
    }
    auto* service = &m_service;
    m_context.undo.push(new UndoableEdit(
        tr("Remove member"), [service, gone](QString* error) { return undoSucceeded(service->addMember(gone), error); },
        [service, gone](QString* error) { return undoSucceeded(service->removeMember(gone.id), error); },
        [this](const QString& message) { showError(message); }));
}

void MembersTab::editEmployment(int row)
{
    const bool isNew = row < 0 || row >= m_employmentRows.size();
    core::Employment job;
    job.socialCoopId = m_coopId;
    job.start = m_day;
    if (!isNew) {
        job = m_employmentRows[row];
    }
    const core::Employment before = job;
    auto* dialog = new FormDialog(isNew ? tr("New employment") : tr("Employment: %1").arg(job.participantName), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setObjectName(QStringLiteral("employmentDialog"));
    auto* participant =
        participantBox(m_context.db, isNew ? std::nullopt : std::optional<qint64>(job.participantId), dialog);
    participant->setObjectName(QStringLiteral("employmentParticipant"));
    auto* inCoop = new QCheckBox(tr("employed by this OSS"), dialog);
    inCoop->setChecked(job.socialCoopId.has_value());
    auto* employer = new QLineEdit(job.employerName, dialog);
    employer->setPlaceholderText(tr("another employer's name"));
    auto* contract = new QComboBox(dialog);
    for (auto c : core::allValues<core::ContractType>()) {
        contract->addItem(core::label(c), int(c));
    }
    contract->setCurrentIndex(contract->findData(int(job.contract)));
    auto* start = dateEdit(job.start, dialog);
    start->setObjectName(QStringLiteral("employmentStart"));
    auto* end = new OptionalDateEdit(dialog);
    end->setValue(job.end, m_day);
    auto* fte = new QSpinBox(dialog);
    fte->setRange(1, 100);
    fte->setSuffix(tr(" % of full time"));
    fte->setValue(job.ftePermille / 10);
    auto* rate = new QLineEdit(job.hourlyRate ? job.hourlyRate->formatPlain() : QString(), dialog);
    rate->setPlaceholderText(tr("zł per hour"));
    auto* deductionKind = new QComboBox(dialog);
    deductionKind->addItem(tr("none"), -1);
    deductionKind->addItem(tr("percent of the wage"), int(core::WageDeduction::Percent));
    deductionKind->addItem(tr("fixed amount a month"), int(core::WageDeduction::Fixed));
    deductionKind->setCurrentIndex(job.deductionKind ? deductionKind->findData(int(*job.deductionKind)) : 0);
    auto* deduction = new QLineEdit(dialog);
    if (job.deductionKind && job.deductionValue) {
        deduction->setText(*job.deductionKind == core::WageDeduction::Percent
                               ? QLocale(QLocale::Polish).toString(static_cast<double>(*job.deductionValue) / 100.0)
                               : core::Money::fromGrosze(*job.deductionValue).formatPlain());
    }
    dialog->form()->addRow(tr("Participant"), participant);
    dialog->form()->addRow(QString(), inCoop);
    dialog->form()->addRow(tr("Other employer"), employer);
    dialog->form()->addRow(tr("Contract"), contract);
    dialog->form()->addRow(tr("Start"), start);
    dialog->form()->addRow(tr("End"), end);
    dialog->form()->addRow(tr("Working time"), fte);
    dialog->form()->addRow(tr("Hourly rate"), rate);
    dialog->form()->addRow(tr("Part of the wage to the arrears"), deductionKind);
    dialog->form()->addRow(tr("Percent or amount"), deduction);
    dialog->setSubmit([=, this]() -> QString {
        core::Employment typed = before;
        typed.participantId = participant->currentData().toLongLong();
        typed.socialCoopId = inCoop->isChecked() ? std::optional<qint64>(m_coopId) : std::nullopt;
        typed.employerName = inCoop->isChecked() ? QString() : employer->text().trimmed();
        typed.contract = static_cast<core::ContractType>(contract->currentData().toInt());
        typed.start = start->date();
        typed.end = end->value();
        typed.ftePermille = fte->value() * 10;
        typed.hourlyRate.reset();
        if (!rate->text().trimmed().isEmpty()) {
            const auto parsed = core::Money::parse(rate->text());
            if (!parsed) {
                return parsed.error().message;
            }
            typed.hourlyRate = *parsed;
        }
        typed.deductionKind.reset();
        typed.deductionValue.reset();
        if (deductionKind->currentData().toInt() >= 0) {
            typed.deductionKind = static_cast<core::WageDeduction>(deductionKind->currentData().toInt());
            if (*typed.deductionKind == core::WageDeduction::Percent) {
                bool ok = false;
                const double percent = QLocale(QLocale::Polish).toDouble(deduction->text().trimmed(), &ok);
                if (!ok) {
                    return tr("Deduction %1: give a percentage, e.g. 30").arg(deduction->text());
                }
                typed.deductionValue = qint64(percent * 100 + 0.5);
            } else {
                const auto parsed = core::Money::parse(deduction->text());
                if (!parsed) {
                    return parsed.error().message;
                }
                typed.deductionValue = parsed->grosze();
            }
        }
        if (isNew) {
            const auto id = m_service.addEmployment(typed);
            if (!id) {
                return id.error().message;
            }
            typed.id = *id;
        } else if (const auto saved = m_service.updateEmployment(typed); !saved) {
            return saved.error().message;
        }
        auto* service = &m_service;
        m_context.undo.push(new UndoableEdit(
            isNew ? tr("New employment") : tr("Change employment"),
            [service, isNew, before, typed](QString* error) {
                return isNew ? undoSucceeded(service->removeEmployment(typed.id), error)
                             : undoSucceeded(service->updateEmployment(before), error);
            },
            [service, isNew, typed](QString* error) {
                return isNew ? undoSucceeded(service->addEmployment(typed), error)
                             : undoSucceeded(service->updateEmployment(typed), error);
            },
            [this](const QString& message) { showError(message); }));
        return {};
    });
    dialog->open();
}

void MembersTab::removeEmployment(int row)
{
    if (row < 0 || row >= m_employmentRows.size()) {
        return;
    }
    const core::Employment gone = m_employmentRows[row];
    if (!m_context.prompt.confirm(
            this, tr("Remove employment"),
            tr("Remove the employment of %1 from %2?").arg(gone.participantName, core::shown::date(gone.start)))) {
        return;
    }
    if (const auto removed = m_service.removeEmployment(gone.id); !removed) {
        showError(removed.error().message);
        return;
    }
    auto* service = &m_service;
    m_context.undo.push(new UndoableEdit(
        tr("Remove employment"),
        [service, gone](QString* error) { return undoSucceeded(service->addEmployment(gone), error); },
        [service, gone](QString* error) { return undoSucceeded(service->removeEmployment(gone.id), error); },
        [this](const QString& message) { showError(message); }));
}

} // namespace osiedle::ui
