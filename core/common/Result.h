#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace osiedle::core {

/// An error fit to show to a person: what went wrong, in words, plus an optional machine code
/// (the SQLite result code for storage failures, 0 otherwise).
struct Error {
    QString message;
    int code = 0;
};

/// Either a value or an Error. Used at the boundary of core services so that exceptions never
/// reach the UI. `Result<void>` carries only success or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    T* operator->() { return &std::get<T>(m_data); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace osiedle::core
