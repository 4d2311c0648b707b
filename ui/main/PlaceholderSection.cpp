#include "ui/main/PlaceholderSection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace osiedle::ui {

PlaceholderSection::PlaceholderSection(const QString& title, QWidget* parent) : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("This section is not available in this version yet."), this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch(3);
}

} // namespace osiedle::ui
