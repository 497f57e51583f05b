#include "error_messages.hpp"

#include <cmath>

#include "utf8.hpp"

namespace zfak {

namespace {

constexpr std::size_t kMaxQuotedBytes = 100;

// A platform's reason usually ends with a period; ours follows it.
std::string_view without_final_period(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  return text;
}

std::string try_again_in(const std::optional<double>& retry_after) {
  // Past a day the number is no help (and would not fit an integer); "later" says enough.
  if (!retry_after || !std::isfinite(*retry_after) || *retry_after < 0 || *retry_after > 86400.0) {
    return "Try again later.";
  }
  long long seconds = static_cast<long long>(std::ceil(*retry_after));
  if (seconds < 1) seconds = 1;
  return "Try again in " + std::to_string(seconds) + (seconds == 1 ? " second." : " seconds.");
}

}  // namespace

std::string quote_for_message(std::string_view text) {
  return "\u201C" + shorten_for_message(text, kMaxQuotedBytes) + "\u201D";
}

Error malformed_answer(std::string_view answer, std::string_view what) {
  Error error;
  error.code = std::string(code::kMalformedResponse);
  error.http_status = 200;
  error.message = "The server's ";
  error.message += answer;
  error.message += " is not valid (";
  error.message += what;
  error.message += "). Check the server URL: it may not be a Zulip server.";
  return error;
}

Error transport_error(std::string_view error_code, std::string_view detail) {
  Error error;
  error.code = std::string(error_code);
  error.http_status = 0;
  const std::string reason = shorten_for_message(without_final_period(detail), 200);
  if (error_code == code::kNetworkError) {
    error.message = "Could not reach the server";
    if (!reason.empty()) error.message += ": " + reason;
    error.message +=
        ". Check the server URL and your connection. In a browser, this can also be a "
        "certificate problem or a server that does not allow requests from this page (CORS).";
  } else if (error_code == code::kTimeout) {
    error.message = reason.empty() ? "The server did not answer in time"
                                   : "The server did not answer within " + reason + " ms";
    error.message += ". Check the server URL and your connection, then try again.";
  } else if (error_code == code::kAborted) {
    error.message = "The login was cancelled.";
  } else if (error_code == code::kResponseTooLarge) {
    error.message =
        "The server's answer is too large to be a Zulip login answer. Check the server URL.";
  } else {
    error.message = "The login failed";
    if (!reason.empty()) error.message += ": " + reason;
    error.message += ".";
  }
  return error;
}

std::string message_for_server_code(std::string_view server_code, std::string_view server_message,
                                    const std::optional<double>& retry_after) {
  if (server_code == "AUTHENTICATION_FAILED") {
    return "Your username or password is incorrect.";
  }
  if (server_code == "USER_DEACTIVATED") {
    return "Your account has been deactivated. Contact an administrator of your organization.";
  }
  if (server_code == "REALM_DEACTIVATED") {
    return "This Zulip organization has been deactivated.";
  }
  if (server_code == code::kPasswordAuthDisabled) {
    return "This organization does not allow logging in with a password. Use another login "
           "method it offers (see its login page).";
  }
  if (server_code == "PASSWORD_RESET_REQUIRED") {
    return "Your password must be reset before you can log in. Reset it from the Zulip web "
           "app's login page (\u201CForgot your password?\u201D), then try again.";
  }
  if (server_code == "NONEXISTENT_SUBDOMAIN") {
    return "There is no Zulip organization at this address. Check the server URL.";
  }
  if (server_code == code::kRateLimitHit) {
    return "Too many login attempts. " + try_again_in(retry_after);
  }
  if (server_code == "REQUEST_VARIABLE_MISSING") {
    std::string message = "The server says a required field is missing";
    if (!server_message.empty()) message += ": " + quote_for_message(server_message);
    return message + ".";
  }
  if (server_code == code::kBadRequest) {
    std::string message = "The server refused the login";
    if (!server_message.empty()) message += ": " + quote_for_message(server_message);
    return message + ".";
  }
  if (server_code == "INVALID_API_KEY") {
    return "The server did not accept the API key. Log in again.";
  }
  std::string message = "The server refused the login";
  if (!server_message.empty()) {
    message += ": " + quote_for_message(server_message) + ".";
  } else {
    message += " (" + shorten_for_message(server_code, 60) + ").";
  }
  return message;
}

}  // namespace zfak
