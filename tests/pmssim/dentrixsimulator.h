#pragma once

#include "pmssimulator.h"

class QJsonObject;

namespace chairside::pmssim {

// A stand-in for the Dentrix REST API on loopback (base http://127.0.0.1:PORT/v1): POST
// /oauth/token (client credentials, form-encoded) issues bearer tokens that expire;
// every other call needs `Authorization: Bearer <token>` and `X-API-Key`. GET /appointments
// (limit/offset, modifiedSince), GET/PUT/DELETE /appointments/{id}, POST /appointments (409
// on an operatory already booked), GET /patients/{id}/appointments (date), GET /patients,
// /providers, /operatories, /appointment-types, GET /appointments/availability (from, to,
// appointmentTypeId, providerId), /patients/{id}/preferences, /waitlist. JSON camelCase, times ISO 8601 with offset,
// lists {"data": [...], "meta": {...}}, failures {"error": {"code", "message"}}.
class DentrixSimulator final : public PmsSimulator
{
    Q_OBJECT
public:
    explicit DentrixSimulator(QObject *parent = nullptr);
    ~DentrixSimulator() override;

    void setCredentials(const QString &clientId, const QString &clientSecret, const QString &apiKey);
    // How long an issued token is honoured (an hour by default).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // Forgets every issued token, as if they were revoked: the next call gets 401.
    void revokeTokens() { m_tokens.clear(); }
    [[nodiscard]] int tokensIssued() const { return m_tokensIssued; }
    [[nodiscard]] QString baseUrl() const override;
    [[nodiscard]] QString flavor() const override { return QStringLiteral("dentrix"); }

protected:
    [[nodiscard]] QHttpServerResponse failure(Failure kind, const QString &message) const override;
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const override;
    [[nodiscard]] QHttpServerResponse respond(const QHttpServerRequest &request, const QString &route) override;

private:
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse list(const QHttpServerRequest &request, qint64 patNum);
    QHttpServerResponse create(const QByteArray &body);
    QHttpServerResponse update(qint64 id, const QByteArray &body);
    QHttpServerResponse references(const QString &what, const QHttpServerRequest &request) const;
    QHttpServerResponse availability(const QHttpServerRequest &request) const;
    QHttpServerResponse preferences(qint64 patNum) const;
    QHttpServerResponse waitlist(const QHttpServerRequest &request) const;
    [[nodiscard]] QJsonObject toJson(const Appointment &a) const;
    [[nodiscard]] QJsonObject meta(int offset, int limit, qint64 total) const;

    QString m_clientId, m_clientSecret;
    QByteArray m_apiKey;
    QHash<QByteArray, QDateTime> m_tokens; // token -> expiry (UTC)
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
};

} // namespace chairside::pmssim
