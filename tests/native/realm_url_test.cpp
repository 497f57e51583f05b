#include "realm_url.hpp"

#include <gtest/gtest.h>

#include <string>

namespace zfak {
namespace {

std::string normalized(std::string_view input, bool allow_insecure_http = false) {
  const Result<std::string> result = normalize_realm_url(input, allow_insecure_http);
  EXPECT_TRUE(result.ok()) << "input: " << input
                           << " error: " << (result.ok() ? "" : result.error().code + " " + result.error().reason);
  return result.ok() ? result.value() : "<error>";
}

std::string error_code(std::string_view input, bool allow_insecure_http = false) {
  const Result<std::string> result = normalize_realm_url(input, allow_insecure_http);
  EXPECT_FALSE(result.ok()) << "input: " << input << " gave " << result.value();
  return result.ok() ? "<ok>" : result.error().code;
}

TEST(RealmUrl, BriefExamples) {
  EXPECT_EQ(normalized(" https://Chat.Zulip.org/ "), "https://chat.zulip.org");
  EXPECT_EQ(normalized("chat.zulip.org"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("192.168.1.21:9991"), "https://192.168.1.21:9991");
  EXPECT_EQ(normalized("http://localhost:9991/"), "http://localhost:9991");
  EXPECT_EQ(normalized("http://127.0.0.1:80"), "http://127.0.0.1");
  EXPECT_EQ(normalized("https://[::1]:443"), "https://[::1]");
  EXPECT_EQ(normalized("HTTP://[0:0:0:0:0:0:0:1]:9991"), "http://[::1]:9991");
}

TEST(RealmUrl, RejectsWhatIsNotAZulipServerUrl) {
  for (const char* input : {"zulip://x",
                            "ftp://x",
                            "me@example.com",
                            "https://u:p@x",
                            "!@#*asd;l4fkj",
                            "",
                            "   ",
                            "https://",
                            "http://exa mple.com",
                            "mailto:x",
                            "zulip:foo",
                            "javascript:alert(1)",
                            "file:///etc/passwd",
                            "https:",
                            "http://",
                            "https:///",
                            "https://?x",
                            "https://#x",
                            "https://:443",
                            "localhost:abc",
                            "https://[::1",
                            "https://[::1]x",
                            "https://a..b",
                            "https://.example.com",
                            "https://exa%6Dple.com",
                            "https://a\xE2\x80\x8D" "b.com"}) {  // U+200D out of context
    EXPECT_EQ(error_code(input), "INVALID_REALM_URL") << "input: " << input;
  }
}

TEST(RealmUrl, InternationalizedDomainNames) {
  EXPECT_EQ(normalized("https://b\xC3\xBC" "cher.example"), "https://xn--bcher-kva.example");
  EXPECT_EQ(normalized("B\xC3\x9C" "CHER.example/"), "https://xn--bcher-kva.example");
  // The http:// rule applies to the ASCII form: an IDN under .localhost is loopback.
  EXPECT_EQ(normalized("http://b\xC3\xBC" "cher.localhost:9991"),
            "http://xn--bcher-kva.localhost:9991");
  EXPECT_EQ(error_code("http://b\xC3\xBC" "cher.example"), "INSECURE_REALM_URL");
  // Any name the platform's IDNA takes, e.g. with a combining mark (value from WHATWG URL).
  EXPECT_EQ(normalized("https://ex\xC3\xA4\xCC\x81mple.com"), "https://xn--exmple-cua244b.com");
}

TEST(RealmUrl, PunycodeLabelsAreChecked) {
  EXPECT_EQ(normalized("https://XN--Bcher-KVA.example/"), "https://xn--bcher-kva.example");
  EXPECT_EQ(normalized("http://xn--bcher-kva.localhost:9991"),
            "http://xn--bcher-kva.localhost:9991");
  for (const char* input : {"https://xn--abc", "xn--", "https://xn--zz.example:443/",
                            "http://xn--abc.localhost"}) {
    EXPECT_EQ(error_code(input, true), "INVALID_REALM_URL") << "input: " << input;
  }
}

TEST(RealmUrl, UserinfoInThePathIsNotUserinfo) {
  // '@' after the authority is part of the path: harmless, percent-encoding not needed.
  EXPECT_EQ(normalized("https://example.com/@team"), "https://example.com/@team");
}

TEST(RealmUrl, TrimsAndRemovesTabsAndNewlines) {
  EXPECT_EQ(normalized("\t\n https://chat.zulip.org \r\n\x01"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://chat.zu\tlip.o\nrg/pa\rth"), "https://chat.zulip.org/path");
  EXPECT_EQ(normalized(std::string_view("\0chat.zulip.org\x1F", 16)), "https://chat.zulip.org");
}

TEST(RealmUrl, SchemeDetection) {
  EXPECT_EQ(normalized("localhost:9991", true), "https://localhost:9991");
  EXPECT_EQ(normalized("HTTPS://chat.zulip.org"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("hTtP://localhost"), "http://localhost");
  EXPECT_EQ(normalized("https:\\\\chat.zulip.org\\path\\"), "https://chat.zulip.org/path");
  EXPECT_EQ(normalized("https:chat.zulip.org"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https:///chat.zulip.org"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("localhost:"), "https://localhost");
  EXPECT_EQ(error_code("zulip:foo"), "INVALID_REALM_URL");
  EXPECT_EQ(error_code("localhost:x"), "INVALID_REALM_URL");
}

TEST(RealmUrl, LowercasesHost) {
  EXPECT_EQ(normalized("https://CHAT.Zulip.ORG"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://my_host-1.example"), "https://my_host-1.example");
}

TEST(RealmUrl, HostnameRules) {
  EXPECT_EQ(normalized("https://example.com."), "https://example.com.");
  EXPECT_EQ(error_code("https://example.com.."), "INVALID_REALM_URL");
  EXPECT_EQ(error_code("https://."), "INVALID_REALM_URL");
  const std::string label63(63, 'a');
  EXPECT_EQ(normalized("https://" + label63 + ".com"), "https://" + label63 + ".com");
  EXPECT_EQ(error_code("https://" + label63 + "a.com"), "INVALID_REALM_URL");
  // 4 labels of 63 + 3 dots = 255 > 253.
  const std::string long_name = label63 + "." + label63 + "." + label63 + "." + label63;
  EXPECT_EQ(error_code("https://" + long_name), "INVALID_REALM_URL");
  const std::string name253 = label63 + "." + label63 + "." + label63 + "." + std::string(61, 'b');
  ASSERT_EQ(name253.size(), 253u);
  EXPECT_EQ(normalized("https://" + name253), "https://" + name253);
  for (const char* input : {"https://a,b", "https://a*b", "https://a+b", "https://a!b",
                            "https://a\"b", "https://a<b", "https://a'b", "https://a;b"}) {
    EXPECT_EQ(error_code(input), "INVALID_REALM_URL") << "input: " << input;
  }
}

TEST(RealmUrl, Ipv4) {
  EXPECT_EQ(normalized("https://10.0.0.1"), "https://10.0.0.1");
  EXPECT_EQ(normalized("https://255.255.255.255"), "https://255.255.255.255");
  EXPECT_EQ(normalized("https://0.0.0.0"), "https://0.0.0.0");
  // A numeric last label that is not a strict dotted quad: refused, not guessed.
  for (const char* input :
       {"https://256.0.0.1", "https://010.0.0.1", "https://1.2.3", "https://1.2.3.4.5",
        "https://127.1", "https://2130706433", "https://0x7f.0.0.1", "https://example.0x10",
        "https://example.123", "https://1.2.3.4.", "https://01.2.3.4", "https://1.2.3.00",
        "https://example.0x"}) {
    EXPECT_EQ(error_code(input), "INVALID_REALM_URL") << "input: " << input;
  }
  // A label that only starts like a number is a name.
  EXPECT_EQ(normalized("https://example.0xg"), "https://example.0xg");
  EXPECT_EQ(normalized("https://123.example"), "https://123.example");
}

TEST(RealmUrl, Ipv6Canonicalization) {
  const std::pair<const char*, const char*> cases[] = {
      {"https://[::1]", "https://[::1]"},
      {"https://[::]", "https://[::]"},
      {"https://[0:0:0:0:0:0:0:0]", "https://[::]"},
      {"https://[2001:DB8::1]", "https://[2001:db8::1]"},
      {"https://[2001:0db8:0000:0000:0000:0000:0000:0001]", "https://[2001:db8::1]"},
      {"https://[2001:db8:0:0:1:0:0:1]", "https://[2001:db8::1:0:0:1]"},  // tie: first run
      {"https://[2001:0:0:1:0:0:0:1]", "https://[2001:0:0:1::1]"},        // longest run
      {"https://[1:0:2:0:3:0:4:0]", "https://[1:0:2:0:3:0:4:0]"},         // runs of 1: none
      {"https://[1::]", "https://[1::]"},
      {"https://[::ffff:192.168.0.1]", "https://[::ffff:c0a8:1]"},
      {"https://[::127.0.0.1]", "https://[::7f00:1]"},
      {"https://[1:2:3:4:5:6:1.2.3.4]", "https://[1:2:3:4:5:6:102:304]"},
      {"https://[fe80::1]:8443/x/", "https://[fe80::1]:8443/x"},
      {"https://[ABCD:EF01:2345:6789:ABCD:EF01:2345:6789]",
       "https://[abcd:ef01:2345:6789:abcd:ef01:2345:6789]"},
  };
  for (const auto& [input, expected] : cases) EXPECT_EQ(normalized(input), expected) << input;
}

TEST(RealmUrl, Ipv6Rejections) {
  for (const char* input :
       {"https://[]", "https://[:1]", "https://[1:2:3:4:5:6:7]", "https://[1:2:3:4:5:6:7:8:9]",
        "https://[1::2::3]", "https://[12345::]", "https://[::1%25eth0]", "https://[g::]",
        "https://[::1.2.3]", "https://[::1.2.3.256]", "https://[::01.2.3.4]",
        "https://[1:2:3:4:5:6:7:1.2.3.4]", "https://[1:]", "https://[::1]]", "https://::1",
        "https://[::1.2.3.4.5]", "https://[::.1.2.3]"}) {
    EXPECT_EQ(error_code(input), "INVALID_REALM_URL") << "input: " << input;
  }
}

TEST(RealmUrl, Ports) {
  EXPECT_EQ(normalized("https://chat.zulip.org:443"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://chat.zulip.org:0443"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://chat.zulip.org:80"), "https://chat.zulip.org:80");
  EXPECT_EQ(normalized("http://localhost:443"), "http://localhost:443");
  EXPECT_EQ(normalized("http://localhost:80"), "http://localhost");
  EXPECT_EQ(normalized("https://chat.zulip.org:"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://chat.zulip.org:/x"), "https://chat.zulip.org/x");
  EXPECT_EQ(normalized("https://chat.zulip.org:00009991"), "https://chat.zulip.org:9991");
  EXPECT_EQ(normalized("https://chat.zulip.org:65535"), "https://chat.zulip.org:65535");
  EXPECT_EQ(normalized("https://chat.zulip.org:0"), "https://chat.zulip.org:0");
  EXPECT_EQ(normalized("https://chat.zulip.org:000"), "https://chat.zulip.org:0");
  for (const char* input :
       {"https://chat.zulip.org:65536", "https://chat.zulip.org:99999999999",
        "https://chat.zulip.org:-1", "https://chat.zulip.org:+1", "https://chat.zulip.org:1a",
        "https://chat.zulip.org:1:2", "https://chat.zulip.org: 1", "https://[::1]:x"}) {
    EXPECT_EQ(error_code(input), "INVALID_REALM_URL") << "input: " << input;
  }
}

TEST(RealmUrl, QueryAndFragmentDropped) {
  EXPECT_EQ(normalized("https://chat.zulip.org/?a=b#c"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("https://chat.zulip.org/x?y/z"), "https://chat.zulip.org/x");
  EXPECT_EQ(normalized("https://chat.zulip.org#/x/"), "https://chat.zulip.org");
  EXPECT_EQ(normalized("chat.zulip.org?x"), "https://chat.zulip.org");
}

TEST(RealmUrl, Paths) {
  EXPECT_EQ(normalized("https://example.com/zulip"), "https://example.com/zulip");
  EXPECT_EQ(normalized("https://example.com/zulip///"), "https://example.com/zulip");
  EXPECT_EQ(normalized("https://example.com/Zulip/Chat/"), "https://example.com/Zulip/Chat");
  EXPECT_EQ(normalized("https://example.com//zulip"), "https://example.com//zulip");
  EXPECT_EQ(normalized("https://example.com/a b"), "https://example.com/a%20b");
  EXPECT_EQ(normalized("https://example.com/\"<>`{}|^"),
            "https://example.com/%22%3C%3E%60%7B%7D|^");
  EXPECT_EQ(normalized("https://example.com/caf\xC3\xA9"), "https://example.com/caf%C3%A9");
  EXPECT_EQ(normalized("https://example.com/a%2fb%zz"), "https://example.com/a%2fb%zz");
  EXPECT_EQ(normalized("https://example.com/\x7F\x01x"), "https://example.com/%7F%01x");
}

TEST(RealmUrl, DotSegments) {
  EXPECT_EQ(normalized("https://example.com/a/./b"), "https://example.com/a/b");
  EXPECT_EQ(normalized("https://example.com/a/../b"), "https://example.com/b");
  EXPECT_EQ(normalized("https://example.com/a/b/.."), "https://example.com/a");
  EXPECT_EQ(normalized("https://example.com/a/b/."), "https://example.com/a/b");
  EXPECT_EQ(normalized("https://example.com/../../a"), "https://example.com/a");
  EXPECT_EQ(normalized("https://example.com/.."), "https://example.com");
  EXPECT_EQ(normalized("https://example.com/a/%2e%2E/b"), "https://example.com/b");
  EXPECT_EQ(normalized("https://example.com/a/.%2e/b/%2e"), "https://example.com/b");
  EXPECT_EQ(normalized("https://example.com/a/%2E./b"), "https://example.com/b");
  EXPECT_EQ(normalized("https://example.com/a//../b"), "https://example.com/a/b");
  EXPECT_EQ(normalized("https://example.com/a/...b/..."), "https://example.com/a/...b/...");
  EXPECT_EQ(normalized("https://example.com\\a\\..\\b"), "https://example.com/b");
}

TEST(RealmUrl, Insecure) {
  EXPECT_EQ(error_code("http://chat.zulip.org"), "INSECURE_REALM_URL");
  EXPECT_EQ(normalized("http://chat.zulip.org", true), "http://chat.zulip.org");
  EXPECT_EQ(error_code("http://192.168.1.21:9991"), "INSECURE_REALM_URL");
  EXPECT_EQ(error_code("http://[::2]"), "INSECURE_REALM_URL");
  EXPECT_EQ(error_code("http://localhost.example.com"), "INSECURE_REALM_URL");
  EXPECT_EQ(error_code("http://128.0.0.1"), "INSECURE_REALM_URL");
  EXPECT_EQ(normalized("http://LOCALHOST"), "http://localhost");
  EXPECT_EQ(normalized("http://zulip.localhost:9991"), "http://zulip.localhost:9991");
  EXPECT_EQ(normalized("http://127.255.0.9"), "http://127.255.0.9");
  EXPECT_EQ(normalized("http://[::1]"), "http://[::1]");
  EXPECT_EQ(normalized("http://[0::1]"), "http://[::1]");
  // Validation comes first: an invalid http URL is INVALID, not INSECURE.
  EXPECT_EQ(error_code("http://u@chat.zulip.org"), "INVALID_REALM_URL");
}

TEST(RealmUrl, IsLoopbackHost) {
  for (const char* host : {"localhost", "localhost.", "a.localhost", "b.a.localhost", "127.0.0.1",
                           "127.0.0.53", "127.255.255.255", "[::1]", "LocalHost"}) {
    EXPECT_TRUE(is_loopback_host(host)) << host;
  }
  for (const char* host : {"", "localhost.com", "notlocalhost", "128.0.0.1", "127.0.0", "[::2]",
                           "[::ffff:7f00:1]", "0.0.0.0", "::1", "127.0.0.01"}) {
    EXPECT_FALSE(is_loopback_host(host)) << host;
  }
}

TEST(RealmUrl, ErrorsSayWhichCaseAndQuoteTheInput) {
  const Result<std::string> scheme = normalize_realm_url("zulip://x", false);
  ASSERT_FALSE(scheme.ok());
  EXPECT_EQ(scheme.error().reason, "scheme");
  EXPECT_EQ(scheme.error().quoted_url, "zulip://x");
  EXPECT_EQ(scheme.error().http_status, 0);
  EXPECT_FALSE(scheme.error().from_server);

  const Result<std::string> empty = normalize_realm_url("  ", false);
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().reason, "empty");

  const Result<std::string> insecure = normalize_realm_url("http://Chat.Zulip.org/", false);
  ASSERT_FALSE(insecure.ok());
  EXPECT_EQ(insecure.error().code, "INSECURE_REALM_URL");
  EXPECT_EQ(insecure.error().quoted_url, "http://chat.zulip.org");

  for (const auto& [input, reason] : std::vector<std::pair<std::string, std::string>>{
           {"https://", "no-host"}, {"https://a b", "host"}, {"https://x:99999", "port"},
           {"https://[::1", ""}}) {
    const Result<std::string> result = normalize_realm_url(input, false);
    ASSERT_FALSE(result.ok()) << input;
    EXPECT_EQ(result.error().reason, reason) << input;
  }
}

TEST(RealmUrl, UserinfoIsNeverQuoted) {
  const Result<std::string> result =
      normalize_realm_url("https://me:hunter2@chat.zulip.org", false);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, "INVALID_REALM_URL");
  EXPECT_EQ(result.error().reason, "userinfo");
  EXPECT_EQ(result.error().quoted_url, "");
  // Whatever the typo, what precedes the last '@' is not quoted.
  const Result<std::string> typo = normalize_realm_url("htps)://me:hunter2@chat.zulip.org", false);
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().quoted_url.find("hunter2"), std::string::npos);
  EXPECT_EQ(typo.error().quoted_url, "\u2026@chat.zulip.org");
}

}  // namespace
}  // namespace zfak
