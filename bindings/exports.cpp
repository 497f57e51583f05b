// The module's exports: seven operations over one generic continuation, and the conversions
// between core values and JS values. normalizeRealmUrl answers { ok, value | error }; the four
// operations a promise that resolves with the value or rejects with the ErrorInfo (a
// plain object, which web/ turns into an error class). Nothing is ever thrown across the boundary.
//
// Each call from here into embind's JS imports costs a trip through the glue, so values cross
// whole: strings, numbers and booleans as arguments, byte strings as one Uint8Array, headers as
// one flat array, and the transport's outcome and the results as embind value objects (read and
// built field by field on the JS side, without a crossing per field).
#include <emscripten/bind.h>
#include <emscripten/em_js.h>
#include <emscripten/em_macros.h>
#include <emscripten/val.h>

#include <emscripten/emmalloc.h>
#include <malloc.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api_key_result.hpp"
#include "domain_to_ascii.hpp"
#include "form_encoding.hpp"
#include "login.hpp"
#include "own_user.hpp"
#include "realm_url.hpp"
#include "request.hpp"
#include "response.hpp"
#include "server_settings.hpp"

using emscripten::typed_memory_view;
using emscripten::val;

namespace {

// --- values --------------------------------------------------------------------------------

// What the JS transport (web/core/transport.js) resolves with: a response's status, body and
// Retry-After header. When no response came (network, timeout, cancel, too large) the transport
// rejects instead: that failure is the JS side's to name, so it never enters the core, and the
// continuation is skipped.
struct TransportOutcome {
  int status = 0;
  std::string body;  // given as a Uint8Array
  std::string retry_after;
};

// { apiKey, email, userId (number | null), realm, ignoredParametersUnsupported: string[] }.
struct ApiKeyValue {
  std::string api_key;
  std::string email;
  val user_id = val::null();
  std::string realm;
  val ignored_parameters_unsupported = val::undefined();
};

// The `length` bytes of a Uint8Array, copied straight into a string's buffer (no intermediate
// copy, so that a password can be wiped completely).
std::string bytes_of(const val& u8array, std::size_t length) {
  std::string bytes(length, '\0');
  val(typed_memory_view(bytes.size(), reinterpret_cast<unsigned char*>(bytes.data())))
      .call<void>("set", u8array);
  return bytes;
}

// out[key] = value, through one function: val::set is a template per key length and value
// type, and -Oz inlined each of its ~40 uses (bench/notes.md).
[[gnu::noinline]] void set(val& out, const char* key, const val& value) { out.set(key, value); }

// What the core decided, as the ErrorInfo web/errors/make_error.js turns into an error: { code,
// origin: 'server' when the code is a server's, reason?, field?, words: { url }?, httpStatus?,
// retryAfter?, varName?, serverMessage?, serverCode? }. No words: those are the JS side's.
val error_object(const zfak::Error& error) {
  val out = val::object();
  set(out, "code", val(error.code));
  if (error.from_server) set(out, "origin", val("server"));
  if (!error.reason.empty()) set(out, "reason", val(error.reason));
  if (!error.field.empty()) set(out, "field", val(error.field));
  if (!error.quoted_url.empty()) {
    val words = val::object();
    set(words, "url", val(error.quoted_url));
    set(out, "words", words);
  }
  if (error.http_status != 0) set(out, "httpStatus", val(error.http_status));
  if (error.retry_after) set(out, "retryAfter", val(*error.retry_after));
  if (error.var_name) set(out, "varName", val(*error.var_name));
  if (error.server_message) set(out, "serverMessage", val(*error.server_message));
  if (error.server_code) set(out, "serverCode", val(*error.server_code));
  return out;
}

val api_key_object(const zfak::ApiKeyResult& result) {
  ApiKeyValue out{result.api_key, result.email, val::null(), result.realm, val::array()};
  // user_id is a safe integer (validated), so a double holds it exactly.
  if (result.user_id) out.user_id = val(static_cast<double>(*result.user_id));
  for (const auto& name : result.ignored_parameters_unsupported) {
    out.ignored_parameters_unsupported.call<void>("push", name);
  }
  return val(std::move(out));
}

// { userId, email, fullName, isBot, role, avatarUrl, timezone, dateJoined }: what the server
// left out (or sent as null) is null.
val own_user_object(const zfak::OwnUser& user) {
  const auto or_null = [](const auto& value) { return value ? val(*value) : val::null(); };
  val out = val::object();
  set(out, "userId", val(static_cast<double>(user.user_id)));  // a safe integer (validated)
  set(out, "email", val(user.email));
  set(out, "fullName", val(user.full_name));
  set(out, "isBot", val(user.is_bot));
  set(out, "role", user.role ? val(static_cast<double>(*user.role)) : val::null());
  set(out, "avatarUrl", or_null(user.avatar_url));
  set(out, "timezone", or_null(user.timezone));
  set(out, "dateJoined", or_null(user.date_joined));
  return out;
}

// Sets `key` only when the server sent the field.
template <class T>
void set_present(val& out, const char* key, const std::optional<T>& value) {
  if (value) set(out, key, val(*value));
}

// The settings in camelCase (zulipVersion, zulipFeatureLevel, realmUrl, ...): a field the server
// left out is left out here too (zulipFeatureLevel, 0 when absent, is always there).
// externalAuthenticationMethods entries: { name, displayName, displayIcon (string | null),
// loginUrl, signupUrl }.
val server_settings_object(const zfak::ServerSettings& settings) {
  val out = val::object();
  set_present(out, "zulipVersion", settings.zulip_version);
  // A safe integer (validated), so a double holds it exactly.
  set(out, "zulipFeatureLevel", val(static_cast<double>(settings.zulip_feature_level)));
  set_present(out, "zulipMergeBase", settings.zulip_merge_base);
  set_present(out, "emailAuthEnabled", settings.email_auth_enabled);
  set_present(out, "requireEmailFormatUsernames", settings.require_email_format_usernames);
  set_present(out, "realmUrl", settings.realm_url);
  set_present(out, "realmName", settings.realm_name);
  set_present(out, "realmIcon", settings.realm_icon);
  set_present(out, "realmDescription", settings.realm_description);
  set_present(out, "realmWebPublicAccessEnabled", settings.realm_web_public_access_enabled);
  set_present(out, "pushNotificationsEnabled", settings.push_notifications_enabled);
  // Not a server field: the core's reading of the settings (the rule login() applies), so that
  // a form can say so before anyone types a password.
  set(out, "passwordLoginAllowed", val(!zfak::password_auth_disabled(settings)));
  if (settings.authentication_methods) {
    val methods = val::object();
    for (const auto& [name, enabled] : *settings.authentication_methods) set(methods, name.c_str(), val(enabled));
    set(out, "authenticationMethods", methods);
  }
  if (settings.external_authentication_methods) {
    val methods = val::array();
    for (const auto& method : *settings.external_authentication_methods) {
      val entry = val::object();
      set(entry, "name", val(method.name));
      set(entry, "displayName", val(method.display_name));
      set(entry, "displayIcon", method.display_icon ? val(*method.display_icon) : val::null());
      set(entry, "loginUrl", val(method.login_url));
      set(entry, "signupUrl", val(method.signup_url));
      methods.call<void>("push", entry);
    }
    set(out, "externalAuthenticationMethods", methods);
  }
  return out;
}

// A promise rejected with the ErrorInfo: how an operation fails.
val rejected(const zfak::Error& error) {
  return val::global("Promise").call<val>("reject", error_object(error));
}

// --- the one continuation: send -> then -> finish --------------------------------------------

// What to do with a transport's outcome, by operation (the first argument of _continue).
enum class Step : int {
  kFetchApiKey, kDevFetchApiKey, kServerSettings, kLoginSettings, kLoginKey, kJwtFetchApiKey, kOwnUser
};

// The headers as one flat JS array [name, value, ...].
val headers_array(const std::vector<std::pair<std::string, std::string>>& headers) {
  val array = val::array();
  for (const auto& [name, value] : headers) array.call<void>("push", name, value);
  return array;
}

// The start of every operation: the request the core built (or its refusal, as a rejection)
// handed to the transport, as transport(method, url, headers, body): headers one flat array,
// the body a Uint8Array view of the heap that the transport copies at once (the heap's bytes,
// and the header values, one of which may hold an API key, are wiped right after it returns). Continues with _continue(step, realm, context, outcome) once
// the transport's promise resolves.
val send(const val& transport, zfak::Result<zfak::HttpRequest>& built, Step step,
         const val& context = val::undefined()) {
  if (!built.ok()) return rejected(built.error());
  zfak::HttpRequest& request = built.value();
  static const val continue_operation = val::module_property("_continue");
  val continuation = continue_operation.call<val>("bind", val::null(), static_cast<int>(step),
                                                  request.realm, context);
  val pending = transport(request.method, request.url, headers_array(request.headers),
                          typed_memory_view(request.body.size(),
                                            reinterpret_cast<const unsigned char*>(request.body.data())));
  zfak::wipe(request.body);
  for (auto& header : request.headers) zfak::wipe(header.second);
  return pending.call<val>("then", continuation);
}

// The end of an operation: the core's answer as a JS value (`to_js`), or a rejection.
template <class T>
val settle(const zfak::Result<T>& result, val (*to_js)(const T&)) {
  if (!result.ok()) return rejected(result.error());
  return to_js(result.value());
}

// login's middle: the plan the core makes of the server's settings, then the password (asked for
// only now, and zeroed once copied) to the realm the plan names. `context`: { username,
// password: () => Uint8Array, allowInsecureHttp, transport }.
val continue_login(const std::string& realm, const val& context,
                   const zfak::HttpResponse& response) {
  const zfak::Result<zfak::ServerSettings> settings = zfak::read_server_settings_response(response);
  if (!settings.ok()) return rejected(settings.error());
  const bool allow_insecure_http = context["allowInsecureHttp"].as<bool>();
  const zfak::Result<zfak::LoginPlan> plan =
      zfak::plan_login(settings.value(), realm, allow_insecure_http);
  if (!plan.ok()) return rejected(plan.error());

  val password_bytes = context["password"]();
  std::string password = bytes_of(password_bytes, password_bytes["length"].as<std::size_t>());
  password_bytes.call<void>("fill", 0);
  zfak::Result<zfak::HttpRequest> request = zfak::build_fetch_api_key_request(
      plan.value().realm, context["username"].as<std::string>(), password, allow_insecure_http);
  zfak::wipe(password);

  val next = val::object();
  set(next, "requireUserId", val(plan.value().require_user_id));
  set(next, "serverSettings", server_settings_object(settings.value()));
  return send(context["transport"], request, Step::kLoginKey, next);
}

// The one continuation, exported as _continue(step, realm, context, outcome): the transport's
// outcome, read by the core as the step says. `realm` is the one the operation uses; `context`
// what else a step needs (undefined for most).
val continue_operation(int step, std::string realm, val context, const TransportOutcome& outcome) {
  const zfak::HttpResponse response{outcome.status, outcome.body, outcome.retry_after};
  switch (static_cast<Step>(step)) {
    case Step::kFetchApiKey:
      return settle(zfak::read_api_key_response(response, realm, /*require_user_id=*/false),
                    api_key_object);
    case Step::kDevFetchApiKey:
      return settle(zfak::read_dev_api_key_response(response, realm), api_key_object);
    case Step::kServerSettings:
      return settle(zfak::read_server_settings_response(response), server_settings_object);
    case Step::kLoginSettings:
      return continue_login(realm, context, response);
    case Step::kJwtFetchApiKey: {  // context: include_profile
      const zfak::Result<zfak::ApiKeyResult> key =
          zfak::read_jwt_api_key_response(response, realm, context.as<bool>());
      if (!key.ok()) return rejected(key.error());
      val result = api_key_object(key.value());
      if (key.value().profile) set(result, "profile", own_user_object(*key.value().profile));
      return result;
    }
    case Step::kOwnUser:
      return settle(zfak::read_own_user_response(response), own_user_object);
    case Step::kLoginKey: {
      const zfak::Result<zfak::ApiKeyResult> key =
          zfak::read_api_key_response(response, realm, context["requireUserId"].as<bool>());
      if (!key.ok()) return rejected(key.error());
      val result = api_key_object(key.value());
      set(result, "serverSettings", context["serverSettings"]);
      return result;
    }
  }
  return val::undefined();  // unreachable: send() passes only the steps above
}

// --- the operations ------------------------------------------------------------------------

// The caller (web/) has checked the option types; the password arrives as UTF-8 bytes, and its
// length apart so that reading it takes no crossing.
val fetch_api_key(std::string realm, std::string username, val password,
                  std::size_t password_length, bool allow_insecure_http, val transport) {
  std::string password_text = bytes_of(password, password_length);
  zfak::Result<zfak::HttpRequest> request =
      zfak::build_fetch_api_key_request(realm, username, password_text, allow_insecure_http);
  zfak::wipe(password_text);
  return send(transport, request, Step::kFetchApiKey);
}

// The token and the API key arrive as the password does: UTF-8 bytes and their length, copied
// once into a buffer that is wiped after use.
val jwt_fetch_api_key(std::string realm, val token, std::size_t token_length, bool include_profile,
                      bool allow_insecure_http, val transport) {
  std::string token_text = bytes_of(token, token_length);
  zfak::Result<zfak::HttpRequest> request = zfak::build_jwt_fetch_api_key_request(
      realm, token_text, include_profile, allow_insecure_http);
  zfak::wipe(token_text);
  return send(transport, request, Step::kJwtFetchApiKey, val(include_profile));
}

val verify_api_key(std::string realm, std::string email, val api_key, std::size_t key_length,
                   bool allow_insecure_http, val transport) {
  std::string key_text = bytes_of(api_key, key_length);
  zfak::Result<zfak::HttpRequest> request =
      zfak::build_own_user_request(realm, email, key_text, allow_insecure_http);
  zfak::wipe(key_text);
  return send(transport, request, Step::kOwnUser);
}

val dev_fetch_api_key(std::string realm, std::string username, bool allow_insecure_http,
                      val transport) {
  zfak::Result<zfak::HttpRequest> request =
      zfak::build_dev_fetch_api_key_request(realm, username, allow_insecure_http);
  return send(transport, request, Step::kDevFetchApiKey);
}

val get_server_settings(std::string realm, bool allow_insecure_http, val transport) {
  zfak::Result<zfak::HttpRequest> request =
      zfak::build_server_settings_request(realm, allow_insecure_http);
  return send(transport, request, Step::kServerSettings);
}

// `password` is a function, called at most once, only when the second request is built, so
// that the password's bytes are not in the wasm heap while the first request is in flight; the
// array it returns is zeroed right after it has been copied.
val login(std::string realm, std::string username, val password, std::size_t password_length,
          bool allow_insecure_http, val transport) {
  zfak::Result<zfak::HttpRequest> request = zfak::build_login_settings_request(
      realm, username, password_length, allow_insecure_http);
  if (!request.ok()) return rejected(request.error());  // before the context is built
  val context = val::object();
  set(context, "username", val(username));
  set(context, "password", password);
  set(context, "allowInsecureHttp", val(allow_insecure_http));
  set(context, "transport", transport);
  return send(transport, request, Step::kLoginSettings, context);
}

// { ok: true, value: url } or { ok: false, error }: synchronous, so no promise to reject.
val normalize_realm_url(std::string input, bool allow_insecure_http) {
  zfak::Result<std::string> url = zfak::normalize_realm_url(input, allow_insecure_http);
  val out = val::object();
  set(out, "ok", val(url.ok()));
  if (url.ok()) {
    set(out, "value", val(url.value()));
  } else {
    set(out, "error", error_object(url.error()));
  }
  return out;
}

// --- the platform's IDNA -------------------------------------------------------------------

// WHATWG URL's "domain to ASCII", the one the platform's fetch uses: `host` (only characters a
// name may hold, see src/hostname.cpp) in ASCII into `out`, or -1 when URL refuses it (or it does
// not fit: a valid name is at most 253 bytes).
EM_JS(int, whatwg_domain_to_ascii, (const char* host, char* out, int size), {
  try {
    const name = new URL('http://' + UTF8ToString(host) + '/').hostname;
    if (name.length >= size || !/^[\x21-\x7e]+$/.test(name)) return -1;
    stringToUTF8(name, out, size);
    return name.length;
  } catch (e) {
    return -1;
  }
});

std::optional<std::string> platform_domain_to_ascii(std::string_view host) {
  const std::string input(host);
  char out[256];
  const int length = whatwg_domain_to_ascii(input.c_str(), out, sizeof out);
  if (length < 0) return std::nullopt;
  return std::string(out, static_cast<std::size_t>(length));
}

}  // namespace

// Every block the module frees is zeroed first: an answer may echo the password, and reading it
// makes copies (the body's, the parsed JSON's strings, the error's fields, embind's wire copies)
// that are freed on their own schedule, by C++ and by the glue. emmalloc's free is a weak symbol:
// this one takes its place for all of them. A request's body is also wiped as soon as it is sent.
extern "C" void free(void* block) {
  if (block == nullptr) return;
  volatile unsigned char* bytes = static_cast<unsigned char*>(block);
  const std::size_t size = malloc_usable_size(block);
  for (std::size_t i = 0; i < size; ++i) bytes[i] = 0;
  emmalloc_free(block);
}

EMSCRIPTEN_BINDINGS(zulip_fetch_api_key) {
  zfak::set_domain_to_ascii(&platform_domain_to_ascii);

  emscripten::value_object<TransportOutcome>("TransportOutcome")
      .field("status", &TransportOutcome::status)
      .field("body", &TransportOutcome::body)
      .field("retryAfter", &TransportOutcome::retry_after);
  emscripten::value_object<ApiKeyValue>("ApiKey")
      .field("apiKey", &ApiKeyValue::api_key)
      .field("email", &ApiKeyValue::email)
      .field("userId", &ApiKeyValue::user_id)
      .field("realm", &ApiKeyValue::realm)
      .field("ignoredParametersUnsupported", &ApiKeyValue::ignored_parameters_unsupported);

  emscripten::function("normalizeRealmUrl", &normalize_realm_url);
  emscripten::function("fetchApiKey", &fetch_api_key);
  emscripten::function("devFetchApiKey", &dev_fetch_api_key);
  emscripten::function("jwtFetchApiKey", &jwt_fetch_api_key);
  emscripten::function("verifyApiKey", &verify_api_key);
  emscripten::function("getServerSettings", &get_server_settings);
  emscripten::function("login", &login);
  emscripten::function("_continue", &continue_operation);
  emscripten::constant("maxResponseBytes", static_cast<double>(zfak::kMaxResponseBytes));
}
