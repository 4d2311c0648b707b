#include "ui/main/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace osiedle::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto* heading = new QLabel(tr("Welcome to Osiedle"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);

    auto* intro = new QLabel(tr("Osiedle keeps the records of a project that founds social cooperatives with housing "
                                "cooperatives: recruitment, training, work orders, tenant debt and indicator reports. "
                                "All data of a project is kept in one file on this computer."),
                             this);
    intro->setWordWrap(true);

    auto* newButton = new QPushButton(tr("Create a new project…"), this);
    newButton->setObjectName(QStringLiteral("newProjectButton"));
    auto* openButton = new QPushButton(tr("Open a project file…"), this);
    openButton->setObjectName(QStringLiteral("openProjectButton"));
    m_demo = new QPushButton(tr("Open the demo project"), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setToolTip(tr("A made-up project with realistic data, to try the program out"));
    m_demo->hide();

    m_recentBox = new QWidget(this);
    auto* recentLabel = new QLabel(tr("Recent projects:"), m_recentBox);
    m_recent = new QListWidget(m_recentBox);
    m_recent->setObjectName(QStringLiteral("recentList"));
    auto* recentLayout = new QVBoxLayout(m_recentBox);
    recentLayout->setContentsMargins(0, 12, 0, 0);
    recentLayout->addWidget(recentLabel);
    recentLayout->addWidget(m_recent);
    m_recentBox->hide();

    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(16);
    for (QPushButton* button : {newButton, openButton, m_demo}) {
        button->setMinimumHeight(button->sizeHint().height() + 8);
        column->addWidget(button);
    }
    column->addWidget(m_recentBox);
    column->addStretch();

    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    auto* columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(560);
    columnWidget->setMinimumWidth(420);
    centred->addWidget(columnWidget, 2);
    centred->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addSpacing(48);
    layout->addLayout(centred, 1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentFileChosen(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecentFiles(const QStringList& files)
{
    m_recent->clear();
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    m_recentBox->setVisible(!files.isEmpty());
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

} // namespace osiedle::ui
