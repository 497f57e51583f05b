// A value or an Error: how every fallible core function answers (the core never throws).
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "error.hpp"

namespace zfak {

// [[nodiscard]]: a fallible call whose answer is dropped has lost its error.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(v_); }
  // Only after ok() has said which: the assertion catches a wrong access in Debug builds (the
  // native tests); in the wasm it compiles to nothing.
  [[nodiscard]] const T& value() const {
    assert(ok());
    return *std::get_if<T>(&v_);
  }
  [[nodiscard]] T& value() {
    assert(ok());
    return *std::get_if<T>(&v_);
  }
  [[nodiscard]] const Error& error() const {
    assert(!ok());
    return *std::get_if<Error>(&v_);
  }

 private:
  std::variant<T, Error> v_;
};

}  // namespace zfak
