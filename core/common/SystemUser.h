#pragma once

#include <QString>

namespace osiedle::core {

/// The person and computer running the program, as the system names them: recorded in lock
/// files and the periods' lock log so that people can tell who did what where.
class SystemUser {
public:
    /// The login name (USERNAME, USER or LOGNAME, else the home folder's name).
    static QString name();
    /// The computer's name on the network.
    static QString computer();
};

} // namespace osiedle::core
