#include "transport_outcome.hpp"

#include "error_messages.hpp"
#include "js_values.hpp"

using emscripten::val;

namespace zfak::js {

Result<ReceivedResponse> read_transport_outcome(const val& outcome) {
  val failure_code = outcome["failure"];
  if (!failure_code.isUndefined()) {
    return transport_error(failure_code.as<std::string>(), outcome["detail"].as<std::string>());
  }
  return ReceivedResponse{outcome["status"].as<int>(), bytes_of(outcome["body"]),
                          outcome["retryAfter"].as<std::string>()};
}

val failure_with_cause(const Error& error, const val& outcome) {
  val out = failure(error);
  val cause = outcome["cause"];
  if (!cause.isUndefined()) out["error"].set("cause", cause);
  return out;
}

}  // namespace zfak::js
