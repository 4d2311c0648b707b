#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace osiedle::cli {

/// The arguments of one osiedle-cli command: positional words, options that take a value
/// ("--scale 5" or "--scale=5", "-o OUT") and flags ("--force"). Anything else starting with
/// "-" is an error, reported in words by error().
class CliArguments {
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    CliArguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags = {});

    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option) const { return m_values.value(option); }

private:
    QString m_error;
    QStringList m_positional;
    QHash<QString, QString> m_values;
};

} // namespace osiedle::cli
