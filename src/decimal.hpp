// Decimal number text -> double, without the C library's strtod: that brings its scanner and
// 128-bit long-double arithmetic into the wasm (bench/README.md, "Size").
#pragma once

#include <string_view>

namespace zfak {

// `literal` is -?[0-9]+(.[0-9]+)?([eE][+-]?[0-9]+)? (leading zeros allowed): the caller has
// checked the grammar. The answer is +-infinity exactly when the correctly rounded value would
// be (|x| >= 2^1024 - 2^970, decided digit by digit, so that the choice to refuse a number is
// exact); otherwise it is finite and
//   - correctly rounded when the significant digits, trailing zeros dropped, make an integer
//     <= 2^53 and the power of ten left is within +-22 (Clinger's fast path: one exact
//     operation): every number a Zulip server writes, "3", "2.5", "1e-3";
//   - else within a few units in the last place (one rounding per factor of 1e22 applied, and
//     the first 19 significant digits only), and less exact among subnormals.
double decimal_to_double(std::string_view literal);

}  // namespace zfak
