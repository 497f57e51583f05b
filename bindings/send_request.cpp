#include "send_request.hpp"

#include "form_encoding.hpp"
#include "js_values.hpp"
#include "promise_chain.hpp"

using emscripten::val;

namespace zfak::js {

val send_request(const val& transport, HttpRequest& request, const char* continuation,
                 const val& context) {
  val js_request = request_object(request);
  wipe(request.body);
  return continue_with(transport(js_request), continuation, context);
}

}  // namespace zfak::js
