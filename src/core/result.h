#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace chatvox {

// A failure with a message fit to show the user (already translated where it is user-facing).
struct Error
{
    QString message;
};

// A value or an Error. Small stand-in for std::expected (C++23), which our compilers lack.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    // Empty when ok().
    QString error() const { return ok() ? QString() : std::get<1>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

} // namespace chatvox
