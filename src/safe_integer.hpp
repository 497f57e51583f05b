// JSON numbers a JS Number holds exactly: how ids and feature levels are read.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

namespace zfak {

// An integer in [0, 2^53 - 1] (Number.MAX_SAFE_INTEGER), also when written 5.0; nothing for
// any other value.
std::optional<std::int64_t> safe_integer(const nlohmann::json& value);

}  // namespace zfak
