#pragma once

#include <QString>

namespace osiedle::ui::DocumentHtml {

/// The style of the office's plain documents (lists, results, data reports): tables with thin
/// borders and grey headers, two sizes of heading. Put before the body's HTML.
inline QString style()
{
    return QStringLiteral("<style>"
                          "table { border-collapse: collapse; } "
                          "th, td { border: 1px solid #555; padding: 3px; } "
                          "th { background: #e6e6e6; } "
                          "h1 { font-size: 14pt; } h2 { font-size: 11pt; } "
                          "</style>");
}

} // namespace osiedle::ui::DocumentHtml
