#include "soapxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::soap)
};

constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

} // namespace

const XmlNode *XmlNode::child(const QString &localName) const
{
    for (const XmlNode &c : children) {
        if (c.name == localName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::value(const QString &localName, const QString &fallback) const
{
    const XmlNode *c = child(localName);
    return c ? c->text : fallback;
}

QList<const XmlNode *> XmlNode::all(const QString &localName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == localName)
            out.append(&c);
    }
    return out;
}

std::optional<XmlNode> parseXml(const QByteArray &xml, QString *error)
{
    if (xml.size() > kMaxBytes) {
        *error = Text::tr("The XML reply is larger than 64 MiB; nothing was read from it.");
        return std::nullopt;
    }
    QXmlStreamReader reader(xml);
    QList<XmlNode> stack;
    std::optional<XmlNode> root;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            *error = Text::tr("The XML reply declares a DTD, which is not accepted; nothing was read from it.");
            return std::nullopt;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (root || stack.size() >= kMaxDepth) {
                *error = root ? Text::tr("The XML reply has content after its root element; nothing was read from it.")
                              : Text::tr("The XML reply is nested more than 64 levels deep; nothing was read from it.");
                return std::nullopt;
            }
            XmlNode node;
            node.name = reader.name().toString();
            stack.append(node);
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            XmlNode done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
        }
    }
    if (reader.hasError() || !root) {
        *error = Text::tr("The XML reply is not well-formed (%1 at line %2, column %3); nothing was read from it.")
                         .arg(reader.hasError() ? reader.errorString() : Text::tr("no root element"))
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber());
        return std::nullopt;
    }
    return root;
}

namespace soap {

QByteArray actionHeader(const QString &action)
{
    return '"' + QByteArray(kNamespace) + action.toUtf8() + '"';
}

QString actionFrom(const QByteArray &header)
{
    QByteArray h = header.trimmed();
    if (h.startsWith('"') && h.endsWith('"') && h.size() >= 2)
        h = h.mid(1, h.size() - 2);
    if (!h.startsWith(kNamespace))
        return {};
    return QString::fromUtf8(h.mid(qsizetype(qstrlen(kNamespace))));
}

void element(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeTextElement(QString::fromLatin1(kNamespace), name, value);
}

namespace {

QByteArray envelope(const std::function<void(QXmlStreamWriter &)> &header,
                    const std::function<void(QXmlStreamWriter &)> &body, bool eaglesoftDefault = true)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(QString::fromLatin1(kEnvelopeNamespace), u"soap"_s);
    if (eaglesoftDefault)
        w.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    else
        w.writeNamespace(QString::fromLatin1(kNamespace), u"es"_s);
    w.writeStartElement(QString::fromLatin1(kEnvelopeNamespace), u"Envelope"_s);
    if (header) {
        w.writeStartElement(QString::fromLatin1(kEnvelopeNamespace), u"Header"_s);
        header(w);
        w.writeEndElement();
    }
    w.writeStartElement(QString::fromLatin1(kEnvelopeNamespace), u"Body"_s);
    body(w);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray request(const QString &action, const QString &userName, const QString &password,
                   const std::function<void(QXmlStreamWriter &)> &writeBody)
{
    std::function<void(QXmlStreamWriter &)> header;
    if (!userName.isEmpty()) {
        header = [&](QXmlStreamWriter &w) {
            w.writeStartElement(QString::fromLatin1(kNamespace), u"AuthHeader"_s);
            element(w, u"Username"_s, userName);
            element(w, u"Password"_s, password);
            w.writeEndElement();
        };
    }
    return envelope(header, [&](QXmlStreamWriter &w) {
        w.writeStartElement(QString::fromLatin1(kNamespace), action);
        if (writeBody)
            writeBody(w);
        w.writeEndElement();
    });
}

QByteArray response(const QString &action, const std::function<void(QXmlStreamWriter &)> &writeResult)
{
    return envelope({}, [&](QXmlStreamWriter &w) {
        w.writeStartElement(QString::fromLatin1(kNamespace), action + u"Response"_s);
        w.writeStartElement(QString::fromLatin1(kNamespace), action + u"Result"_s);
        if (writeResult)
            writeResult(w);
        w.writeEndElement();
        w.writeEndElement();
    });
}

QByteArray fault(bool clientFault, const QString &message, const QString &errorCode)
{
    return envelope({}, [&](QXmlStreamWriter &w) {
        w.writeStartElement(QString::fromLatin1(kEnvelopeNamespace), u"Fault"_s);
        // SOAP 1.1 keeps faultcode, faultstring and detail unqualified.
        w.writeTextElement(u""_s, u"faultcode"_s, clientFault ? u"soap:Client"_s : u"soap:Server"_s);
        w.writeTextElement(u""_s, u"faultstring"_s, message);
        w.writeStartElement(u""_s, u"detail"_s);
        element(w, u"ErrorCode"_s, errorCode);
        w.writeEndElement();
        w.writeEndElement();
    }, false);
}

std::optional<Envelope> read(const QByteArray &xml, QString *error)
{
    const std::optional<XmlNode> root = parseXml(xml, error);
    if (!root)
        return std::nullopt;
    const XmlNode *body = root->name == u"Envelope" ? root->child(u"Body"_s) : nullptr;
    if (!body || body->children.isEmpty()) {
        *error = Text::tr("The reply is not a SOAP envelope with a body; nothing was read from it.");
        return std::nullopt;
    }
    Envelope e;
    e.body = body->children.constFirst();
    if (const XmlNode *header = root->child(u"Header"_s)) {
        if (const XmlNode *auth = header->child(u"AuthHeader"_s))
            e.authHeader = *auth;
    }
    if (e.body.name == u"Fault") {
        Fault f;
        f.client = e.body.value(u"faultcode"_s).endsWith(u"Client"_s);
        f.message = e.body.value(u"faultstring"_s);
        if (const XmlNode *detail = e.body.child(u"detail"_s))
            f.errorCode = detail->value(u"ErrorCode"_s);
        e.fault = f;
    }
    return e;
}

} // namespace soap

} // namespace chairside::sync
