#include "ui/common/UserPrompt.h"

#include "ui/common/AppSettings.h"
#include "ui/common/PasswordDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QScrollBar>
#include <QStandardPaths>

namespace osiedle::ui {

void DialogPrompt::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompt::showPassword(QWidget* parent, const QString& title, const QString& text, const QString& password)
{
    PasswordDialog dialog(title, text, password, parent);
    dialog.exec();
}

void DialogPrompt::error(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool DialogPrompt::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

UserPrompt::SaveChoice DialogPrompt::askToSave(QWidget* parent, const QString& title, const QString& text)
{
    const auto answer = QMessageBox::question(
        parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return SaveChoice::Save;
    }
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

QString DialogPrompt::askText(QWidget* parent, const QString& title, const QString& label, const QString& initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text : QString();
}

int DialogPrompt::chooseItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                             int current)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    // A few choices (the office's people) are all in sight at once; a long list drops down.
    constexpr qsizetype listedAtOnce = 10;
    dialog.setOption(QInputDialog::UseListViewForComboBoxItems, items.size() <= listedAtOnce);
    if (auto* list = dialog.findChild<QListView*>()) {
        // As wide as the longest choice and as high as them all: no scrolling for a few names.
        const int frame = 2 * list->frameWidth();
        list->setMinimumWidth(list->sizeHintForColumn(0) + frame + list->verticalScrollBar()->sizeHint().width());
        list->setFixedHeight(list->sizeHintForRow(0) * static_cast<int>(items.size()) + frame);
    }
    if (current >= 0 && current < items.size()) {
        dialog.setTextValue(items.at(current));
    }
    return dialog.exec() == QDialog::Accepted ? int(items.indexOf(dialog.textValue())) : -1;
}

QString DialogPrompt::startPath(const QString& name) const
{
    if (!name.isEmpty() && QFileInfo(name).isAbsolute()) {
        return name;
    }
    QString folder = m_settings != nullptr ? m_settings->lastFolder() : m_folder;
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    return name.isEmpty() ? folder : QDir(folder).filePath(name);
}

void DialogPrompt::remember(const QString& chosen)
{
    if (chosen.isEmpty()) {
        return;
    }
    const QString folder = QFileInfo(chosen).absolutePath();
    m_folder = folder;
    if (m_settings != nullptr) {
        m_settings->setLastFolder(folder);
    }
}

QString DialogPrompt::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    const QString chosen = QFileDialog::getOpenFileName(parent, caption, startPath({}), filter);
    remember(chosen);
    return chosen;
}

QString DialogPrompt::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter)
{
    const QString chosen = QFileDialog::getSaveFileName(parent, caption, startPath(suggestedName), filter);
    remember(chosen);
    return chosen;
}

QString DialogPrompt::existingFolder(QWidget* parent, const QString& caption, const QString& start)
{
    return QFileDialog::getExistingDirectory(parent, caption, start.isEmpty() ? startPath({}) : start);
}

} // namespace osiedle::ui
