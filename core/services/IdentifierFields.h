#pragma once

#include "core/common/FieldError.h"

#include <QString>

namespace osiedle::core {

/// Identifier fields (Nip, Regon, KrsNumber, PostalCode…) of forms: an empty field is allowed,
/// a filled one must parse. Adds the identifier's own message under `field`.
template <typename Id> void checkId(FieldErrors& errors, const char* field, const QString& text)
{
    if (!text.trimmed().isEmpty()) {
        if (auto parsed = Id::parse(text); !parsed) {
            errors.append(FieldError{QString::fromLatin1(field), parsed.error().message});
        }
    }
}

/// Rewrites a filled, valid identifier as its stored digits ("856-734-62-15" → "8567346215").
template <typename Id> void normaliseId(QString& text)
{
    if (auto parsed = Id::parse(text); parsed && !text.trimmed().isEmpty()) {
        text = parsed->digits();
    }
}

} // namespace osiedle::core
