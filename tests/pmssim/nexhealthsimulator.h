#pragma once

#include "pmssimulator.h"

#include <functional>

class QJsonObject;
class QUrlQuery;

namespace chairside::pmssim {

// A stand-in for NexHealth's Synchronizer API (v20240412, also called v3.0.0) on loopback,
// with routes at the root (http://127.0.0.1:PORT). Every call needs `Nex-Api-Version:
// v20240412` (or v3.0.0), else 404. POST /authenticates with the API key as the whole
// Authorization header issues a bearer token that expires; every other call needs
// `Authorization: Bearer <token>` and `subdomain`, and the location-scoped ones
// `location_id`. GET /locations/{id}, /providers, /operatories, /appointment_types,
// /working_hours (the providers' weekly hours, as hours synced from the EHR), /patients,
// /appointments (start, end, updated_since), GET and PATCH /appointments/{id}, POST
// /appointments. Lists are paged with per_page and end_cursor and answer page_info.
// Replies are the envelope {code, description, error, data}; times UTC with milliseconds.
//
// A POST is accepted at once and written into the practice's system later, as NexHealth
// does: until a test calls writePendingToEhr() (or failPendingWrites()) the appointment reads
// back with foreign_id and last_sync_time null. Double bookings are accepted. Blocks
// (addBlockOnServer) read as appointments with unavailable true and no patient.
class NexHealthSimulator final : public PmsSimulator
{
    Q_OBJECT
public:
    explicit NexHealthSimulator(QObject *parent = nullptr);
    ~NexHealthSimulator() override;

    // Patients made through POST /patients (the simulator's ids, in order), and the gender
    // each was given ("Female" when none was sent, as NexHealth does).
    [[nodiscard]] const QStringList &createdPatients() const { return m_createdPatients; }
    [[nodiscard]] QString genderOf(const QString &patientId) const { return m_genders.value(patientId); }

    // The base's load, keeping the practice's name for the location and the providers' names
    // as loaded, with the records' change stamps a second apart (as NexHealth read them).
    [[nodiscard]] bool loadPractice(const QByteArray &practiceJson, QString *error) override;

    // The API key POST /authenticates takes, the institution's subdomain and the location's id.
    void setCredentials(const QString &apiKey, const QString &subdomain, qint64 locationId);
    // The practice's own system behind NexHealth ("dentrix", "eaglesoft", "opendental"), as
    // foreign_id_type shows it ("msg-dentrix-DataSource-100").
    void setEhr(const QString &ehr) { m_ehr = ehr; }
    // How long an issued token is honoured (an hour by default).
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // Forgets every issued token, as if they were revoked: the next call gets 401.
    void revokeTokens() { m_tokens.clear(); }
    [[nodiscard]] int tokensIssued() const { return m_tokensIssued; }
    [[nodiscard]] QString subdomain() const { return m_subdomain; }
    [[nodiscard]] qint64 locationId() const { return m_locationId; }
    [[nodiscard]] QString foreignIdType() const;

    // A block made at the practice's own desk: time in operatory `op` (and for `provNum`, 0 =
    // none) when nothing may be booked. It reads as an appointment with unavailable true; the
    // new id. Blocks are not in appointments() and do not count as bookings.
    qint64 addBlockOnServer(qint64 op, qint64 provNum, const QDateTime &start, int minutes, const QString &note);

    // An appointment cancelled at the practice's own desk: it reads cancelled with a new stamp.
    // False when there is no such appointment or it was not scheduled.
    bool cancelOnServer(qint64 id);

    // Writes every accepted, not yet written appointment into the practice's system: each gets
    // its foreign_id ("ehr-<id>") and last_sync_time, and a new stamp. How many were written.
    int writePendingToEhr();
    // Every accepted, not yet written appointment could not be written: each reads cancelled
    // with foreign_id still null, and a new stamp. How many failed.
    int failPendingWrites();
    [[nodiscard]] int pendingWrites() const;
    // POST /appointments that reached the route (past the version header, token and limit).
    [[nodiscard]] int posts() const { return m_posts; }
    [[nodiscard]] int patches() const { return m_patches; }

    [[nodiscard]] QString baseUrl() const override;
    // NexHealth stamps in UTC: the instant, whole seconds, also in the hour that happens twice
    // when summer time ends.
    [[nodiscard]] QDateTime officeNow() const override;
    [[nodiscard]] QString flavor() const override { return QStringLiteral("nexhealth"); }

protected:
    [[nodiscard]] QHttpServerResponse failure(Failure kind, const QString &message) const override;
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const override;
    [[nodiscard]] QHttpServerResponse respond(const QHttpServerRequest &request, const QString &route) override;
    [[nodiscard]] bool writes(const QHttpServerRequest &request) const override;

private:
    // Where an appointment made through the API stands with the practice's system.
    enum class Insertion { Written, Pending, Failed };
    struct Record
    {
        Insertion insertion = Insertion::Written;
        QDateTime created; // office time
    };
    // Whether a route needs location_id, takes it (then it must match), or ignores it.
    enum class LocationRule { Ignored, Optional, Required };
    // A list call's place: rows after the id `after`, `length` of them.
    struct Paging
    {
        qint64 after = 0;
        int length = 5;
    };

    QHttpServerResponse authenticate(const QHttpServerRequest &request);
    QHttpServerResponse location(const QString &id) const;
    QHttpServerResponse providers(const QUrlQuery &query);
    QHttpServerResponse operatories(const QUrlQuery &query) const;
    QHttpServerResponse appointmentTypes() const;
    QHttpServerResponse recallTypes(const QUrlQuery &query) const;
    QHttpServerResponse patientRecalls(const QUrlQuery &query) const;
    QHttpServerResponse workingHours(const QUrlQuery &query) const;
    QHttpServerResponse patients(const QUrlQuery &query) const;
    QHttpServerResponse addPatient(const QUrlQuery &query, const QByteArray &body);
    [[nodiscard]] QJsonObject patientJson(qint64 id) const;
    QHttpServerResponse listAppointments(const QUrlQuery &query);
    QHttpServerResponse create(const QByteArray &body);
    QHttpServerResponse update(qint64 id, const QByteArray &body);

    // A refusal when the call is not scoped to this practice's subdomain (and location).
    [[nodiscard]] std::optional<QHttpServerResponse> outOfScope(const QUrlQuery &query, LocationRule rule) const;
    // per_page and end_cursor, or a refusal.
    [[nodiscard]] std::optional<QHttpServerResponse> readPaging(const QUrlQuery &query, Paging *paging) const;
    // updated_since (invalid when not asked), or a refusal.
    [[nodiscard]] std::optional<QHttpServerResponse> readSince(const QUrlQuery &query, QDateTime *since) const;
    // The page of `ids` (every matching id, ascending) that `paging` asks for, each row made by
    // `row`.
    [[nodiscard]] QHttpServerResponse page(const QList<qint64> &ids, const Paging &paging,
                                           const std::function<QJsonObject(qint64)> &row) const;
    // A page of at most `length` rows out of `after`, the matching ids after the cursor
    // (ascending; one more than a page tells of a next page); `earlier` whether matching rows
    // come before them.
    [[nodiscard]] QHttpServerResponse pageFrom(const QList<qint64> &after, bool earlier, int length,
                                               const std::function<QJsonObject(qint64)> &row) const;

    void noticeRenames();
    [[nodiscard]] QJsonObject toJson(const Appointment &a, bool block) const;
    [[nodiscard]] Appointment *find(qint64 id);
    [[nodiscard]] QString providerName(qint64 provNum) const;

    QString m_apiKey;
    QString m_subdomain;
    qint64 m_locationId = 101;
    QString m_ehr = QStringLiteral("dentrix");
    QString m_practiceName;
    QHash<QByteArray, QDateTime> m_tokens; // token -> expiry (UTC)
    int m_tokenLifetime = 3600;
    int m_tokensIssued = 0;
    int m_posts = 0;
    int m_patches = 0;
    QMap<qint64, Appointment> m_blocks;    // by id, from the same numbers as appointments
    QHash<qint64, Record> m_records;       // appointments and blocks made after the load
    QHash<qint64, QString> m_providerNames; // as last seen, to notice a rename at the desk
    QHash<qint64, QDateTime> m_providerStamps; // providers renamed since the load
    QStringList m_createdPatients;        // made through POST /patients, by the simulator's ids
    QHash<QString, QString> m_genders;     // the gender each made patient was given
};

} // namespace chairside::pmssim
