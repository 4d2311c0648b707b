#include "core/common/SystemUser.h"

#include <QDir>
#include <QSysInfo>

namespace osiedle::core {

QString SystemUser::name()
{
    for (const char* variable : {"USERNAME", "USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QDir::home().dirName();
}

QString SystemUser::computer()
{
    return QSysInfo::machineHostName();
}

} // namespace osiedle::core
