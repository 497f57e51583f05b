#include "punycode.hpp"

#include <cstdint>
#include <limits>

namespace zfak {

namespace {

// RFC 3492 section 5.
constexpr std::uint32_t kBase = 36;
constexpr std::uint32_t kTMin = 1;
constexpr std::uint32_t kTMax = 26;
constexpr std::uint32_t kSkew = 38;
constexpr std::uint32_t kDamp = 700;
constexpr std::uint32_t kInitialBias = 72;
constexpr std::uint32_t kInitialN = 0x80;
constexpr std::uint32_t kMaxInt = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t kMaxCodePoint = 0x10FFFF;
constexpr char kDelimiter = '-';

char digit(std::uint32_t value) {
  return static_cast<char>(value < 26 ? 'a' + value : '0' + (value - 26));
}

// The value of a Punycode digit, or kBase when `c` is not one.
std::uint32_t digit_value(char c) {
  if (c >= 'a' && c <= 'z') return static_cast<std::uint32_t>(c - 'a');
  if (c >= 'A' && c <= 'Z') return static_cast<std::uint32_t>(c - 'A');
  if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0') + 26;
  return kBase;
}

// RFC 3492 section 6.1.
std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first_time) {
  delta = first_time ? delta / kDamp : delta / 2;
  delta += delta / points;
  std::uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

// The threshold t of RFC 3492 section 6.3 for position k.
std::uint32_t threshold(std::uint32_t k, std::uint32_t bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

}  // namespace

// A transcription of RFC 3492 section 6.3.
std::optional<std::string> punycode_encode(std::u32string_view label) {
  std::string out;
  for (char32_t c : label) {
    if (c < kInitialN) out += static_cast<char>(c);
  }
  const auto basic = static_cast<std::uint32_t>(out.size());
  if (basic > 0) out += kDelimiter;
  if (label.size() >= kMaxInt) return std::nullopt;
  const auto length = static_cast<std::uint32_t>(label.size());

  std::uint32_t n = kInitialN;
  std::uint32_t delta = 0;
  std::uint32_t bias = kInitialBias;
  std::uint32_t handled = basic;
  while (handled < length) {
    std::uint32_t m = kMaxInt;
    for (char32_t c : label) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > (kMaxInt - delta) / (handled + 1)) return std::nullopt;
    delta += (m - n) * (handled + 1);
    n = m;
    for (char32_t c : label) {
      if (c < n && ++delta == 0) return std::nullopt;
      if (c != n) continue;
      std::uint32_t q = delta;
      for (std::uint32_t k = kBase;; k += kBase) {
        const std::uint32_t t = threshold(k, bias);
        if (q < t) break;
        out += digit(t + (q - t) % (kBase - t));
        q = (q - t) / (kBase - t);
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled == basic);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return out;
}

// A transcription of RFC 3492 section 6.2, refusing code points beyond Unicode as well.
std::optional<std::u32string> punycode_decode(std::string_view encoded) {
  if (encoded.size() >= kMaxInt) return std::nullopt;
  const std::size_t delimiter = encoded.rfind(kDelimiter);
  const std::size_t basic = delimiter == std::string_view::npos ? 0 : delimiter;
  std::u32string out;
  for (char c : encoded.substr(0, basic)) {
    if (static_cast<unsigned char>(c) >= kInitialN) return std::nullopt;
    out += static_cast<char32_t>(c);
  }

  std::uint32_t n = kInitialN;
  std::uint32_t i = 0;
  std::uint32_t bias = kInitialBias;
  for (std::size_t in = basic > 0 ? basic + 1 : 0; in < encoded.size();) {
    const std::uint32_t old_i = i;
    std::uint32_t w = 1;
    for (std::uint32_t k = kBase;; k += kBase) {
      if (in >= encoded.size()) return std::nullopt;
      const std::uint32_t value = digit_value(encoded[in++]);
      if (value >= kBase || value > (kMaxInt - i) / w) return std::nullopt;
      i += value * w;
      const std::uint32_t t = threshold(k, bias);
      if (value < t) break;
      if (w > kMaxInt / (kBase - t)) return std::nullopt;
      w *= kBase - t;
    }
    const auto length = static_cast<std::uint32_t>(out.size() + 1);
    bias = adapt(i - old_i, length, old_i == 0);
    if (i / length > kMaxInt - n) return std::nullopt;
    n += i / length;
    i %= length;
    if (n > kMaxCodePoint) return std::nullopt;
    out.insert(out.begin() + i, static_cast<char32_t>(n));
    ++i;
  }
  return out;
}

}  // namespace zfak
