#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QStringList>
#include <type_traits>

namespace osiedle::core {

/// The messages of field errors, one per line, as one Error (for callers without a form).
inline Error joinedError(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
    }
    return Error{messages.join(QLatin1Char('\n'))};
}

/// Runs `work` inside one transaction and announces `topic` after the commit. A StorageError
/// becomes an Error (with its SQLite code); the transaction is then rolled back. `work`
/// returns a value, a Result, or nothing.
template <typename F> auto serviceWrite(Database& db, ChangeNotifier& changes, Topic topic, F&& work)
{
    using R = std::invoke_result_t<F>;
    using Out = std::conditional_t<std::is_void_v<R>, Status, Result<R>>;
    try {
        Transaction tx(db);
        if constexpr (std::is_void_v<R>) {
            work();
            tx.commit();
            changes.notify(topic);
            return Out();
        } else {
            R value = work();
            tx.commit();
            changes.notify(topic);
            return Out(std::move(value));
        }
    } catch (const StorageError& e) {
        return Out(Error{e.message(), e.code()});
    }
}

/// Same for work that may refuse: `work` returns a Status/Result and the transaction commits
/// only when it is ok.
template <typename F> auto serviceWriteChecked(Database& db, ChangeNotifier& changes, Topic topic, F&& work)
{
    using Out = std::invoke_result_t<F>;
    try {
        Transaction tx(db);
        Out out = work();
        if (out.ok()) {
            tx.commit();
            changes.notify(topic);
        }
        return out;
    } catch (const StorageError& e) {
        return Out(Error{e.message(), e.code()});
    }
}

/// The same for services whose notifier is optional (nullptr: nobody listens).
template <typename F> auto serviceWriteChecked(Database& db, ChangeNotifier* changes, Topic topic, F&& work)
{
    using Out = std::invoke_result_t<F>;
    try {
        Transaction tx(db);
        Out out = work();
        if (out.ok()) {
            tx.commit();
            if (changes != nullptr) {
                changes->notify(topic);
            }
        }
        return out;
    } catch (const StorageError& e) {
        return Out(Error{e.message(), e.code()});
    }
}

} // namespace osiedle::core
