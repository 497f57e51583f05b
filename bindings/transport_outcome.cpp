#include "transport_outcome.hpp"

#include "js_values.hpp"

using emscripten::val;

namespace zfak::js {

ReceivedResponse read_transport_outcome(const val& outcome) {
  return ReceivedResponse{outcome["status"].as<int>(), bytes_of(outcome["body"]),
                          outcome["retryAfter"].as<std::string>()};
}

}  // namespace zfak::js
