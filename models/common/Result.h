// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace gridbook {

/**
 * What went wrong, for the user and for whoever reads the details.
 * `message` is one translated line the user can act on ("身份证号校验位错误", "文件正被另一个程序使用");
 * the rest is folded away in a details box: the operation, the driver's error, the statement.
 * Never put personal data (names, ID numbers, phones) in the details.
 */
struct Error {
    QString message;   ///< translated, one line, names what and where
    QString operation; ///< what was being done, e.g. "insert resident"
    QString cause;     ///< driver or system error text
    QString statement; ///< SQL statement, if any (with placeholders, never values)
    QString field;     ///< the field a validation error is about, if any

    /** All non-empty parts, one per line, for a details box or stderr. */
    QString details() const;
};

/** A value or an Error. Small stand-in for std::expected, which C++20 does not have. */
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Success or an Error, for operations that return nothing. */
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    template <typename T> Status(const Result<T> &r)
    {
        if (!r.ok()) {
            m_error = r.error();
            m_failed = true;
        }
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace gridbook
