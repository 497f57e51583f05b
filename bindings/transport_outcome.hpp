// What the JS transport resolves with, read back into the core. The transport never rejects:
// it answers { status, body: Uint8Array, retryAfter: string } when a response arrived, or
// { failure: code, detail: string, cause } when none did (NETWORK_ERROR, TIMEOUT, ABORTED,
// RESPONSE_TOO_LARGE).
#pragma once

#include <emscripten/val.h>

#include <string>

#include "response.hpp"
#include "result.hpp"

namespace zfak::js {

struct ReceivedResponse {
  int status = 0;
  std::string body;
  std::string retry_after;

  HttpResponse view() const { return HttpResponse{status, body, retry_after}; }
};

Result<ReceivedResponse> read_transport_outcome(const emscripten::val& outcome);

// failure(error) that also carries the transport's original JS error as `cause`.
emscripten::val failure_with_cause(const Error& error, const emscripten::val& outcome);

}  // namespace zfak::js
