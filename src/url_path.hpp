// The path part of a realm URL (Zulip can be served under a path prefix).
#pragma once

#include <string>
#include <string_view>

namespace zfak {

// `path` runs from the first '/' or '\' after the authority up to '?', '#' or the end.
// As the WHATWG URL parser does for http(s): '\' is '/', "." and ".." segments (also written
// %2e) are resolved, bytes of the path percent-encode set become %XX (uppercase), an existing
// %XX stays as written. Then, as a realm has no trailing slash, trailing slashes are removed:
// "" for the root.
std::string normalize_url_path(std::string_view path);

}  // namespace zfak
