#include "support/ScriptedPrompt.h"

namespace osiedle::test {

namespace {

template <typename T> T takeOr(QQueue<T>& queue, T fallback)
{
    return queue.isEmpty() ? fallback : queue.dequeue();
}

} // namespace

QStringList ScriptedPrompt::texts(Kind kind) const
{
    QStringList result;
    for (const Shown& s : shown) {
        if (s.kind == kind) {
            result << s.text;
        }
    }
    return result;
}

ScriptedPrompt::Shown ScriptedPrompt::last() const
{
    return shown.isEmpty() ? Shown{Kind::Information, {}, {}} : shown.last();
}

void ScriptedPrompt::information(QWidget* /*parent*/, const QString& title, const QString& text)
{
    shown.append({Kind::Information, title, text});
}

void ScriptedPrompt::showPassword(QWidget* /*parent*/, const QString& title, const QString& text,
                                  const QString& password)
{
    passwords.append(password);
    shown.append({Kind::Information, title, text});
}

void ScriptedPrompt::error(QWidget* /*parent*/, const QString& title, const QString& text)
{
    shown.append({Kind::Error, title, text});
}

bool ScriptedPrompt::confirm(QWidget* /*parent*/, const QString& title, const QString& text)
{
    shown.append({Kind::Confirm, title, text});
    return takeOr(confirmAnswers, false);
}

ui::UserPrompt::SaveChoice ScriptedPrompt::askToSave(QWidget* /*parent*/, const QString& title, const QString& text)
{
    shown.append({Kind::AskToSave, title, text});
    return takeOr(saveAnswers, SaveChoice::Cancel);
}

int ScriptedPrompt::chooseItem(QWidget* /*parent*/, const QString& title, const QString& label,
                               const QStringList& items, int current)
{
    shown.append({Kind::Choose, title, label + QLatin1Char('\n') + items.join(QLatin1Char('\n'))});
    return takeOr(chooseAnswers, current);
}

QString ScriptedPrompt::askText(QWidget* /*parent*/, const QString& title, const QString& label,
                                const QString& /*initial*/)
{
    shown.append({Kind::AskText, title, label});
    return takeOr(textAnswers, QString());
}

QString ScriptedPrompt::openFileName(QWidget* /*parent*/, const QString& caption, const QString& filter)
{
    shown.append({Kind::OpenFile, caption, filter});
    return takeOr(openFileAnswers, QString());
}

QString ScriptedPrompt::saveFileName(QWidget* /*parent*/, const QString& caption, const QString& suggestedName,
                                     const QString& filter)
{
    saveFilters.append(filter);
    shown.append({Kind::SaveFile, caption, suggestedName});
    return takeOr(saveFileAnswers, QString());
}

QString ScriptedPrompt::existingFolder(QWidget* /*parent*/, const QString& caption, const QString& start)
{
    shown.append({Kind::Folder, caption, start});
    return takeOr(folderAnswers, QString());
}

} // namespace osiedle::test
