#include "app/cli/CliArguments.h"

namespace osiedle::cli {

CliArguments::CliArguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            m_positional << arg;
            continue;
        }
        QString name = arg;
        QString value;
        bool inlineValue = false;
        if (const auto eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            inlineValue = true;
        }
        if (m_values.contains(name)) {
            m_error = tr("The option %1 is given twice.").arg(name);
            return;
        }
        if (flags.contains(name) && !inlineValue) {
            m_values.insert(name, QString());
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = tr("The option %1 needs a value.").arg(name);
                    return;
                }
                value = args[++i];
            }
            m_values.insert(name, value);
        } else {
            m_error = tr("Unknown option: %1").arg(arg);
            return;
        }
    }
}

} // namespace osiedle::cli
