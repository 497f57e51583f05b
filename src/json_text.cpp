#include "json_text.hpp"

#include <cstddef>
#include <string>

namespace zfak {

namespace {

using nlohmann::json;

// nlohmann's own DOM builder, refusing past kMaxJsonDepth. sax_parse takes the handler's static
// type, so these hide the base's members. (sax_parse, not parse(): parse() links the callback
// parser too, 2.5 KB gzip of wasm for nothing.)
class DepthLimitedDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit DepthLimitedDomParser(json& result)
      : json_sax_dom_parser(result, /*allow_exceptions_=*/false) {}

  bool start_object(std::size_t size) { return enter() && json_sax_dom_parser::start_object(size); }
  bool start_array(std::size_t size) { return enter() && json_sax_dom_parser::start_array(size); }
  bool end_object() {
    --depth_;
    return json_sax_dom_parser::end_object();
  }
  bool end_array() {
    --depth_;
    return json_sax_dom_parser::end_array();
  }

 private:
  bool enter() { return ++depth_ <= kMaxJsonDepth; }

  int depth_ = 0;
};

}  // namespace

std::optional<json> parse_json(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return std::nullopt;
  json result;
  DepthLimitedDomParser handler(result);
  if (!json::sax_parse(text.begin(), text.end(), &handler) || handler.is_errored()) {
    return std::nullopt;
  }
  return result;
}

}  // namespace zfak
