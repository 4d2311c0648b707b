#pragma once

#include <QString>

namespace osiedle::test {

/// Whether pdftotext (poppler) can be run here.
bool hasPdfToText();
/// The text of a PDF as pdftotext -raw gives it, NFKC-normalised (the font's ligatures such as
/// "ﬁ" become letters, no-break spaces become spaces) and with runs of white space made one
/// space. Empty when pdftotext fails.
QString pdfText(const QString& path);

} // namespace osiedle::test
