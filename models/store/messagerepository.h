#pragma once

#include "storeboundary.h"

#include "domain/messaging.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace chairside::store {

// The messaging worker's tables: messages queued for and sent through the providers, the
// replies read back, numbers that texted STOP, the practice's templates and settings, and the
// worker's lease. Writers expect the caller (a service) to hold the transaction.
class MessageRepository
{
public:
    explicit MessageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] MessagingSettings settings(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setSettings(const MessagingSettings &settings, QSqlError *error);
    // What the worker last did ("send", "delivery", "replies"): when, and how it went.
    using Step = MessagingStep;
    [[nodiscard]] Step lastStep(const QString &step, QSqlError *error = nullptr) const;
    [[nodiscard]] bool setLastStep(const QString &step, const Step &value, QSqlError *error);

    [[nodiscard]] bool enqueue(const OutgoingMessage &message, QSqlError *error);
    [[nodiscard]] std::optional<OutgoingMessage> find(const QString &id, QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<OutgoingMessage> byProviderId(const QString &providerId,
                                                              QSqlError *error = nullptr) const;
    // Queued messages whose time has come, oldest first.
    [[nodiscard]] QList<OutgoingMessage> due(const QDateTime &nowUtc, int limit, QSqlError *error = nullptr) const;
    // Messages in `state`, oldest first.
    [[nodiscard]] QList<OutgoingMessage> inState(MessageState state, int limit, QSqlError *error = nullptr) const;
    // Texts sent since `sentSinceUtc` whose delivery is not known yet, last checked longest ago first.
    [[nodiscard]] QList<OutgoingMessage> awaitingDelivery(const QDateTime &checkedBeforeUtc,
                                                          const QDateTime &sentSinceUtc, int limit,
                                                          QSqlError *error = nullptr) const;
    // The latest messages to `recipient` for a reminder or an offer, newest first.
    [[nodiscard]] QList<OutgoingMessage> latestTo(const QString &recipient, int limit, QSqlError *error = nullptr) const;
    [[nodiscard]] QList<OutgoingMessage> forPatient(const QString &patientId, int limit,
                                                    QSqlError *error = nullptr) const;
    // Counts per state.
    [[nodiscard]] QHash<MessageState, int> counts(QSqlError *error = nullptr) const;

    // Claims a queued message for `claim` (0 rows: another worker has it), -1 on error.
    [[nodiscard]] int claim(const QString &id, const QString &claim, const QDateTime &nowUtc, QSqlError *error);
    // The provider took it: its id and word, before anything else is done with it.
    [[nodiscard]] int markAccepted(const QString &id, const QString &providerId, const QString &providerStatus,
                                   const QDateTime &nowUtc, QSqlError *error);
    [[nodiscard]] int setState(const QString &id, MessageState state, const QString &providerStatus,
                               const QString &errorCode, const QString &error, const QDateTime &nowUtc,
                               QSqlError *sqlError);
    // Back to the queue, not before `notBeforeUtc` (a retry, quiet hours).
    [[nodiscard]] int requeue(const QString &id, const QDateTime &notBeforeUtc, const QString &why,
                              const QDateTime &nowUtc, QSqlError *error);
    // Withdraws the queued messages of an appointment or offer.
    [[nodiscard]] int cancelQueued(const QString &appointmentId, const QString &offerId, const QDateTime &nowUtc,
                                   QSqlError *error);

    [[nodiscard]] bool hasInbound(const QString &providerId, QSqlError *error = nullptr) const;
    [[nodiscard]] bool insertInbound(const InboundMessage &message, QSqlError *error);
    // What was done with a reply, once done.
    [[nodiscard]] int updateInbound(const InboundMessage &message, QSqlError *error);
    [[nodiscard]] QList<InboundMessage> inbox(bool openOnly, int limit, QSqlError *error = nullptr) const;
    [[nodiscard]] int closeInbound(const QString &providerId, const QString &userId, const QDateTime &nowUtc,
                                   QSqlError *error);

    [[nodiscard]] bool optOut(const QString &phone, const QDateTime &sinceUtc, const QString &source,
                              QSqlError *error);
    [[nodiscard]] bool optIn(const QString &phone, QSqlError *error);
    [[nodiscard]] QSet<QString> optedOutNumbers(QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<QDateTime> optedOutSince(const QString &phone, QSqlError *error = nullptr) const;

    [[nodiscard]] std::optional<QString> templateText(TemplateKind kind, const QString &language,
                                                      QSqlError *error = nullptr) const;
    [[nodiscard]] bool setTemplate(TemplateKind kind, const QString &language, const QString &text,
                                   const QString &userId, const QDateTime &nowUtc, QSqlError *error);
    [[nodiscard]] bool resetTemplate(TemplateKind kind, const QString &language, QSqlError *error);

    // Takes or renews the lease `name` for `holder` until nowUtc + ttl: true when `holder` has
    // it, false with `current` set to who does.
    [[nodiscard]] bool takeLease(const QString &name, const QString &holder, const QDateTime &nowUtc, int ttlSeconds,
                                 QString *current, QSqlError *error);
    [[nodiscard]] bool releaseLease(const QString &name, const QString &holder, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
