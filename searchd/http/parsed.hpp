#pragma once
// Bad client input as a value: the parsers of searchd/http return it instead of throwing,
// so that the router maps every kind of bad input to a response in exactly one place.

#include <string>
#include <utility>
#include <variant>

namespace rs::http {

/// Why one request parameter (or command-line argument) was rejected.
struct ParamError {
    std::string parameter;  ///< The parameter at fault as the client spelt it ("from", "--threads").
    std::string message;    ///< English, for API users: what was wrong and what is accepted.
};

/// Either a parsed value or the ParamError that prevented it.
template <typename T>
class Parsed {
public:
    /// A success. Implicit so that parsers can `return value;`.
    Parsed(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    /// A failure. Implicit so that parsers can `return ParamError{...};`.
    Parsed(ParamError error) : state_(std::in_place_index<1>, std::move(error)) {}

    /// True if this holds a value.
    bool ok() const { return state_.index() == 0; }
    /// The value; only when ok().
    const T& value() const& { return std::get<0>(state_); }
    /// The value, moved out; only when ok().
    T&& value() && { return std::get<0>(std::move(state_)); }
    /// The error; only when !ok().
    const ParamError& error() const { return std::get<1>(state_); }

private:
    std::variant<T, ParamError> state_;
};

}  // namespace rs::http
