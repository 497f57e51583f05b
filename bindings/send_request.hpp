// Handing a request the core built to the JS transport, and what comes after.
#pragma once

#include <emscripten/val.h>

#include "request.hpp"

namespace zfak::js {

// transport(request as a JS value), continued with Module[continuation](context, outcome). The
// heap copy of the body (it may hold a password) is wiped once the JS copy exists; the
// transport zeroes that one once it has been sent.
emscripten::val send_request(const emscripten::val& transport, HttpRequest& request,
                             const char* continuation, const emscripten::val& context);

}  // namespace zfak::js
