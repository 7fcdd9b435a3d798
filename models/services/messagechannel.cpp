#include "messagechannel.h"

#include "patientmessaging.h"

#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace chairside {

ContactLog::ContactLog()
{
    m_channels.push_back(std::make_unique<StaffCallChannel>());
}

ContactLog::~ContactLog() = default;

void ContactLog::setChannels(std::vector<std::unique_ptr<MessageChannel>> channels)
{
    m_channels = std::move(channels);
}

MessageChannel *ContactLog::channelFor(ContactChannel channel) const
{
    for (const std::unique_ptr<MessageChannel> &c : m_channels) {
        if (c->handles(channel))
            return c.get();
    }
    return nullptr;
}

bool ContactLog::record(store::Cache &cache, ContactRecord &contact, QSqlError *e, QString *refused) const
{
    MessageChannel *channel = channelFor(contact.channel);
    QString why;
    const messaging::Routed routed = messaging::route(cache, contact, &why, e);
    if (e->isValid())
        return false;
    if (routed == messaging::Routed::Refused) {
        *refused = why;
        return false;
    }
    if (routed == messaging::Routed::NotMine)
        contact.handledBy = channel ? channel->name() : u"none"_s;
    if (channel && !channel->hand(cache, contact, &why)) {
        *refused = QCoreApplication::translate("chairside::ContactLog",
                                               "The contact could not be passed on: %1. Nothing was saved; try again.")
                           .arg(why);
        return false;
    }
    return store::FillRepository(cache.database()).insertContact(contact, e);
}

bool PmsCommLogChannel::hand(store::Cache &cache, ContactRecord &contact, QString *error)
{
    // Ids only: the note is composed from the contact log when it is sent.
    store::OutboxEntry entry;
    entry.entity = u"contact"_s;
    entry.entityId = contact.id;
    entry.operation = u"commlog"_s;
    entry.payload = QJsonDocument(QJsonObject{{u"patient"_s, contact.patientId},
                                              {u"purpose"_s, contactPurposeName(contact.purpose)},
                                              {u"outcome"_s, contactOutcomeName(contact.outcome)}})
                            .toJson(QJsonDocument::Compact);
    entry.idempotencyKey = u"commlog:"_s + contact.id;
    entry.createdUtc = contact.createdUtc;
    QSqlError sqlError;
    if (!store::Outbox(cache.database()).append(entry, &sqlError)) {
        *error = QCoreApplication::translate("chairside::MessageChannel",
                                             "it could not be queued for the practice system's communication log (%1)")
                         .arg(sqlError.text());
        return false;
    }
    return true;
}

} // namespace chairside
