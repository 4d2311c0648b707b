#include "ui/participants/TerytPicker.h"

#include "core/domain/TerytCatalogue.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace osiedle::ui {

TerytPicker::TerytPicker(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_voivodeship = new QComboBox(this);
    m_voivodeship->setObjectName(QStringLiteral("voivodeship"));
    m_powiat = new QComboBox(this);
    m_powiat->setObjectName(QStringLiteral("powiat"));
    m_gmina = new QComboBox(this);
    m_gmina->setObjectName(QStringLiteral("gmina"));
    m_gmina->setMinimumContentsLength(18);
    m_voivodeship->setToolTip(tr("Voivodeship"));
    m_powiat->setToolTip(tr("Powiat"));
    m_gmina->setToolTip(tr("Gmina"));
    layout->addWidget(m_voivodeship);
    layout->addWidget(m_powiat);
    layout->addWidget(m_gmina, 1);

    m_voivodeship->addItem(tr("— voivodeship —"), QString());
    for (const core::TerytUnit& v : core::TerytCatalogue::builtIn().voivodeships()) {
        m_voivodeship->addItem(v.name, v.code);
    }
    connect(m_voivodeship, &QComboBox::currentIndexChanged, this, [this] {
        fillPowiats();
        if (!m_filling) {
            emit codeChanged(code());
        }
    });
    connect(m_powiat, &QComboBox::currentIndexChanged, this, [this] {
        fillGminas();
        if (!m_filling) {
            emit codeChanged(code());
        }
    });
    connect(m_gmina, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            emit codeChanged(code());
        }
    });
    fillPowiats();
}

void TerytPicker::fillPowiats()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_powiat->clear();
    m_powiat->addItem(tr("— powiat —"), QString());
    for (const core::TerytUnit& p : core::TerytCatalogue::builtIn().powiats(m_voivodeship->currentData().toString())) {
        m_powiat->addItem(p.name, p.code);
    }
    fillGminas();
    m_filling = wasFilling;
}

void TerytPicker::fillGminas()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_gmina->clear();
    m_gmina->addItem(tr("— gmina —"), QString());
    for (const core::TerytGmina& g : core::TerytCatalogue::builtIn().gminas(m_powiat->currentData().toString())) {
        m_gmina->addItem(QStringLiteral("%1 (%2)").arg(g.name, g.kind), g.code);
    }
    m_filling = wasFilling;
}

QString TerytPicker::code() const
{
    return m_gmina->currentData().toString();
}

void TerytPicker::setCode(const QString& code)
{
    m_filling = true;
    const auto place = core::TerytCatalogue::builtIn().find(code);
    m_voivodeship->setCurrentIndex(place ? std::max(0, m_voivodeship->findData(code.left(2))) : 0);
    fillPowiats();
    if (place) {
        m_powiat->setCurrentIndex(std::max(0, m_powiat->findData(code.left(4))));
        fillGminas();
        m_gmina->setCurrentIndex(std::max(0, m_gmina->findData(code)));
    }
    m_filling = false;
    emit codeChanged(this->code());
}

} // namespace osiedle::ui
