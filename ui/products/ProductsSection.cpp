#include "ui/products/ProductsSection.h"

#include "ui/products/CompetitionTab.h"
#include "ui/products/DeliverablesTab.h"
#include "ui/products/EventsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

ProductsSection::ProductsSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_deliverables(new DeliverablesTab(context, m_tabs)),
      m_competition(new CompetitionTab(context, m_tabs)), m_events(new EventsTab(context, m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("productsTabs"));
    m_tabs->addTab(m_deliverables, tr("Deliverables"));
    m_tabs->addTab(m_competition, tr("Competition"));
    m_tabs->addTab(m_events, tr("Study trip and conference"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace osiedle::ui
