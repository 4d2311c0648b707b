#include "support/TempProject.h"

#include <catch2/catch.hpp>

namespace osiedle::test {

TempProject::TempProject() : m_path(m_dir.filePath(QStringLiteral("test.osiedle")))
{
    auto opened = core::Database::open(m_path, core::Database::Mode::CreateNew);
    if (!opened) {
        FAIL("cannot create a test project: " << opened.error().message.toStdString());
    }
    m_db = std::move(opened.value());
}

void TempProject::reopen()
{
    auto opened = core::Database::open(m_path);
    if (!opened) {
        FAIL("cannot reopen the test project: " << opened.error().message.toStdString());
    }
    m_db = std::move(opened.value());
}

} // namespace osiedle::test
