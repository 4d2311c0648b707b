#include "ui/common/UserPrompt.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace osiedle::ui {

void DialogPrompt::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
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
    const auto answer = QMessageBox::question(parent, title, text,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
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

QString DialogPrompt::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString DialogPrompt::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                   const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

} // namespace osiedle::ui
