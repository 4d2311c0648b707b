#include "ui/main/ProjectSession.h"

#include "core/storage/Database.h"

namespace osiedle::ui {

ProjectSession::ProjectSession(std::unique_ptr<core::Database> db, UserPrompt& prompt)
    : m_db(std::move(db)), m_context{*m_db, m_changes, m_undo, prompt}
{}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::path() const
{
    return m_db->path();
}

} // namespace osiedle::ui
