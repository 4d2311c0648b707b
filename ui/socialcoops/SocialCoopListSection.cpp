#include "ui/socialcoops/SocialCoopListSection.h"

#include "core/common/DisplayFormat.h"
#include "core/services/SocialCoopService.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/CoopDetailsDialog.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/HealthPanel.h"
#include "ui/socialcoops/SocialCoopCard.h"
#include "ui/socialcoops/SocialCoopListModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

namespace osiedle::ui {

SocialCoopListSection::SocialCoopListSection(AppContext& context, QWidget* parent)
    : ListSection(context, tr("Social cooperatives"), parent)
{
    setObjectName(QStringLiteral("socialCoopList"));
    searchField()->setPlaceholderText(tr("Search by name, locality or housing cooperative"));
    m_model = new SocialCoopListModel(context.db, this);
    setModel(m_model, static_cast<int>(SocialCoopListModel::Column::Name),
             {core::Topic::SocialCoops, core::Topic::HousingCoops, core::Topic::Participants},
             static_cast<int>(SocialCoopListModel::Column::Name));

    auto* add = new QPushButton(tr("New OSS…"), this);
    add->setObjectName(QStringLiteral("newSocialCoop"));
    auto* card = new QPushButton(tr("Open card"), this);
    card->setObjectName(QStringLiteral("openCard"));
    auto* health = new QPushButton(tr("Health panel"), this);
    health->setObjectName(QStringLiteral("openHealthPanel"));
    toolbar()->addWidget(add);
    toolbar()->addWidget(card);
    toolbar()->addWidget(health);
    addExportButton(tr("social-cooperatives.xlsx"));
    addEmptyHint(tr("The social cooperatives (OSS) founded in the project will be listed here, each with its founding "
                    "path, members, agreement, work and service point."),
                 {{QStringLiteral("newSocialCoop"), tr("Add a social cooperative…")}});
    connect(add, &QPushButton::clicked, this, &SocialCoopListSection::newSocialCoop);
    connect(card, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId()) {
            openCard(id);
        }
    });
    connect(health, &QPushButton::clicked, this, &SocialCoopListSection::openHealthPanel);
    connect(this, &ListSection::rowActivated, this, &SocialCoopListSection::openCard);
}

QDate SocialCoopListSection::day()
{
    return referenceDay(context().db);
}

SocialCoopCard* SocialCoopListSection::openCard(qint64 socialCoopId)
{
    for (auto* card : findChildren<SocialCoopCard*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (card->summary().id == socialCoopId) {
            card->raise();
            card->activateWindow();
            return card;
        }
    }
    auto* card = new SocialCoopCard(context(), socialCoopId, day(), this);
    card->setWindowFlag(Qt::Window);
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->show();
    return card;
}

HealthPanel* SocialCoopListSection::openHealthPanel()
{
    if (auto* panel = findChild<HealthPanel*>(QString(), Qt::FindDirectChildrenOnly)) {
        panel->raise();
        return panel;
    }
    auto* panel = new HealthPanel(context(), day(), this);
    panel->setWindowFlag(Qt::Window);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    connect(panel, &HealthPanel::cardRequested, this, &SocialCoopListSection::openCard);
    panel->show();
    return panel;
}

qint64 SocialCoopListSection::newSocialCoop()
{
    const QString name = context().prompt.askText(this, tr("New social cooperative"), tr("Name of the cooperative:"));
    if (name.trimmed().isEmpty()) {
        return 0;
    }
    core::SocialCoop coop;
    coop.name = name.trimmed();
    core::SocialCoopService service(context().db, context().changes);
    const auto id = service.addCoop(coop);
    if (!id) {
        context().prompt.error(this, tr("New social cooperative"), id.error().message);
        return 0;
    }
    auto* db = &context().db;
    auto* changes = &context().changes;
    coop.id = *id;
    context().undo.push(new UndoableEdit(
        tr("New OSS %1").arg(coop.name),
        [db, changes, coop](QString* error) {
            return undoSucceeded(core::SocialCoopService(*db, *changes).removeCoop(coop.id), error);
        },
        [db, changes, coop](QString* error) {
            return undoSucceeded(core::SocialCoopService(*db, *changes).addCoop(coop), error);
        }));
    // the new OSS has only its name: its SM and address come next
    CoopDetailsDialog::open(context(), *id, openCard(*id));
    return *id;
}

QString SocialCoopListSection::countText(qint64 matching, qint64 total) const
{
    return matching == total
               ? tr("Social cooperatives: %1").arg(core::shown::count(total))
               : tr("Social cooperatives: %1 of %2").arg(core::shown::count(matching), core::shown::count(total));
}

} // namespace osiedle::ui
