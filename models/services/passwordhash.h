#pragma once

#include <QByteArray>

namespace chairside {

// PBKDF2-HMAC-SHA256 (OpenSSL) for staff passwords: a random 16-byte salt per user, 600,000
// iterations (OWASP's figure for PBKDF2-SHA256), a 32-byte hash, compared in constant time.
namespace passwordhash {

inline constexpr int kIterations = 600000;
inline constexpr int kMinimumLength = 10;

[[nodiscard]] QByteArray newSalt();
// The hash of `password` (UTF-8) with `salt`; empty if OpenSSL fails.
[[nodiscard]] QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations);
[[nodiscard]] bool matches(const QByteArray &password, const QByteArray &salt, int iterations,
                           const QByteArray &expected);

} // namespace passwordhash

} // namespace chairside
