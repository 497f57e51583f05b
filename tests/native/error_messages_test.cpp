#include "error_messages.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace zfak {
namespace {

TEST(ErrorMessages, NetworkError) {
  const Error error = transport_error(code::kNetworkError, "getaddrinfo ENOTFOUND x.invalid");
  EXPECT_EQ(error.code, "NETWORK_ERROR");
  EXPECT_EQ(error.http_status, 0);
  EXPECT_EQ(error.message,
            "Could not reach the server: getaddrinfo ENOTFOUND x.invalid. Check the server URL "
            "and your connection. In a browser, this can also be a certificate problem or a "
            "server that does not allow requests from this page (CORS).");
  EXPECT_EQ(transport_error(code::kNetworkError, "Failed to fetch.")
                .message.rfind("Could not reach the server: Failed to fetch. Check", 0),
            0u);
  EXPECT_EQ(transport_error(code::kNetworkError, "")
                .message.rfind("Could not reach the server. Check the server URL", 0),
            0u);
}

TEST(ErrorMessages, Timeout) {
  const Error error = transport_error(code::kTimeout, "30000");
  EXPECT_EQ(error.code, "TIMEOUT");
  EXPECT_EQ(error.message,
            "The server did not answer within 30000 ms. Check the server URL and your "
            "connection, then try again.");
  EXPECT_EQ(transport_error(code::kTimeout, "").message,
            "The server did not answer in time. Check the server URL and your connection, then "
            "try again.");
}

TEST(ErrorMessages, AbortedAndTooLarge) {
  EXPECT_EQ(transport_error(code::kAborted, "AbortError").message, "The login was cancelled.");
  EXPECT_EQ(transport_error(code::kAborted, "").code, "ABORTED");
  const Error large = transport_error(code::kResponseTooLarge, "");
  EXPECT_EQ(large.code, "RESPONSE_TOO_LARGE");
  EXPECT_EQ(large.message,
            "The server's answer is too large to be a Zulip login answer. Check the server URL.");
}

TEST(ErrorMessages, DetailIsShortenedAndCleaned) {
  const Error error = transport_error(code::kNetworkError, std::string(1000, 'z') + "\n\xFF");
  EXPECT_EQ(error.message.find(std::string(201, 'z')), std::string::npos);
  EXPECT_EQ(error.message.find('\n'), std::string::npos);
  EXPECT_EQ(error.message.find('\xFF'), std::string::npos);
}

TEST(ErrorMessages, ServerCodes) {
  const std::optional<double> none;
  EXPECT_EQ(message_for_server_code("AUTHENTICATION_FAILED", "x", none),
            "Your username or password is incorrect.");
  EXPECT_EQ(message_for_server_code("USER_DEACTIVATED", "x", none),
            "Your account has been deactivated. Contact an administrator of your organization.");
  EXPECT_EQ(message_for_server_code("REALM_DEACTIVATED", "x", none),
            "This Zulip organization has been deactivated.");
  EXPECT_EQ(message_for_server_code("PASSWORD_AUTH_DISABLED", "x", none),
            "This organization does not allow logging in with a password. Use another login "
            "method it offers (see its login page).");
  EXPECT_EQ(message_for_server_code("PASSWORD_RESET_REQUIRED", "x", none),
            "Your password must be reset before you can log in. Reset it from the Zulip web "
            "app's login page (\u201CForgot your password?\u201D), then try again.");
  EXPECT_EQ(message_for_server_code("NONEXISTENT_SUBDOMAIN", "Invalid subdomain", none),
            "There is no Zulip organization at this address. Check the server URL.");
  EXPECT_EQ(
      message_for_server_code("REQUEST_VARIABLE_MISSING", "Missing 'username' argument", none),
      "The server says a required field is missing: \u201CMissing 'username' "
      "argument\u201D.");
  EXPECT_EQ(message_for_server_code("BAD_REQUEST", "Enter a valid email address.", none),
            "The server refused the login: \u201CEnter a valid email address.\u201D.");
  EXPECT_EQ(message_for_server_code("BAD_REQUEST", "", none), "The server refused the login.");
  EXPECT_EQ(message_for_server_code("INVALID_API_KEY", "Invalid API key", none),
            "The server did not accept the API key. Log in again.");
  EXPECT_EQ(message_for_server_code("SOMETHING_NEW", "Something new", none),
            "The server refused the login: \u201CSomething new\u201D.");
  EXPECT_EQ(message_for_server_code("SOMETHING_NEW", "", none),
            "The server refused the login (SOMETHING_NEW).");
}

TEST(ErrorMessages, RateLimit) {
  const auto rate = [](std::optional<double> seconds) {
    return message_for_server_code("RATE_LIMIT_HIT", "API usage exceeded rate limit", seconds);
  };
  EXPECT_EQ(rate(std::nullopt), "Too many login attempts. Try again later.");
  EXPECT_EQ(rate(3.0), "Too many login attempts. Try again in 3 seconds.");
  EXPECT_EQ(rate(2.1), "Too many login attempts. Try again in 3 seconds.");
  EXPECT_EQ(rate(1799.0001), "Too many login attempts. Try again in 1800 seconds.");
  EXPECT_EQ(rate(1.0), "Too many login attempts. Try again in 1 second.");
  EXPECT_EQ(rate(0.2), "Too many login attempts. Try again in 1 second.");
  EXPECT_EQ(rate(0.0), "Too many login attempts. Try again in 1 second.");
  EXPECT_EQ(rate(1e300), "Too many login attempts. Try again later.");
  EXPECT_EQ(rate(std::numeric_limits<double>::infinity()),
            "Too many login attempts. Try again later.");
  EXPECT_EQ(rate(std::nan("")), "Too many login attempts. Try again later.");
  EXPECT_EQ(rate(-1.0), "Too many login attempts. Try again later.");
}

TEST(ErrorMessages, QuoteForMessage) {
  EXPECT_EQ(quote_for_message("abc"),
            "\u201C"
            "abc"
            "\u201D");
  EXPECT_EQ(quote_for_message(""), "\u201C\u201D");
  EXPECT_EQ(quote_for_message("a\tb\x7F"),
            "\u201C"
            "a b "
            "\u201D");
  // Cut before a multi-byte character rather than inside it.
  const std::string input = std::string(99, 'x') +
                            "\xC3\xA9"
                            "tail";
  EXPECT_EQ(quote_for_message(input), "\u201C" + std::string(99, 'x') + "\u2026\u201D");
  EXPECT_EQ(quote_for_message(std::string(100, 'y')), "\u201C" + std::string(100, 'y') + "\u201D");
}

}  // namespace
}  // namespace zfak
