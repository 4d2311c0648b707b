#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/storage/StorageError.h"

#include <QStringList>

// Small helpers that the training, attendance and consultation services share to turn
// validation problems and storage failures into an Error.
namespace osiedle::core::training {

inline Error fieldErrorsAsError(const FieldErrors& errors)
{
    QStringList messages;
    for (const FieldError& e : errors) {
        messages.append(e.message);
    }
    return Error{messages.join(QLatin1Char('\n'))};
}

inline Error storageError(const StorageError& e)
{
    return Error{e.message(), e.code()};
}

} // namespace osiedle::core::training
