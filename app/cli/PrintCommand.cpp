#include "app/cli/Commands.h"

namespace osiedle::cli {

// Not built yet: answered as a usage error so that scripts do not mistake it for success.
int runPrint(const QStringList& /*args*/)
{
    printError(QStringLiteral("This command is not available in this version."));
    return UsageError;
}

} // namespace osiedle::cli
