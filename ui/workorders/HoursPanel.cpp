#include "ui/workorders/HoursPanel.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/EmploymentRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/WorkHoursRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

HoursPanel::HoursPanel(AppContext& context, QWidget* parent)
    : QWidget(parent), m_db(context.db), m_title(new QLabel(this)), m_table(new QTableWidget(0, 3, this)),
      m_member(new QComboBox(this)), m_date(new DateEdit(this)), m_hours(new QDoubleSpinBox(this)),
      m_save(new QPushButton(tr("Save hours"), this)), m_remove(new QPushButton(tr("Remove entry"), this)),
      m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("hoursPanel"));
    m_table->setObjectName(QStringLiteral("hoursTable"));
    m_member->setObjectName(QStringLiteral("hoursMember"));
    m_date->setObjectName(QStringLiteral("hoursDate"));
    m_hours->setObjectName(QStringLiteral("hoursValue"));
    m_save->setObjectName(QStringLiteral("hoursSave"));
    m_remove->setObjectName(QStringLiteral("hoursRemove"));
    m_totals->setObjectName(QStringLiteral("hoursTotals"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Member"), tr("Hours")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_hours->setRange(0, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(2);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(4);
    m_totals->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout();
    heading->addWidget(m_title, 1);
    layout->addLayout(heading);
    m_export = ListExport::addButton(context, m_table, heading, tr("hours-worked.xlsx"), QStringLiteral("exportHours"));
    layout->addWidget(m_table, 1);
    auto* entry = new QHBoxLayout();
    entry->addWidget(m_member, 2);
    entry->addWidget(m_date);
    entry->addWidget(m_hours);
    entry->addWidget(m_save);
    entry->addWidget(m_remove);
    layout->addLayout(entry);
    layout->addWidget(m_totals);
    connect(m_save, &QPushButton::clicked, this, &HoursPanel::enter);
    enterSubmits({m_member, m_date, m_hours}, m_save);
    connect(m_remove, &QPushButton::clicked, this, &HoursPanel::removeSelected);
    setOrder(std::nullopt);
}

void HoursPanel::setOrder(const std::optional<core::WorkOrder>& order)
{
    const bool sameCoop = m_order && order && m_order->socialCoopId == order->socialCoopId;
    const bool sameOrder = m_order && order && m_order->id == order->id;
    m_order = order;
    if (!sameCoop) {
        m_member->clear();
        if (order) {
            // the members of the OSS who are participants, and whoever it employs
            QMap<QString, qint64> people;
            for (const auto& m : core::MembershipRepository(m_db).forCoop(order->socialCoopId)) {
                if (m.participantId) {
                    people.insert(m.displayName, *m.participantId);
                }
            }
            for (const auto& e : core::EmploymentRepository(m_db).forCoop(order->socialCoopId)) {
                people.insert(e.participantName, e.participantId);
            }
            for (auto it = people.cbegin(); it != people.cend(); ++it) {
                m_member->addItem(it.key(), it.value());
            }
        }
    }
    // the same order again (after an entry): the day typed last stays, for the next entry
    if (order && !sameOrder) {
        // an order without dates: today, or the project's last day once the project is over
        m_date->setDate(order->completedOn.value_or(order->orderedOn.value_or(referenceDay(m_db))));
    } else if (!order) {
        m_date->setDate(referenceDay(m_db)); // not 01.01.2000
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_member, m_date, m_hours, m_save, m_remove, m_export}) {
        w->setEnabled(order.has_value());
    }
    reload();
}

void HoursPanel::reload()
{
    m_table->setRowCount(0);
    if (!m_order) {
        m_title->setText(tr("Hours worked: choose an order"));
        m_totals->clear();
        return;
    }
    m_title->setText(tr("Hours worked on order %1").arg(m_order->number()));
    const auto hours = core::WorkHoursRepository(m_db).forOrder(m_order->id);
    QMap<QString, int> perMember;
    int total = 0;
    m_table->setRowCount(int(hours.size()));
    for (int i = 0; i < hours.size(); ++i) {
        const auto& h = hours[i];
        auto* day = new QTableWidgetItem(core::shown::date(h.date));
        day->setData(Qt::UserRole, h.participantId);
        day->setData(Qt::UserRole + 1, h.date);
        m_table->setItem(i, 0, day);
        m_table->setItem(i, 1, new QTableWidgetItem(h.participantName));
        auto* value = new QTableWidgetItem(core::shown::hours(h.minutes));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, value);
        perMember[h.participantName] += h.minutes;
        total += h.minutes;
    }
    QStringList parts;
    for (auto it = perMember.cbegin(); it != perMember.cend(); ++it) {
        parts.append(QStringLiteral("%1 %2").arg(it.key(), core::shown::hours(it.value())));
    }
    m_totals->setText(
        parts.isEmpty()
            ? tr("No hours yet.")
            : tr("Total %1 h. By member: %2").arg(core::shown::hours(total), parts.join(QStringLiteral("; "))));
}

void HoursPanel::enter()
{
    if (!m_order || m_member->currentIndex() < 0) {
        return;
    }
    const int minutes = int(m_hours->value() * 60 + 0.5);
    emit hoursEntered(m_order->id, m_member->currentData().toLongLong(), m_date->date(), minutes);
}

void HoursPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_order || row < 0) {
        return;
    }
    const QTableWidgetItem* day = m_table->item(row, 0);
    emit hoursEntered(m_order->id, day->data(Qt::UserRole).toLongLong(), day->data(Qt::UserRole + 1).toDate(), 0);
}

} // namespace osiedle::ui
