#pragma once

#include "core/common/Result.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>

#include <type_traits>

namespace osiedle::core {

/// Runs a storage operation of a debt service and turns a StorageError into an Error, so that
/// no exception leaves the service. `what` names the operation for the message.
template <typename F>
auto guardDebtStorage(const QString& what, F&& operation) -> decltype(operation())
{
    try {
        return operation();
    } catch (const StorageError& e) {
        return Error{QCoreApplication::translate("DebtServices", "%1 failed: %2").arg(what, e.message()), e.code()};
    }
}

} // namespace osiedle::core
