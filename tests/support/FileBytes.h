#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace osiedle::test {

/// SHA-256 of a file's bytes, to show that a refused file was left unchanged.
QByteArray fileHash(const QString& path);
/// Writes bytes to a file, replacing it.
void writeFile(const QString& path, const QByteArray& bytes);
/// The bytes of a file.
QByteArray readFile(const QString& path);
/// The names of the files in a folder (hidden ones too), sorted: to show nothing was left
/// beside a file.
QStringList filesIn(const QString& folder);
/// A device that discards what is written to it, for tests of writing to devices: as root a
/// node of its own in `folder` (so that a program that wrongly replaced devices would replace
/// only that node, never the system's /dev/null), otherwise /dev/null (which others cannot
/// replace). Unix only.
QString nullDevice(const QString& folder);

} // namespace osiedle::test
