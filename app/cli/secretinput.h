#pragma once

#include <QByteArray>
#include <QString>

namespace chairside::cli {

// One line of secret input (a password or passphrase): typed at the terminal without echo
// after `prompt` (written to stderr), or the next line of stdin when stdin is not a terminal.
// The line ending is dropped; the caller wipes the bytes after use. Empty at end of input.
[[nodiscard]] QByteArray readSecretLine(const QString &prompt);
[[nodiscard]] bool stdinIsTerminal();

} // namespace chairside::cli
