// The words a person reads for each code. Kept in one place so that every surface (the error
// classes, the widget, the CLI) says the same thing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "error.hpp"

namespace zfak {

// An Error for a failure seen by the JS transport, before or instead of a usable response:
// NETWORK_ERROR, TIMEOUT, ABORTED, RESPONSE_TOO_LARGE. `detail` is appended to the message when
// it helps (for TIMEOUT, the number of milliseconds; for NETWORK_ERROR, the platform's reason).
Error transport_error(std::string_view code, std::string_view detail);

// The message for a Zulip error code sent by the server (AUTHENTICATION_FAILED,
// USER_DEACTIVATED, ...). Unknown codes get a generic sentence quoting `server_message`.
std::string message_for_server_code(std::string_view code, std::string_view server_message,
                                    const std::optional<double>& retry_after);

// MALFORMED_RESPONSE (HTTP 200) for a success answer that breaks a field rule: "The server's
// <answer> is not valid (<what>). Check the server URL: ..."
Error malformed_answer(std::string_view answer, std::string_view what);

// “text”, shortened to about 100 bytes (see shorten_for_message): how messages quote what a
// person typed or what a server said.
std::string quote_for_message(std::string_view text);

}  // namespace zfak
