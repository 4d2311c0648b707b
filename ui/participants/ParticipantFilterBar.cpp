#include "ui/participants/ParticipantFilterBar.h"

#include "core/domain/Enums.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

namespace osiedle::ui {

namespace {

/// A chooser that stays narrow in the row (long names are cut at its edge) but lists the
/// names whole when it opens, each with its full name as its tooltip.
QComboBox* chooser(QWidget* parent, const char* name, int characters)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    keepWidth(*combo, characters);
    return combo;
}

/// The lists that open show the names whole: as wide as the widest plus this, at most the other.
constexpr int popupMargin = 40;
constexpr int popupMaxWidth = 700;

/// Selects the item holding `id` (0: the first, "all"); false when there is none.
bool selectId(QComboBox* combo, qint64 id)
{
    const int index = id > 0 ? combo->findData(id) : 0;
    combo->setCurrentIndex(std::max(0, index));
    return index >= 0;
}

} // namespace

ParticipantFilterBar::ParticipantFilterBar(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_housingCoop(chooser(this, "filterHousingCoop", 28)),
      m_status(chooser(this, "filterStatus", 16)), m_course(chooser(this, "filterCourse", 32)),
      m_incomplete(new QCheckBox(tr("Data incomplete"), this)), m_clear(new QPushButton(tr("Show all"), this))
{
    setObjectName(QStringLiteral("participantFilters"));
    m_incomplete->setObjectName(QStringLiteral("filterIncomplete"));
    m_incomplete->setToolTip(tr("Only the participants whose monitoring data is incomplete"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    QList<ChoiceItem> statuses{{tr("All statuses"), QString()}};
    for (const core::RecruitmentStatus status : core::allValues<core::RecruitmentStatus>()) {
        statuses.append({core::label(status), core::key(status)});
    }
    replaceChoices(*m_status, statuses, popupMargin, popupMaxWidth);
    fillHousingCoops();
    fillCourses();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), this));
    layout->addWidget(m_housingCoop);
    layout->addWidget(m_status);
    layout->addWidget(m_course);
    layout->addWidget(m_incomplete);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    for (QComboBox* combo : {m_housingCoop, m_status, m_course}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ParticipantFilterBar::announce);
    }
    connect(m_incomplete, &QCheckBox::toggled, this, &ParticipantFilterBar::announce);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::HousingCoops) {
            fillHousingCoops();
        } else if (topic == core::Topic::Training) {
            fillCourses();
        }
    });
}

void ParticipantFilterBar::fillHousingCoops()
{
    const qint64 chosen = m_housingCoop->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_housingCoop);
        QList<ChoiceItem> choices{{tr("All housing cooperatives"), qint64(0)}};
        try {
            for (const core::HousingCoopListRow& h : core::HousingCoopRepository(m_context.db).list()) {
                choices.append({h.name, h.id});
            }
        } catch (const core::StorageError&) {
            // the list itself shows the storage failure; the filter offers only "all"
        }
        replaceChoices(*m_housingCoop, choices, popupMargin, popupMaxWidth);
        selectId(m_housingCoop, chosen);
    }
    if (m_housingCoop->currentData().toLongLong() != chosen) {
        announce();
    }
}

void ParticipantFilterBar::fillCourses()
{
    const qint64 chosen = m_course->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_course);
        QList<core::NamedId> courses;
        try {
            courses = core::CourseRepository(m_context.db).names();
        } catch (const core::StorageError&) {
            // as above
        }
        QList<ChoiceItem> choices{{tr("All courses"), qint64(0)}};
        choices.reserve(courses.size() + 1);
        for (const core::NamedId& course : std::as_const(courses)) {
            choices.append({course.name, course.id});
        }
        replaceChoices(*m_course, choices, popupMargin, popupMaxWidth);
        selectId(m_course, chosen);
    }
    if (m_course->currentData().toLongLong() != chosen) {
        announce();
    }
}

core::ListQueries::ParticipantFilter ParticipantFilterBar::filter() const
{
    core::ListQueries::ParticipantFilter chosen;
    if (const qint64 id = m_housingCoop->currentData().toLongLong(); id > 0) {
        chosen.housingCoopId = id;
    }
    chosen.status = core::parseKey<core::RecruitmentStatus>(m_status->currentData().toString());
    if (const qint64 id = m_course->currentData().toLongLong(); id > 0) {
        chosen.courseId = id;
    }
    chosen.incompleteOnly = m_incomplete->isChecked();
    return chosen;
}

void ParticipantFilterBar::setFilter(const core::ListQueries::ParticipantFilter& wanted)
{
    m_filling = true;
    selectId(m_housingCoop, wanted.housingCoopId.value_or(0));
    m_status->setCurrentIndex(wanted.status ? std::max(0, m_status->findData(core::key(*wanted.status))) : 0);
    selectId(m_course, wanted.courseId.value_or(0));
    m_incomplete->setChecked(wanted.incompleteOnly);
    m_filling = false;
    announce();
}

QVariantMap ParticipantFilterBar::view() const
{
    QVariantMap view;
    view.insert(QStringLiteral("housingCoop"),
                m_housingCoop->currentIndex() > 0 ? m_housingCoop->currentText() : QString());
    view.insert(QStringLiteral("status"), m_status->currentData().toString());
    view.insert(QStringLiteral("course"), m_course->currentIndex() > 0 ? m_course->currentText() : QString());
    view.insert(QStringLiteral("incomplete"), m_incomplete->isChecked());
    return view;
}

void ParticipantFilterBar::setView(const QVariantMap& view)
{
    const auto byName = [](QComboBox* combo, const QString& name) {
        const int index = name.isEmpty() ? 0 : combo->findText(name, Qt::MatchExactly);
        combo->setCurrentIndex(std::max(0, index));
    };
    m_filling = true;
    byName(m_housingCoop, view.value(QStringLiteral("housingCoop")).toString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(view.value(QStringLiteral("status")).toString())));
    byName(m_course, view.value(QStringLiteral("course")).toString());
    m_incomplete->setChecked(view.value(QStringLiteral("incomplete")).toBool());
    m_filling = false;
    announce();
}

void ParticipantFilterBar::announce()
{
    if (m_filling) {
        return;
    }
    const core::ListQueries::ParticipantFilter current = filter();
    m_clear->setEnabled(current != core::ListQueries::ParticipantFilter{});
    emit filterChanged(current);
}

} // namespace osiedle::ui
