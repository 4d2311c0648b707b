#pragma once

#include <QCoreApplication>

class QWidget;

namespace osiedle::ui {

struct AppContext;

/// What the office does when a person uses their rights, and at the end of the archiving
/// obligation: the person's data report ("Dane osoby…"), erasure on request, and the
/// anonymisation of the whole file (File › Anonymise…). Each asks what it must through the
/// context's prompt and tells the outcome. Erasure and anonymisation cannot be undone: the
/// undo history is cleared after them, as it would otherwise hold the erased data.
class PersonRightsActions {
    Q_DECLARE_TR_FUNCTIONS(PersonRightsActions)

public:
    /// Saves the person's data report: a PDF, its JSON, or both in an encrypted archive
    /// (offered first).
    static void savePersonData(AppContext& context, QWidget* parent, qint64 participantId);
    /// Erases the person after showing what goes; refusals are explained.
    static void eraseOnRequest(AppContext& context, QWidget* parent, qint64 participantId);
    /// Anonymises every person of the file after a confirmation.
    static void anonymise(AppContext& context, QWidget* parent);
};

} // namespace osiedle::ui
