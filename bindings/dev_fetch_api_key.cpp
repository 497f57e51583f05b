// devFetchApiKey: the development server's passwordless login, built and read in C++.
#include "dev_fetch_api_key.hpp"

#include "api_key_result.hpp"
#include "js_values.hpp"
#include "promise_chain.hpp"
#include "request.hpp"
#include "send_request.hpp"
#include "transport_outcome.hpp"

using emscripten::val;

namespace zfak::js {

val dev_fetch_api_key(val options, val transport) {
  Result<HttpRequest> request = build_dev_fetch_api_key_request(
      options["realm"].as<std::string>(), options["username"].as<std::string>(),
      options["allowInsecureHttp"].as<bool>());
  if (!request.ok()) return resolved(failure(request.error()));
  return send_request(transport, request.value(), "_finishDevFetchApiKey",
                      val(request.value().realm));
}

val finish_dev_fetch_api_key(std::string realm, val outcome) {
  return finish_with(
      outcome,
      [&](const HttpResponse& response) { return read_dev_api_key_response(response, realm); },
      api_key_object);
}

}  // namespace zfak::js
