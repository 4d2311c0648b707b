#pragma once

#include <QList>
#include <QString>

namespace osiedle::core {

/// One validation problem of one field, shown by forms next to that field.
/// `field` is a stable field key (e.g. "pesel"), `message` is translated text for a person.
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace osiedle::core
