#include "ui/participants/ParticipantFilterBar.h"

#include "core/domain/Enums.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/CourseRepository.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <algorithm>
#include <functional>

namespace osiedle::ui {

namespace {

/// A chooser that stays narrow in the row (long names are cut at its edge) but lists the
/// names whole when it opens, each with its full name as its tooltip.
QComboBox* chooser(QWidget* parent, const char* name, int characters)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    return combo;
}

void widenPopup(QComboBox* combo)
{
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i) {
        widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
        combo->setItemData(i, combo->itemText(i), Qt::ToolTipRole);
    }
    combo->view()->setMinimumWidth(std::min(widest + 40, 700));
}

/// Replaces the items with "all" (id 0) and `items`, built in a model of their own and then
/// handed to the box in one go: a project has thousands of courses, and item by item each would
/// be announced to the box and its view. The popup is as wide as the widest name (measured among
/// the longest texts only).
void replaceItems(QComboBox* combo, const QString& all, const QList<core::NamedId>& items)
{
    auto* model = new QStandardItemModel(combo);
    const auto append = [model](const QString& text, qint64 id) {
        auto* item = new QStandardItem(text);
        item->setData(id, Qt::UserRole);
        item->setData(text, Qt::ToolTipRole);
        model->appendRow(item);
    };
    append(all, 0);
    QList<qsizetype> lengths;
    lengths.reserve(items.size());
    for (const core::NamedId& named : items) {
        append(named.name, named.id);
        lengths.append(named.name.size());
    }
    // A name many characters shorter than the longest is never the widest: the 50 longest are.
    const qsizetype measured = std::min<qsizetype>(50, lengths.size());
    std::nth_element(lengths.begin(), lengths.begin() + (measured > 0 ? measured - 1 : 0), lengths.end(),
                     std::greater<>());
    const qsizetype shortestMeasured = measured > 0 ? lengths.at(measured - 1) : 0;
    int widest = combo->fontMetrics().horizontalAdvance(all);
    for (const core::NamedId& named : items) {
        if (named.name.size() >= shortestMeasured) {
            widest = std::max(widest, combo->fontMetrics().horizontalAdvance(named.name));
        }
    }
    combo->setModel(model); // the box deletes the model it had
    combo->view()->setMinimumWidth(std::min(widest + 40, 700));
}

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
    m_status->addItem(tr("All statuses"), QString());
    for (const core::RecruitmentStatus status : core::allValues<core::RecruitmentStatus>()) {
        m_status->addItem(core::label(status), core::key(status));
    }
    widenPopup(m_status);
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
        m_housingCoop->clear();
        m_housingCoop->addItem(tr("All housing cooperatives"), qint64(0));
        try {
            for (const core::HousingCoopListRow& h : core::HousingCoopRepository(m_context.db).list()) {
                m_housingCoop->addItem(h.name, h.id);
            }
        } catch (const core::StorageError&) {
            // the list itself shows the storage failure; the filter offers only "all"
        }
        widenPopup(m_housingCoop);
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
        replaceItems(m_course, tr("All courses"), courses);
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
