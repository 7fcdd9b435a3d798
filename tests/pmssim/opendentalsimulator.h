#pragma once

#include "pmssimulator.h"


#include <QJsonObject>
#include <QSet>

namespace chairside::pmssim {

// A stand-in for Open Dental's API v1 on loopback, following its published contract for the
// calls Chairside makes: GET /operatories, /providers, /appointmenttypes and /patients/Simple (filtered by LName,
// FName and Birthdate too), POST /patients and PUT /patients/{PatNum}, GET/POST/PUT /api/v1/appointments (paged with Limit/Offset, filtered
// by date range, PatNum and DateTStamp (changed on or after it, so a change in the same second
// as the cursor is not missed), with serverDateTime in every row), PUT .../Break and
// .../Confirm, GET and POST /commlogs (the notes on a patient's chart), the `ODFHIR
// dev/customer` Authorization header, GET /recalltypes and GET /recalls (optionally by PatNum). It holds an in-memory practice
// loaded from a chairside-practice/1 file (chairs become operatories 1..n, providers ProvNum
// 1..n, patients PatNum 1..n, types AppointmentTypeNum 1..n), refuses double-booking an
// operatory with 409, and answers 429 with Retry-After past its rate limit. Faults are
// injected on command: a share of requests failing with 500, a burst of 503s, malformed
// bodies.
class OpenDentalSimulator final : public PmsSimulator
{
    Q_OBJECT
public:
    explicit OpenDentalSimulator(QObject *parent = nullptr);
    ~OpenDentalSimulator() override;

    void setKeys(const QString &developerKey, const QString &customerKey);
    // GET /schedules serves each provider's weekly hours from the practice file, date by
    // date, as Provider rows; these change it as the practice's own desk would.
    void setProviderOff(qint64 provNum, const QDate &date) { m_off.insert({provNum, date}); }
    void addBlockout(const QDate &date, const QTime &start, const QTime &stop, qint64 op, const QString &label);
    // Older versions leave "operatories" out of /schedules; /scheduleops then has them.
    void setSchedulesNameOperatories(bool named) { m_schedulesNameOps = named; }
    // GET /recalls and /recalltypes serve the practice file's recalls; this moves one as
    // Open Dental does when a visit satisfying it is completed there.
    void setRecallDue(const QString &patientId, const QString &recallTypeId, const QDate &due, const QDate &previous);
    void removeRecall(const QString &patientId, const QString &recallTypeId);
    // A recall made in Open Dental: the next RecallNum.
    void addRecall(const Recall &recall) { m_recalls.append(recall); }
    // A note on a patient's chart (the commlog table).
    struct Commlog
    {
        qint64 num = 0;
        qint64 patNum = 0;
        QDateTime at; // office time
        QString commType, mode, sentOrReceived, note;
    };
    [[nodiscard]] const QList<Commlog> &commlogs() const { return m_commlogs; }
    // Patients made through POST /patients, by the simulator's ids, in order.
    [[nodiscard]] const QStringList &createdPatients() const { return m_createdPatients; }
    // The body of the last POST or PUT /patients, as sent.
    [[nodiscard]] const QJsonObject &lastPatientWrite() const { return m_lastPatientWrite; }
    // A patient as GET /patients/Simple shows them (for tests reading what a write left).
    [[nodiscard]] QJsonObject patientJson(const Patient &p) const;
    [[nodiscard]] QString baseUrl() const override;
    [[nodiscard]] QString flavor() const override { return QStringLiteral("opendental"); }

protected:
    [[nodiscard]] QHttpServerResponse failure(Failure kind, const QString &message) const override;
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const override;
    [[nodiscard]] QHttpServerResponse respond(const QHttpServerRequest &request, const QString &route) override;

private:
    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QByteArray &body);
    QHttpServerResponse update(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse breakAppointment(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse confirm(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse commlogsOf(const QHttpServerRequest &request) const;
    QHttpServerResponse addCommlog(const QByteArray &body);
    [[nodiscard]] QJsonObject toJson(const Commlog &c) const;
    QHttpServerResponse operatories() const;
    QHttpServerResponse providers() const;
    QHttpServerResponse patients(const QHttpServerRequest &request) const;
    QHttpServerResponse addPatient(const QByteArray &body);
    QHttpServerResponse updatePatient(qint64 patNum, const QByteArray &body);
    // Writes the fields of a POST or PUT /patients body into `p`; what is wrong, or empty.
    QString applyPatientFields(Patient &p, const QJsonObject &o);
    [[nodiscard]] static QString lastNameOf(const Patient &p);
    [[nodiscard]] static QString firstNameOf(const Patient &p);
    QHttpServerResponse appointmentTypes() const;
    QHttpServerResponse recallTypes() const;
    QHttpServerResponse recalls(const QHttpServerRequest &request) const;
    QHttpServerResponse schedules(const QHttpServerRequest &request);
    QHttpServerResponse scheduleOps(const QHttpServerRequest &request) const;
    [[nodiscard]] QJsonObject toJson(const Appointment &a) const;

    QByteArray m_authorization;
    struct Blockout
    {
        qint64 num = 0;
        QDate date;
        QTime start, stop;
        qint64 op = 0;
        QString label;
    };
    QList<Blockout> m_blockouts;
    QList<Commlog> m_commlogs;
    QSet<std::pair<qint64, QDate>> m_off;
    bool m_schedulesNameOps = true;
    QStringList m_createdPatients;
    QJsonObject m_lastPatientWrite;
    QHash<QString, qint64> m_guarantors;      // patient id -> the Guarantor a write named
    QHash<QString, QString> m_contactMethods; // patient id -> PreferContactMethod a write named
    QMultiHash<qint64, qint64> m_lastScheduleOps; // of the last /schedules reply
    QSet<QString> m_deletedRecalls;               // recall ids deleted "in Open Dental"
};

} // namespace chairside::pmssim
