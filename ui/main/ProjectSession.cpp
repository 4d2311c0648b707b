#include "ui/main/ProjectSession.h"

#include "core/storage/Database.h"
#include "ui/main/OpeningCheck.h"

namespace osiedle::ui {

ProjectSession::ProjectSession(std::unique_ptr<core::Database> db, UserPrompt& prompt)
    : m_db(std::move(db)), m_context{*m_db, m_changes, m_undo, prompt}
{}

ProjectSession::~ProjectSession()
{
    m_check.reset(); // its thread reads the file: it ends before the file is closed
}

void ProjectSession::setOpeningCheck(std::unique_ptr<OpeningCheck> check)
{
    m_check = std::move(check);
}

QString ProjectSession::path() const
{
    return m_db->path();
}

} // namespace osiedle::ui
