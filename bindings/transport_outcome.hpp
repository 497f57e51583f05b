// What the JS transport resolves with, read back into the core: { status, body: Uint8Array,
// retryAfter: string }. When no answer came (network, timeout, cancel, too large), the
// transport rejects instead and the continuation never runs: that failure is the JS side's to
// name (web/transport.js).
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

ReceivedResponse read_transport_outcome(const emscripten::val& outcome);

// The end of an operation: the transport's outcome read back, validated by `read` (a core reader
// taking an HttpResponse), and its value turned into a JS value by `to_js`; every failure as
// { ok: false, error }.
template <class Read, class ToJs>
emscripten::val finish_with(const emscripten::val& outcome, Read read, ToJs to_js) {
  const ReceivedResponse received = read_transport_outcome(outcome);
  const auto result = read(received.view());
  if (!result.ok()) return failure(result.error());
  return success(to_js(result.value()));
}

}  // namespace zfak::js
