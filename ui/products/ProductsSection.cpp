#include "ui/products/ProductsSection.h"

#include "ui/products/CompetitionTab.h"
#include "ui/products/DeliverablesTab.h"
#include "ui/products/EventsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

/// A tab's page whose content comes later: it holds it edge to edge.
QWidget* laterPage(QTabWidget* tabs)
{
    auto* page = new QWidget(tabs);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    return page;
}

} // namespace

ProductsSection::ProductsSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_deliverables(new DeliverablesTab(context, m_tabs)), m_competitionPage(laterPage(m_tabs)),
      m_eventsPage(laterPage(m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("productsTabs"));
    m_tabs->addTab(m_deliverables, tr("Deliverables"));
    m_tabs->addTab(m_competitionPage, tr("Competition"));
    m_tabs->addTab(m_eventsPage, tr("Study trip and conference"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProductsSection::buildTab);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

CompetitionTab* ProductsSection::competition()
{
    if (m_competition == nullptr) {
        m_competition = new CompetitionTab(m_context, m_competitionPage);
        m_competitionPage->layout()->addWidget(m_competition);
    }
    return m_competition;
}

EventsTab* ProductsSection::events()
{
    if (m_events == nullptr) {
        m_events = new EventsTab(m_context, m_eventsPage);
        m_eventsPage->layout()->addWidget(m_events);
    }
    return m_events;
}

void ProductsSection::buildTab(int index)
{
    if (m_tabs->widget(index) == m_competitionPage) {
        competition();
    } else if (m_tabs->widget(index) == m_eventsPage) {
        events();
    }
}

} // namespace osiedle::ui
