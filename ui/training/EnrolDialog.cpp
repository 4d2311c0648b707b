#include "ui/training/EnrolDialog.h"

#include "core/domain/Enums.h"
#include "core/storage/EnrolmentRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ReferenceDate.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

EnrolDialog::EnrolDialog(core::Database& db, qint64 courseId, QWidget* parent)
    : QDialog(parent), m_db(db), m_courseId(courseId), m_search(new QLineEdit),
      m_everyone(new QCheckBox(tr("Show everyone, not only qualified participants"))), m_list(new QListWidget),
      m_date(new DateEdit(referenceDay(db)))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol participants"));
    m_search->setObjectName(QStringLiteral("enrolSearch"));
    m_search->setPlaceholderText(tr("Search by name or PESEL"));
    m_search->setClearButtonEnabled(true);
    m_everyone->setObjectName(QStringLiteral("enrolEveryone"));
    m_list->setObjectName(QStringLiteral("enrolCandidates"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_date->setObjectName(QStringLiteral("enrolDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_everyone);
    layout->addWidget(m_list);
    auto* form = new QFormLayout;
    form->addRow(tr("Enrolled on:"), m_date);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EnrolDialog::refill);
    connect(m_everyone, &QCheckBox::toggled, this, &EnrolDialog::refill);
    resize(480, 520);
    refill();
}

void EnrolDialog::search(const QString& text)
{
    m_search->setText(text);
}

void EnrolDialog::refill()
{
    m_list->clear();
    try {
        for (const core::ParticipantStanding& p :
             core::EnrolmentRepository(m_db).enrolable(m_courseId, m_search->text(), !m_everyone->isChecked())) {
            QString text = p.lastName + QLatin1Char(' ') + p.firstName;
            if (!p.pesel.isEmpty()) {
                text += QStringLiteral("  (") + p.pesel + QLatin1Char(')');
            }
            if (p.recruitmentStatus != QLatin1String("qualified")) {
                const auto status = core::parseKey<core::RecruitmentStatus>(p.recruitmentStatus);
                text += QStringLiteral(" — ") + (status ? core::label(*status, p.sex) : p.recruitmentStatus);
            }
            auto* item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, p.id);
        }
    } catch (const core::StorageError&) {
        m_list->clear();
    }
}

QList<qint64> EnrolDialog::chosenParticipants() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected()) {
            ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    return ids;
}

QDate EnrolDialog::enrolmentDate() const
{
    return m_date->date();
}

} // namespace osiedle::ui
