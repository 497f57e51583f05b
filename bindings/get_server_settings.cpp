// getServerSettings: GET server_settings, built and validated in C++.
#include "get_server_settings.hpp"

#include "server_settings.hpp"
#include "js_values.hpp"
#include "promise_chain.hpp"
#include "request.hpp"
#include "send_request.hpp"
#include "transport_outcome.hpp"

using emscripten::val;

namespace zfak::js {

val get_server_settings(val options, val transport) {
  Result<HttpRequest> request = build_server_settings_request(
      options["realm"].as<std::string>(), options["allowInsecureHttp"].as<bool>());
  if (!request.ok()) return resolved(failure(request.error()));
  return send_request(transport, request.value(), "_finishGetServerSettings", val::undefined());
}

val finish_get_server_settings(val /*context*/, val outcome) {
  return finish_with(outcome, read_server_settings_response, server_settings_object);
}

}  // namespace zfak::js
