// The core alone, native (Google Benchmark): request building and response validation, with
// the inputs of bench/inputs.js.
#include <benchmark/benchmark.h>

#include <string_view>

#include "api_key_result.hpp"
#include "request.hpp"

namespace {

constexpr std::string_view kRealmInput = " Chat.Zulip.org/ ";
constexpr std::string_view kRealm = "https://chat.zulip.org";
constexpr std::string_view kBody =
    R"({"result":"success","msg":"","api_key":"gjA04ZYcqXKalvYMA8OeXSfzUOLrtbZv","email":"iago@zulip.com","user_id":5})";

void BM_build(benchmark::State& state) {
  for (auto _ : state) {
    auto request = zfak::build_fetch_api_key_request(kRealmInput, "iago@zulip.com", "abcd1234", false);
    benchmark::DoNotOptimize(request);
  }
}
BENCHMARK(BM_build);

void BM_validate(benchmark::State& state) {
  const zfak::HttpResponse response{200, kBody, ""};
  for (auto _ : state) {
    auto result = zfak::read_api_key_response(response, kRealm, false);
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_validate);

}  // namespace

BENCHMARK_MAIN();
