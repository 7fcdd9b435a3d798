#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QXmlStreamWriter;

namespace chairside::sync {

// An XML element as read: its local name (namespaces dropped), its text, its children in
// order. Enough for SOAP replies, which carry no mixed content that matters.
struct XmlNode
{
    QString name;
    QString text;
    QList<XmlNode> children;

    [[nodiscard]] const XmlNode *child(const QString &localName) const;
    // The text of the first child called `localName`, or `fallback` when there is none.
    [[nodiscard]] QString value(const QString &localName, const QString &fallback = {}) const;
    [[nodiscard]] QList<const XmlNode *> all(const QString &localName) const;
};

// Reads a whole document with QXmlStreamReader; refuses DTDs (no entity expansion), more than
// 64 levels and more than 64 MiB. The message names the line and column of the problem.
[[nodiscard]] std::optional<XmlNode> parseXml(const QByteArray &xml, QString *error);

// SOAP 1.1 as the Eaglesoft service speaks it: namespace http://eaglesoft.com/, the action in
// the SOAPAction header, credentials in a soap:Header AuthHeader.
namespace soap {

inline constexpr char kNamespace[] = "http://eaglesoft.com/";
inline constexpr char kEnvelopeNamespace[] = "http://schemas.xmlsoap.org/soap/envelope/";

// The SOAPAction header value for `action`, quoted as SOAP 1.1 asks.
[[nodiscard]] QByteArray actionHeader(const QString &action);
// The action named by a SOAPAction header (quoted or not), or empty.
[[nodiscard]] QString actionFrom(const QByteArray &header);

// An envelope whose body holds <action> with what `writeBody` writes inside it (in the
// Eaglesoft namespace); an AuthHeader with the user name and password when `userName` is set.
[[nodiscard]] QByteArray request(const QString &action, const QString &userName, const QString &password,
                                 const std::function<void(QXmlStreamWriter &)> &writeBody);
// A response envelope: <actionResponse><actionResult>…</actionResult></actionResponse>.
[[nodiscard]] QByteArray response(const QString &action, const std::function<void(QXmlStreamWriter &)> &writeResult);
// A fault envelope: faultcode soap:Client or soap:Server, the message, and an ErrorCode detail.
[[nodiscard]] QByteArray fault(bool clientFault, const QString &message, const QString &errorCode);

// Writes <name>value</name> in the Eaglesoft namespace.
void element(QXmlStreamWriter &w, const QString &name, const QString &value);

struct Fault
{
    bool client = false;   // soap:Client (the request) rather than soap:Server
    QString message;       // faultstring
    QString errorCode;     // detail/ErrorCode, when given
};

// A parsed envelope: the first element inside soap:Body (the response or request element),
// the AuthHeader if present, or the fault.
struct Envelope
{
    XmlNode body;
    std::optional<XmlNode> authHeader;
    std::optional<Fault> fault;
};
[[nodiscard]] std::optional<Envelope> read(const QByteArray &xml, QString *error);

} // namespace soap

} // namespace chairside::sync
