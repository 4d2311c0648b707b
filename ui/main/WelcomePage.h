#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace osiedle::ui {

/// What the window shows while no project is open (first start, or after a file was refused):
/// create a new project, open one, open the demo project, or pick a recent file.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void setRecentFiles(const QStringList& files);
    /// The demo button is shown only when the program can make a demo project.
    void setDemoAvailable(bool available);

signals:
    void newProjectRequested();
    void openProjectRequested();
    void demoRequested();
    void recentFileChosen(const QString& path);

private:
    QPushButton* m_demo = nullptr;
    QListWidget* m_recent = nullptr;
    QWidget* m_recentBox = nullptr;
};

} // namespace osiedle::ui
