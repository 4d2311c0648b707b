#pragma once

#include "ui/common/UserPrompt.h"

#include <QList>
#include <QQueue>
#include <QString>

namespace osiedle::test {

/// A UserPrompt for tests: records every message and question the program shows, and answers
/// from scripted queues (first in, first out). When a queue is empty it answers like a user who
/// cancels: No, Cancel, an empty text or no file (asked to choose, it takes the item offered).
/// Nothing is ever shown on screen.
class ScriptedPrompt : public ui::UserPrompt {
public:
    enum class Kind { Information, Error, Confirm, AskToSave, AskText, Choose, OpenFile, SaveFile, Folder };

    /// One thing the program showed or asked: its kind, title (caption) and text (label/filter).
    struct Shown {
        Kind kind;
        QString title;
        QString text;
    };

    // Scripted answers, used in order.
    QQueue<bool> confirmAnswers;
    QQueue<SaveChoice> saveAnswers;
    QQueue<QString> textAnswers;
    /// Indexes chosen when asked to choose; an empty queue takes the item offered first.
    QQueue<int> chooseAnswers;
    QQueue<QString> openFileAnswers;
    QQueue<QString> saveFileAnswers;
    QQueue<QString> folderAnswers;

    /// Everything shown so far, in order.
    QList<Shown> shown;
    /// The passwords shown (showPassword), in order; each also appears as an Information.
    QStringList passwords;
    /// The filters of the save-file questions, in order (their suggested names are in `shown`).
    QStringList saveFilters;

    /// The texts shown of one kind, in order.
    QStringList texts(Kind kind) const;
    QStringList errors() const { return texts(Kind::Error); }
    QStringList informations() const { return texts(Kind::Information); }
    /// The last thing shown (an empty Shown of kind Information when nothing was).
    Shown last() const;
    void clear() { shown.clear(); }

    void information(QWidget* parent, const QString& title, const QString& text) override;
    void error(QWidget* parent, const QString& title, const QString& text) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text) override;
    SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) override;
    QString askText(QWidget* parent, const QString& title, const QString& label, const QString& initial) override;
    int chooseItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                   int current) override;
    QString openFileName(QWidget* parent, const QString& caption, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                         const QString& filter) override;
    QString existingFolder(QWidget* parent, const QString& caption, const QString& start) override;
    void showPassword(QWidget* parent, const QString& title, const QString& text, const QString& password) override;
};

} // namespace osiedle::test
