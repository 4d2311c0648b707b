#pragma once

#include "support/TempProject.h"

#include <QString>

namespace osiedle::test {

/// A closed project file holding the known data of fillIndicatorTestData (periods 1-3), in its
/// own temporary folder, for tests that run osiedle-cli on it.
class IndicatorProjectFile {
public:
    IndicatorProjectFile();
    /// The project file.
    QString file() const { return m_project.path(); }
    /// A path for `name` in the project's folder (for outputs).
    QString out(const QString& name) const;
    /// The project's folder.
    QString dir() const { return m_project.dir(); }

private:
    TempProject m_project;
};

} // namespace osiedle::test
