#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace chairside::sync {

// Where a PMS connection may go: HTTPS anywhere, plain HTTP only to this machine (Open
// Dental's local API service listens on http://localhost:30222). Empty when the URL is
// acceptable, else what is wrong and what to do.
[[nodiscard]] QString checkPmsUrl(const QUrl &url);
[[nodiscard]] bool isLoopbackHost(const QString &host);

// Request or reply headers as they may be logged: credentials replaced by "[redacted]"
// (Authorization, Proxy-Authorization, X-API-Key, Cookie, Set-Cookie).
using Headers = QList<QPair<QByteArray, QByteArray>>;
[[nodiscard]] Headers redactedHeaders(const Headers &headers);
// A SOAP envelope as it may be logged: the AuthHeader's password (and any element named
// Password or Secret, any namespace) replaced by "[redacted]".
[[nodiscard]] QByteArray redactedSoap(const QByteArray &envelope);

} // namespace chairside::sync
