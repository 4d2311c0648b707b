#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

class QWidget;

namespace osiedle::ui {

/// Every question the program asks the user (message boxes, file pickers) goes through this
/// interface, so that tests can answer them and drive any flow without a person.
class UserPrompt {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompt() = default;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Yes/No question; true for Yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text) = 0;
    /// "You have unsaved changes": save, discard or cancel.
    virtual SaveChoice askToSave(QWidget* parent, const QString& title, const QString& text) = 0;
    /// Asks for a line of text (e.g. a reason); empty when cancelled.
    virtual QString askText(QWidget* parent, const QString& title, const QString& label,
                            const QString& initial = {}) = 0;
    /// Asks to choose one of `items` (`current` offered first); its index, or -1 when cancelled.
    /// A few items are shown as a list, more as a drop-down.
    virtual int chooseItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                           int current) = 0;
    /// File pickers; empty when cancelled. `filter` as for QFileDialog ("CSV (*.csv)").
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& filter) = 0;
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                 const QString& filter) = 0;
    /// Shows the password of an encrypted file once, with `text` saying what to do with it, and
    /// a way to copy it. By default an information message that carries the password.
    virtual void showPassword(QWidget* parent, const QString& title, const QString& text, const QString& password)
    {
        information(parent, title, text + QStringLiteral("\n\n") + password);
    }
    /// A folder picker starting in `start`; empty when cancelled (or when not answered).
    virtual QString existingFolder(QWidget* parent, const QString& caption, const QString& start)
    {
        Q_UNUSED(parent)
        Q_UNUSED(caption)
        Q_UNUSED(start)
        return {};
    }
};

class AppSettings;

/// The real implementation: QMessageBox, QInputDialog and QFileDialog. The file pickers open in
/// the folder the user last chose a file in (kept in the settings when given), else in the
/// Documents folder, never in the program's working folder.
class DialogPrompt : public UserPrompt {
public:
    explicit DialogPrompt(AppSettings* settings = nullptr) : m_settings(settings) {}

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

    /// Where a picker starts: `name` (a bare file name or empty) placed in the remembered folder.
    QString startPath(const QString& name) const;

private:
    void remember(const QString& chosen);

    AppSettings* m_settings;
    QString m_folder; ///< this run's last folder when there are no settings
};

} // namespace osiedle::ui
