#include "messaging.h"

#include "enumnames.h"
#include "patientsearch.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::Messaging)
};

const std::pair<MessageState, QStringView> kStates[] = {
    {MessageState::Queued, u"queued"},       {MessageState::Sending, u"sending"},
    {MessageState::Accepted, u"accepted"},   {MessageState::Delivered, u"delivered"},
    {MessageState::Failed, u"failed"},       {MessageState::Unclear, u"unclear"},
    {MessageState::Cancelled, u"cancelled"},
};

const std::pair<TemplateKind, QStringView> kKinds[] = {
    {TemplateKind::Reminder, u"reminder"},
    {TemplateKind::Offer, u"offer"},
    {TemplateKind::OfferTaken, u"offer_taken"},
    {TemplateKind::EmailFooter, u"email_footer"},
    {TemplateKind::Recall, u"recall"},
};

// Three GSM segments: a longer text costs more and arrives in pieces on old phones.
constexpr qsizetype kMaxTemplateLength = 459;

} // namespace

QString messageStateName(MessageState state) { return detail::enumName(state, kStates); }
std::optional<MessageState> parseMessageState(const QString &name)
{
    return detail::parseEnumName<MessageState>(name, kStates);
}

QString messageStateText(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return Text::tr("waiting to be sent");
    case MessageState::Sending:
        return Text::tr("sending");
    case MessageState::Accepted:
        return Text::tr("sent");
    case MessageState::Delivered:
        return Text::tr("delivered");
    case MessageState::Failed:
        return Text::tr("not delivered");
    case MessageState::Unclear:
        return Text::tr("being checked with the provider");
    case MessageState::Cancelled:
        return Text::tr("withdrawn");
    }
    return messageStateName(state);
}

QString templateKindName(TemplateKind kind) { return detail::enumName(kind, kKinds); }
std::optional<TemplateKind> parseTemplateKind(const QString &name)
{
    return detail::parseEnumName<TemplateKind>(name, kKinds);
}
QList<TemplateKind> templateKinds()
{
    return {TemplateKind::Reminder, TemplateKind::Offer, TemplateKind::OfferTaken, TemplateKind::EmailFooter,
            TemplateKind::Recall};
}

bool QuietHours::contains(const QTime &local) const
{
    if (off())
        return false;
    if (from < to)
        return local >= from && local < to;
    return local >= from || local < to;
}

QDateTime QuietHours::nextAllowed(const QDateTime &utc, const QTimeZone &zone) const
{
    const QDateTime local = utc.toTimeZone(zone);
    if (!contains(local.time()))
        return utc;
    // Quiet until `to`: today's when before it, else tomorrow's.
    QDate day = local.date();
    if (local.time() >= to)
        day = day.addDays(1);
    QDateTime end(day, to, zone);
    if (!end.isValid()) // `to` falls in the hour a spring change skips
        end = QDateTime(day, to.addSecs(3600), zone);
    return end.toUTC();
}

QString QuietHours::text() const
{
    if (off())
        return u"off"_s;
    return from.toString(u"HH:mm"_s) + u'-' + to.toString(u"HH:mm"_s);
}

std::optional<QuietHours> QuietHours::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"off")
        return QuietHours{QTime(0, 0), QTime(0, 0)};
    static const QRegularExpression shape(u"^(\\d{1,2}):(\\d{2})\\s*[-\u2013]\\s*(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime from(m.captured(1).toInt(), m.captured(2).toInt());
    const QTime to(m.captured(3).toInt(), m.captured(4).toInt());
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return QuietHours{from, to};
}

namespace messagetemplate {

QStringList placeholders()
{
    return {u"first_name"_s, u"date"_s, u"time"_s, u"practice"_s, u"phone"_s, u"minutes"_s};
}

QString check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Text::tr("The message is empty; write the text patients receive.");
    if (text.size() > kMaxTemplateLength)
        return Text::tr("The message is %1 characters; keep it to %2 so it arrives as one text of at most three "
                        "parts.")
                .arg(text.size())
                .arg(kMaxTemplateLength);
    static const QRegularExpression braces(u"\\{([^{}]*)\\}"_s);
    QString rest = text;
    for (QRegularExpressionMatchIterator it = braces.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!placeholders().contains(m.captured(1)))
            return Text::tr("\"{%1}\" is not a placeholder; use %2.")
                    .arg(m.captured(1), u"{"_s + placeholders().join(u"}, {"_s) + u"}"_s);
        rest.replace(m.captured(0), QString());
    }
    if (rest.contains(u'{') || rest.contains(u'}'))
        return Text::tr("A brace is not closed; placeholders are written like {first_name}.");
    return {};
}

QString render(const QString &text, const QHash<QString, QString> &fields)
{
    QString out = text;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

} // namespace messagetemplate

ReplyIntent readReply(const QString &body)
{
    QString word = patientsearch::fold(body).trimmed();
    // "Yes!", "c.", "SI 👍": the first word, without its punctuation.
    static const QRegularExpression first(u"^([a-z]+)"_s);
    const QRegularExpressionMatch m = first.match(word);
    const QString rest = m.hasMatch() ? word.mid(m.capturedLength(1)).trimmed() : word;
    word = m.hasMatch() ? m.captured(1) : QString();
    static const QRegularExpression onlyMarks(u"^[\\p{P}\\p{S}\\s]*$"_s);
    if (word.isEmpty() || !onlyMarks.match(rest).hasMatch())
        return ReplyIntent::Other;
    static const QStringList yes{u"yes"_s, u"y"_s, u"si"_s, u"confirm"_s, u"c"_s};
    static const QStringList no{u"no"_s, u"cancel"_s, u"cancelar"_s};
    // Twilio's own opt-out and opt-in words, with Spanish ALTO.
    static const QStringList stop{u"stop"_s,  u"alto"_s, u"stopall"_s, u"unsubscribe"_s,
                                  u"end"_s,   u"quit"_s, u"revoke"_s,  u"optout"_s};
    static const QStringList start{u"start"_s, u"unstop"_s};
    if (yes.contains(word))
        return ReplyIntent::Yes;
    if (no.contains(word))
        return ReplyIntent::No;
    if (stop.contains(word))
        return ReplyIntent::Stop;
    if (start.contains(word))
        return ReplyIntent::Start;
    return ReplyIntent::Other;
}

} // namespace chairside
