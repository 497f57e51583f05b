// Promise plumbing for the async exports: the core stays synchronous; a JS transport does the
// I/O, and its promise is continued by another exported function of this module.
#pragma once

#include <emscripten/val.h>

namespace zfak::js {

// Promise.resolve(value).
emscripten::val resolved(const emscripten::val& value);

// pending.then(Module[continuation].bind(null, context)): the continuation is called as
// continuation(context, outcome) and its return value resolves the returned promise.
emscripten::val continue_with(const emscripten::val& pending, const char* continuation,
                              const emscripten::val& context);

}  // namespace zfak::js
