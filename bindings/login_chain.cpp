#include "login_chain.hpp"

#include <string>

#include "api_key_result.hpp"
#include "form_encoding.hpp"
#include "js_values.hpp"
#include "login.hpp"
#include "promise_chain.hpp"
#include "send_request.hpp"
#include "transport_outcome.hpp"

using emscripten::val;

namespace zfak::js {

val login(val options, val transport) {
  const bool allow_insecure_http = options["allowInsecureHttp"].as<bool>();
  Result<HttpRequest> request = build_login_settings_request(
      options["realm"].as<std::string>(), options["username"].as<std::string>(),
      options["passwordLength"].as<std::size_t>(), allow_insecure_http);
  if (!request.ok()) return resolved(failure(request.error()));
  val context = val::object();
  context.set("realm", request.value().realm);
  context.set("username", options["username"]);
  context.set("password", options["password"]);
  context.set("allowInsecureHttp", allow_insecure_http);
  context.set("transport", transport);
  return send_request(transport, request.value(), "_continueLogin", context);
}

val continue_login(val context, val outcome) {
  const ReceivedResponse received = read_transport_outcome(outcome);
  const Result<ServerSettings> settings = read_server_settings_response(received.view());
  if (!settings.ok()) return failure(settings.error());
  const bool allow_insecure_http = context["allowInsecureHttp"].as<bool>();
  const Result<LoginPlan> plan =
      plan_login(settings.value(), context["realm"].as<std::string>(), allow_insecure_http);
  if (!plan.ok()) return failure(plan.error());

  val password_bytes = context["password"]();
  std::string password = bytes_of(password_bytes);
  password_bytes.call<void>("fill", 0);
  Result<HttpRequest> request =
      build_fetch_api_key_request(plan.value().realm, context["username"].as<std::string>(),
                                  password, allow_insecure_http);
  wipe(password);
  if (!request.ok()) return failure(request.error());

  val next = val::object();
  next.set("realm", plan.value().realm);
  next.set("requireUserId", plan.value().require_user_id);
  next.set("serverSettings", server_settings_object(settings.value()));
  return send_request(context["transport"], request.value(), "_finishLogin", next);
}

val finish_login(val context, val outcome) {
  const std::string realm = context["realm"].as<std::string>();
  const bool require_user_id = context["requireUserId"].as<bool>();
  val result = finish_with(
      outcome,
      [&](const HttpResponse& response) {
        return read_api_key_response(response, realm, require_user_id);
      },
      api_key_object);
  if (result["ok"].as<bool>()) result["value"].set("serverSettings", context["serverSettings"]);
  return result;
}

}  // namespace zfak::js
