#include "promise_chain.hpp"

using emscripten::val;

namespace zfak::js {

val resolved(const val& value) { return val::global("Promise").call<val>("resolve", value); }

val continue_with(const val& pending, const char* continuation, const val& context) {
  val bound = val::module_property(continuation).call<val>("bind", val::null(), context);
  return pending.call<val>("then", bound);
}

}  // namespace zfak::js
