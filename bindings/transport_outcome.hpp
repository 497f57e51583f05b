// What the JS transport resolves with, read back into the core. The transport never rejects:
// it answers { status, body: Uint8Array, retryAfter: string } when a response arrived, or
// { failure: code, detail: string, cause } when none did (NETWORK_ERROR, TIMEOUT, ABORTED,
// RESPONSE_TOO_LARGE).
#pragma once

#include <emscripten/val.h>

#include <string>

#include "js_values.hpp"
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

// The end of an operation: the transport's outcome read back, validated by `read` (a core reader
// taking an HttpResponse), and its value turned into a JS value by `to_js`; every failure as
// { ok: false, error }.
template <class Read, class ToJs>
emscripten::val finish_with(const emscripten::val& outcome, Read read, ToJs to_js) {
  Result<ReceivedResponse> received = read_transport_outcome(outcome);
  if (!received.ok()) return failure_with_cause(received.error(), outcome);
  const auto result = read(received.value().view());
  if (!result.ok()) return failure(result.error());
  return success(to_js(result.value()));
}

}  // namespace zfak::js
