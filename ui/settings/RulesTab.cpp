#include "ui/settings/RulesTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ReferenceDate.h"
#include "ui/products/RecordPanel.h"
#include "ui/settings/SettingsRecords.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace osiedle::ui {

RulesTab::RulesTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_rules2009(new QRadioButton(tr("2009 rules: a founding group of at least 5 natural persons"), this)),
      m_rules2018(new QRadioButton(tr("2018 rules: a founding group of at least 3 natural persons"), this)),
      m_disability(new QCheckBox(tr("Disability"), this)),
      m_minority(new QCheckBox(tr("National or ethnic minority"), this)),
      m_migrant(new QCheckBox(tr("Migrant, person of foreign origin"), this)),
      m_dayPanel(new products::RecordPanel(QStringLiteral("dayOff"), {tr("Date"), tr("Reason")}, this)),
      m_dayDate(new DateEdit(this)), m_dayReason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("rulesTab"));
    m_rules2009->setObjectName(QStringLiteral("rules2009"));
    m_rules2018->setObjectName(QStringLiteral("rules2018"));
    m_disability->setObjectName(QStringLiteral("collectDisability"));
    m_minority->setObjectName(QStringLiteral("collectMinority"));
    m_migrant->setObjectName(QStringLiteral("collectMigrant"));
    m_dayDate->setObjectName(QStringLiteral("dayOffDate"));
    m_dayReason->setObjectName(QStringLiteral("dayOffReason"));
    m_dayReason->setPlaceholderText(tr("e.g. the office is closed"));

    auto* founding = new QGroupBox(tr("Founding rules of social cooperatives"), this);
    auto* foundingLayout = new QVBoxLayout(founding);
    foundingLayout->addWidget(m_rules2009);
    foundingLayout->addWidget(m_rules2018);
    auto* optional = new QGroupBox(tr("Optional participant data the office collects"), this);
    auto* optionalLayout = new QVBoxLayout(optional);
    for (QCheckBox* box : {m_disability, m_minority, m_migrant}) {
        optionalLayout->addWidget(box);
    }
    auto* days = new QGroupBox(tr("The office's days off (the course schedule skips them, as it skips public "
                                  "holidays)"),
                               this);
    auto* daysLayout = new QVBoxLayout(days);
    daysLayout->addWidget(m_dayPanel);
    m_dayPanel->addField(tr("Date"), m_dayDate, QStringLiteral("date"));
    m_dayPanel->addField(tr("Reason"), m_dayReason, QStringLiteral("reason"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(founding);
    layout->addWidget(optional);
    layout->addWidget(days, 1);

    for (QRadioButton* radio : {m_rules2009, m_rules2018}) {
        connect(radio, &QRadioButton::clicked, this, [this] { applyRules(); });
    }
    for (QCheckBox* box : {m_disability, m_minority, m_migrant}) {
        connect(box, &QCheckBox::clicked, this, [this] { applyRules(); });
    }
    connect(m_dayPanel, &products::RecordPanel::shown, this, &RulesTab::displayDay);
    connect(m_dayPanel, &products::RecordPanel::saveClicked, this, [this] { saveDayOff(); });
    connect(m_dayPanel, &products::RecordPanel::removeClicked, this, [this] { removeDayOff(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project) {
            reload();
        }
    });
    reload();
    m_dayPanel->show(0);
}

void RulesTab::reload()
{
    std::optional<core::Project> project;
    try {
        core::ProjectRepository repo(m_context.db);
        project = repo.project();
        m_days = repo.daysOff();
    } catch (const core::StorageError& e) {
        m_dayPanel->errors().show({{QString(), e.message()}});
        return;
    }
    if (project) {
        const QSignalBlocker b1(m_rules2009);
        const QSignalBlocker b2(m_rules2018);
        m_rules2009->setChecked(project->foundingRules == core::FoundingRules::Rules2009);
        m_rules2018->setChecked(project->foundingRules == core::FoundingRules::Rules2018);
        m_disability->setChecked(project->collected.disability);
        m_minority->setChecked(project->collected.minority);
        m_migrant->setChecked(project->collected.migrant);
    }
    QList<qint64> ids;
    QList<QStringList> cells;
    for (const core::DayOff& day : m_days) {
        ids << day.date.toJulianDay();
        cells << QStringList{FormErrors::dateText(day.date), day.reason};
    }
    m_dayPanel->setRows(ids, cells);
}

bool RulesTab::applyRules()
{
    core::ProjectSettingsService service(m_context.db, &m_context.changes);
    auto project = service.project();
    if (!project) {
        m_dayPanel->errors().show({{QString(), project.error().message}});
        return false;
    }
    core::Project wanted = *project;
    wanted.foundingRules = m_rules2018->isChecked() ? core::FoundingRules::Rules2018 : core::FoundingRules::Rules2009;
    wanted.collected = {m_disability->isChecked(), m_minority->isChecked(), m_migrant->isChecked()};
    if (wanted == *project) {
        return true;
    }
    const auto saved = service.update(wanted);
    if (!saved) {
        m_dayPanel->errors().show({{QString(), saved.error().message}});
        reload();
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, tr("Rules of the project"),
        [&context](const core::Project& p) { return settingsService(context).restore(p, std::nullopt); }, saved->before,
        saved->after);
    return true;
}

void RulesTab::displayDay(qint64 id)
{
    core::DayOff shown{QDate::fromJulianDay(id), QString()};
    for (const core::DayOff& day : m_days) {
        if (day.date.toJulianDay() == id) {
            shown = day;
        }
    }
    m_dayDate->setDate(id == 0 ? referenceDay(m_context.db) : shown.date);
    m_dayReason->setText(shown.reason);
}

bool RulesTab::saveDayOff()
{
    const core::DayOff day{m_dayDate->date(), m_dayReason->text().trimmed()};
    core::FieldErrors errors;
    const auto before = settingsService(m_context).putDayOff(day, &errors);
    if (!before) {
        m_dayPanel->errors().show(errors.isEmpty() ? core::FieldErrors{{QString(), before.error().message}} : errors);
        return false;
    }
    AppContext& context = m_context;
    const QDate date = day.date;
    pushChange(
        m_context, this, tr("Day off %1").arg(FormErrors::dateText(date)),
        [&context, date](const std::optional<core::DayOff>& value) {
            return settingsService(context).restoreDayOff(date, value);
        },
        *before, std::optional<core::DayOff>(day));
    reload();
    m_dayPanel->show(date.toJulianDay());
    return true;
}

bool RulesTab::removeDayOff()
{
    const qint64 id = m_dayPanel->currentId();
    if (id == 0) {
        return false;
    }
    const QDate date = QDate::fromJulianDay(id);
    const auto removed = settingsService(m_context).removeDayOff(date);
    if (!removed) {
        m_dayPanel->errors().show({{QString(), removed.error().message}});
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, tr("Remove day off %1").arg(FormErrors::dateText(date)),
        [&context, date](const std::optional<core::DayOff>& value) {
            return settingsService(context).restoreDayOff(date, value);
        },
        std::optional<core::DayOff>(*removed), std::optional<core::DayOff>());
    reload();
    m_dayPanel->show(0);
    return true;
}

} // namespace osiedle::ui
