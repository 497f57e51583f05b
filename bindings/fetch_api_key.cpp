// fetchApiKey: build the request in C++, let the JS transport send it, validate the answer in C++.
#include "fetch_api_key.hpp"

#include "api_key_result.hpp"
#include "form_encoding.hpp"
#include "js_values.hpp"
#include "promise_chain.hpp"
#include "request.hpp"
#include "send_request.hpp"
#include "transport_outcome.hpp"

using emscripten::val;

namespace zfak::js {

val fetch_api_key(val options, val transport) {
  // The caller (web/) has checked the option types; the password arrives as UTF-8 bytes.
  std::string password = bytes_of(options["password"]);
  Result<HttpRequest> request = build_fetch_api_key_request(
      options["realm"].as<std::string>(), options["username"].as<std::string>(), password,
      options["allowInsecureHttp"].as<bool>());
  wipe(password);
  if (!request.ok()) return resolved(failure(request.error()));
  return send_request(transport, request.value(), "_finishFetchApiKey",
                      val(request.value().realm));
}

val finish_fetch_api_key(std::string realm, val outcome) {
  return finish_with(
      outcome,
      [&](const HttpResponse& response) {
        return read_api_key_response(response, realm, /*require_user_id=*/false);
      },
      api_key_object);
}

}  // namespace zfak::js
