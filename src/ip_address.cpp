#include "ip_address.hpp"

#include <utility>

namespace zfak {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<Ipv4Address> parse_ipv4_dotted_quad(std::string_view text) {
  Ipv4Address address{};
  std::size_t i = 0;
  for (std::size_t part = 0; part < 4; ++part) {
    if (part > 0) {
      if (i >= text.size() || text[i] != '.') return std::nullopt;
      ++i;
    }
    const std::size_t start = i;
    unsigned value = 0;
    while (i < text.size() && is_digit(text[i]) && i - start < 3) {
      value = value * 10 + static_cast<unsigned>(text[i] - '0');
      ++i;
    }
    const std::size_t digits = i - start;
    if (digits == 0 || value > 255) return std::nullopt;
    if (digits > 1 && text[start] == '0') return std::nullopt;
    address[part] = static_cast<std::uint8_t>(value);
  }
  if (i != text.size()) return std::nullopt;
  return address;
}

// A transcription of https://url.spec.whatwg.org/#concept-ipv6-parser.
std::optional<Ipv6Address> parse_ipv6(std::string_view text) {
  Ipv6Address pieces{};
  std::size_t piece_index = 0;
  std::optional<std::size_t> compress;
  std::size_t p = 0;
  const auto at = [&](std::size_t k) { return k < text.size() ? text[k] : '\0'; };
  const auto at_end = [&] { return p >= text.size(); };

  if (at(p) == ':') {
    if (at(p + 1) != ':') return std::nullopt;
    p += 2;
    ++piece_index;
    compress = piece_index;
  }
  while (!at_end()) {
    if (piece_index == 8) return std::nullopt;
    if (at(p) == ':') {
      if (compress) return std::nullopt;
      ++p;
      ++piece_index;
      compress = piece_index;
      continue;
    }
    unsigned value = 0;
    std::size_t length = 0;
    while (length < 4 && !at_end() && hex_value(at(p)) >= 0) {
      value = value * 16 + static_cast<unsigned>(hex_value(at(p)));
      ++p;
      ++length;
    }
    if (at(p) == '.' && !at_end()) {
      if (length == 0) return std::nullopt;
      p -= length;
      if (piece_index > 6) return std::nullopt;
      int numbers_seen = 0;
      while (!at_end()) {
        std::optional<unsigned> ipv4_piece;
        if (numbers_seen > 0) {
          if (at(p) == '.' && numbers_seen < 4) {
            ++p;
          } else {
            return std::nullopt;
          }
        }
        if (at_end() || !is_digit(at(p))) return std::nullopt;
        while (!at_end() && is_digit(at(p))) {
          const unsigned number = static_cast<unsigned>(at(p) - '0');
          if (!ipv4_piece) {
            ipv4_piece = number;
          } else if (*ipv4_piece == 0) {
            return std::nullopt;
          } else {
            ipv4_piece = *ipv4_piece * 10 + number;
          }
          if (*ipv4_piece > 255) return std::nullopt;
          ++p;
        }
        pieces[piece_index] = static_cast<std::uint16_t>(pieces[piece_index] * 0x100 + *ipv4_piece);
        ++numbers_seen;
        if (numbers_seen == 2 || numbers_seen == 4) ++piece_index;
      }
      if (numbers_seen != 4) return std::nullopt;
      break;
    }
    if (!at_end() && at(p) == ':') {
      ++p;
      if (at_end()) return std::nullopt;
    } else if (!at_end()) {
      return std::nullopt;
    }
    pieces[piece_index] = static_cast<std::uint16_t>(value);
    ++piece_index;
  }
  if (compress) {
    std::size_t swaps = piece_index - *compress;
    piece_index = 7;
    while (piece_index != 0 && swaps > 0) {
      std::swap(pieces[piece_index], pieces[*compress + swaps - 1]);
      --piece_index;
      --swaps;
    }
  } else if (piece_index != 8) {
    return std::nullopt;
  }
  return pieces;
}

std::string serialize_ipv6(const Ipv6Address& address) {
  // The first longest run of zero pieces, if it is at least two long.
  std::optional<std::size_t> compress;
  std::size_t best_length = 1;
  for (std::size_t i = 0; i < 8;) {
    if (address[i] != 0) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < 8 && address[end] == 0) ++end;
    if (end - i > best_length) {
      best_length = end - i;
      compress = i;
    }
    i = end;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  bool ignore_zero = false;
  for (std::size_t i = 0; i < 8; ++i) {
    if (ignore_zero && address[i] == 0) continue;
    ignore_zero = false;
    if (compress && *compress == i) {
      out += (i == 0) ? "::" : ":";
      ignore_zero = true;
      continue;
    }
    const unsigned piece = address[i];
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const unsigned nibble = (piece >> shift) & 0xF;
      if (nibble != 0 || started || shift == 0) {
        out += kHex[nibble];
        started = true;
      }
    }
    if (i != 7) out += ':';
  }
  return out;
}

}  // namespace zfak
