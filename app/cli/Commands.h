#pragma once

#include <QStringList>

// The commands of osiedle-cli, one file each. Each gets the arguments after the command name
// and returns the exit status: 0 success, 1 user error (the message names what is wrong),
// 2 usage error (a usage line is printed).
namespace osiedle::cli {

enum Exit { Success = 0, UserError = 1, UsageError = 2 };

int runDemo(const QStringList& args);
int runCheck(const QStringList& args);
int runReport(const QStringList& args);
int runImport(const QStringList& args);
int runExport(const QStringList& args);
int runBackup(const QStringList& args);
int runRestore(const QStringList& args);
int runPrint(const QStringList& args);
int runLock(const QStringList& args);
int runUnlock(const QStringList& args);
int runNew(const QStringList& args);
int runProject(const QStringList& args);
int runPersonData(const QStringList& args);
int runErase(const QStringList& args);
int runAnonymise(const QStringList& args);
int runHistory(const QStringList& args);

/// Messages for the user (stderr) and results (stdout), UTF-8.
void printError(const QString& text);
void printOut(const QString& text);

} // namespace osiedle::cli
