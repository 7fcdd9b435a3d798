#include "messagechannel.h"

#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace chairside {

bool PmsCommLogChannel::hand(QSqlDatabase &db, const ContactRecord &contact, QString *error)
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
    if (!store::Outbox(db).append(entry, &sqlError)) {
        *error = QCoreApplication::translate("chairside::MessageChannel",
                                             "it could not be queued for the practice system's communication log (%1)")
                         .arg(sqlError.text());
        return false;
    }
    return true;
}

} // namespace chairside
