#pragma once

#include "core/domain/LogoStrip.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace osiedle::ui {

struct AppContext;

/// The "Printed identity" tab of the project settings: the logo strip that EU-funded documents
/// carry at the top of every page (the office's own PNG, JPEG or SVG file, kept inside the
/// project file), with a preview of the top of a page; and the office's scheme of certificate
/// numbers. Every change is undoable.
class PrintedIdentityTab : public QWidget {
    Q_OBJECT

public:
    explicit PrintedIdentityTab(AppContext& context, QWidget* parent = nullptr);

    /// Loads the strip from a file chosen by the user; false when cancelled or refused.
    bool load();
    /// Loads it from this file (for tests, and after the file picker).
    bool loadFrom(const QString& path);
    bool remove();
    void reload();
    /// Stores the certificate number pattern as typed; false (with the reason shown) if refused.
    bool applyCertificatePattern();

private:
    /// Stores the strip (none: removes it) as one undoable change.
    bool store(const std::optional<core::LogoStrip>& logo, const QString& undoText);

    AppContext& m_context;
    QLabel* m_preview;
    QLabel* m_headerLine;
    QLabel* m_message;
    QPushButton* m_remove;
    QLineEdit* m_certificatePattern;
    QLabel* m_certificateExample;
};

} // namespace osiedle::ui
