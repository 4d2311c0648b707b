#include "core/common/ProgramVersion.h"

#include "osiedle/BuildCommit.h" // generated at every build by cmake/BuildCommit.cmake

namespace osiedle::core {

QString ProgramVersion::number()
{
    return QStringLiteral(OSIEDLE_VERSION);
}

QString ProgramVersion::commit()
{
    return QStringLiteral(OSIEDLE_BUILD_COMMIT);
}

QString ProgramVersion::text()
{
    const QString id = commit();
    return id.isEmpty()
               ? number()
               : tr("%1 (commit %2)", "program version and the source code commit it was built from").arg(number(), id);
}

} // namespace osiedle::core
