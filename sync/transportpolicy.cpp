#include "transportpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::TransportPolicy)
};

const QByteArray kRedacted = QByteArrayLiteral("[redacted]");

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> secret = {"authorization", "proxy-authorization", "x-api-key", "cookie",
                                             "set-cookie"};
    return secret.contains(name.trimmed().toLower());
}

bool isSecretElement(QStringView localName)
{
    return localName.compare(u"Password", Qt::CaseInsensitive) == 0
            || localName.compare(u"Secret", Qt::CaseInsensitive) == 0
            || localName.compare(u"ClientSecret", Qt::CaseInsensitive) == 0;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString checkPmsUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("\"%1\" is not a web address. Give the full address of the practice system, for example "
                        "https://api.opendental.com/api/v1.")
                .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Text::tr("Plain http is only allowed to this computer (localhost). %1 would send patient data "
                        "unencrypted; use its https address.")
                .arg(url.host());
    }
    return Text::tr("\"%1\" addresses are not supported; use https (or http to localhost).").arg(scheme);
}

Headers redactedHeaders(const Headers &headers)
{
    Headers out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, isSecretHeader(name) ? kRedacted : value});
    return out;
}

QByteArray redactedSoap(const QByteArray &envelope)
{
    // Rewritten through the XML reader and writer, so a secret is found however it is
    // prefixed, spaced or escaped. An envelope that is not XML is not logged at all.
    QXmlStreamReader reader(envelope);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    int secretDepth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            return QByteArrayLiteral("[not XML; not logged]");
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement:
            writer.writeCurrentToken(reader);
            if (secretDepth > 0 || isSecretElement(reader.name())) {
                if (secretDepth == 0)
                    writer.writeCharacters(QString::fromLatin1(kRedacted));
                ++secretDepth;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (secretDepth > 0)
                --secretDepth;
            writer.writeCurrentToken(reader);
            break;
        case QXmlStreamReader::Characters:
            if (secretDepth == 0)
                writer.writeCurrentToken(reader);
            break;
        default:
            if (secretDepth == 0)
                writer.writeCurrentToken(reader);
            break;
        }
    }
    return out;
}

} // namespace chairside::sync
