#pragma once

#include "domain/fill.h"

#include <QString>

#include <memory>
#include <vector>

class QSqlError;

namespace chairside {

namespace store {
class Cache;
}

// Where the contacts with patients go besides the practice's SMS and e-mail providers (see
// messaging::route): a channel hands each contact on — the message prepared for the patient in
// their language, or the answer staff recorded — to staff, to the practice system's
// communication log…, inside the write that records it in the contact log, so the hand-over
// and the log stand or fall together.
class MessageChannel
{
public:
    virtual ~MessageChannel() = default;
    // Stable name kept with each contact: "staff_call", "pms_commlog".
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual bool handles(ContactChannel channel) const = 0;
    // False with `error` set when the contact could not be handed on.
    [[nodiscard]] virtual bool hand(store::Cache &cache, ContactRecord &contact, QString *error) = 0;
};

// Staff make the call, or send the text from the practice's own phone or mail, themselves:
// the message waits in the contact log ("to contact") for them to read out, and they record
// the answer. Handles every way of contact.
class StaffCallChannel : public MessageChannel
{
public:
    static inline const QString kName = QStringLiteral("staff_call");
    [[nodiscard]] QString name() const override { return kName; }
    [[nodiscard]] bool handles(ContactChannel channel) const override { return channel != ContactChannel::None; }
    [[nodiscard]] bool hand(store::Cache &, ContactRecord &, QString *) override { return true; }
};

// As staff calls, and each contact also goes to the communication log on the patient's chart
// in the practice system (Open Dental's commlog): it waits in the outbox, in the same write,
// and the sync sends it when the practice system answers. For a practice system whose
// adapter can write that log.
class PmsCommLogChannel final : public StaffCallChannel
{
public:
    static inline const QString kName = QStringLiteral("pms_commlog");
    [[nodiscard]] QString name() const override { return kName; }
    [[nodiscard]] bool hand(store::Cache &cache, ContactRecord &contact, QString *error) override;
};

// The contact log and where its contacts go: a reminder or offer by text or e-mail to the
// practice's provider when one is connected (queued for the messaging worker), and every
// contact to the first channel that handles the patient's way of contact (staff calls unless
// replaced; the practice system's communication log keeps a copy).
class ContactLog
{
public:
    ContactLog();
    ~ContactLog();
    void setChannels(std::vector<std::unique_ptr<MessageChannel>> channels);
    [[nodiscard]] MessageChannel *channelFor(ContactChannel channel) const;
    // Writes `contact` to the log, queues it for the provider or hands it to its channel
    // (setting handledBy), in the caller's transaction. False with `e` (the cache) or `refused`
    // (the channel; for a reminder the provider cannot take, why) set.
    bool record(store::Cache &cache, ContactRecord &contact, QSqlError *e, QString *refused) const;

private:
    std::vector<std::unique_ptr<MessageChannel>> m_channels;
};

} // namespace chairside
