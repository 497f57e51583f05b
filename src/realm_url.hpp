// Realm URL normalization: what a person types into "Zulip server URL" -> the URL to talk to.
#pragma once

#include <string>
#include <string_view>

#include "result.hpp"

namespace zfak {

// Trims, adds https:// when no scheme is given, accepts only http and https, rejects userinfo,
// requires a valid hostname / IPv4 / bracketed IPv6, lowercases scheme and host, drops the
// default port, the query, the fragment and trailing slashes. Errors: INVALID_REALM_URL, and
// INSECURE_REALM_URL for http:// to a non-loopback host unless allow_insecure_http.
// " https://Chat.Zulip.org/ " -> "https://chat.zulip.org".
Result<std::string> normalize_realm_url(std::string_view input, bool allow_insecure_http);

// localhost, *.localhost, 127.0.0.0/8 and [::1]; `host` as normalize_realm_url writes it.
bool is_loopback_host(std::string_view host);

}  // namespace zfak
