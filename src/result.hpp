// A value or an Error: how every fallible core function answers (the core never throws).
#pragma once

#include <utility>
#include <variant>

#include "error.hpp"

namespace zfak {

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const T& value() const { return *std::get_if<T>(&v_); }
  T& value() { return *std::get_if<T>(&v_); }
  const Error& error() const { return *std::get_if<Error>(&v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace zfak
