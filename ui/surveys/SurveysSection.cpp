#include "ui/surveys/SurveysSection.h"

#include "ui/surveys/InstrumentsTab.h"
#include "ui/surveys/ResultsTab.h"
#include "ui/surveys/RoundsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

SurveysSection::SurveysSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_instruments(new InstrumentsTab(context)),
      m_rounds(new RoundsTab(context)), m_results(new ResultsTab(context))
{
    setObjectName(QStringLiteral("surveysSection"));
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_tabs->addTab(m_rounds, tr("&Rounds and answers"));
    m_tabs->addTab(m_results, tr("R&esults"));
    m_tabs->addTab(m_instruments, tr("&Questionnaires and tests"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_rounds, &RoundsTab::resultsWanted, this, [this](qint64 roundId) {
        m_tabs->setCurrentWidget(m_results);
        m_results->showRound(roundId);
    });
}

} // namespace osiedle::ui
