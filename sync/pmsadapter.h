#pragma once

#include "pmsappointment.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace chairside::sync {

// What went wrong talking to a PMS, in a form the sync engine can act on: retry later
// (network, throttled, server trouble), stop and ask a person (refused, auth), or drop the
// reply (malformed). `message` says what happened and what to do, without patient details.
struct PmsError
{
    enum class Kind { None, Network, Throttled, Server, Auth, Refused, NotFound, Malformed, Unsupported };
    Kind kind = Kind::None;
    int httpStatus = 0;
    qint64 retryAfterMs = 0;
    QString message;

    [[nodiscard]] bool ok() const { return kind == Kind::None; }
    // Worth trying again later without anyone changing anything.
    [[nodiscard]] bool transient() const
    {
        return kind == Kind::Network || kind == Kind::Throttled || kind == Kind::Server;
    }
};

// One page of appointments from an incremental or full pull.
struct PmsAppointmentPage
{
    QList<PmsAppointment> appointments;
    bool more = false;      // another page follows at the next offset
    int received = 0;       // rows in the reply (for paging)
    qint64 total = -1;      // rows the whole read holds, where the PMS says (-1: it does not)
    QString cursor;         // where the next incremental pull starts, once the last page is in
};

// One page of a list as an adapter read it, and whether another follows.
template<typename Row>
struct ListPage
{
    QList<Row> rows;
    int received = 0;   // rows in the reply, read or not: the next page starts after them
    bool more = false;  // another page follows (each PMS says so its own way)
    QString serverTime; // the PMS's clock at the reply, where it gives it
};

// The first of `candidates` that is `wanted` as booked (same operatory and start, still on
// the book), or an empty appointment: how a create whose reply was lost is recognised.
[[nodiscard]] PmsAppointment sameBooking(const QList<PmsAppointment> &candidates, const PmsAppointment &wanted);

// The calls Chairside makes to a practice-management system, one implementation per PMS.
// Calls are asynchronous: each reports once, through its callback, on the adapter's thread.
// An adapter throttles itself to the PMS's rate limit and retries transient failures a few
// times before reporting them.
class PmsAdapter : public QObject
{
    Q_OBJECT
public:
    enum class Capability {
        ListAppointments, CreateAppointment, UpdateAppointment, CancelAppointment, ConfirmAppointment,
        CheckAvailability, PatientPreferences, Waitlist, Providers, Chairs, AppointmentTypes, Patients,
        ProviderSchedules, CommLog
    };

    using AppointmentsDone = std::function<void(const PmsAppointmentPage &, const PmsError &)>;
    using AppointmentDone = std::function<void(const PmsAppointment &, const PmsError &)>;
    using Done = std::function<void(const PmsError &)>;
    using ChairsDone = std::function<void(const QList<PmsChair> &, const PmsError &)>;
    using ProvidersDone = std::function<void(const QList<PmsProvider> &, const PmsError &)>;
    using TypesDone = std::function<void(const QList<PmsAppointmentType> &, const PmsError &)>;
    using PatientsDone = std::function<void(const QList<PmsPatient> &, const QString &cursor, const PmsError &)>;
    using SchedulesDone = std::function<void(const QList<PmsSchedule> &, const PmsError &)>;
    using SlotsDone = std::function<void(const QList<PmsSlot> &, const PmsError &)>;
    using PreferencesDone = std::function<void(const PmsPreferences &, const PmsError &)>;
    using WaitlistDone = std::function<void(const QList<PmsWaitlistEntry> &, const PmsError &)>;
    using CommlogDone = std::function<void(const PmsCommlog &, const PmsError &)>;

    // What an adapter does, declared once by each: the sync asks before each kind of call.
    using Capabilities = QSet<Capability>;

    explicit PmsAdapter(Capabilities capabilities, QObject *parent = nullptr)
        : QObject(parent), m_capabilities(std::move(capabilities))
    {
    }

    [[nodiscard]] virtual QString system() const = 0; // "opendental", "dentrix", "eaglesoft"
    [[nodiscard]] bool supports(Capability capability) const { return m_capabilities.contains(capability); }
    // The requests a minute this connection may make (the vendor's figure, or the practice's).
    [[nodiscard]] int requestsPerMinute() const { return m_perMinute; }

    // Appointments changed after `cursor` (empty = everything), page `offset` onwards.
    virtual void listAppointments(const QString &cursor, int offset, AppointmentsDone done) = 0;
    virtual void findAppointment(const QString &pmsId, AppointmentDone done) = 0;
    virtual void createAppointment(const PmsAppointment &a, AppointmentDone done) = 0;
    // The PMS's appointment for the same patient, chair and start, if it has one (an empty
    // pmsId otherwise): before a create whose reply was lost is sent again.
    virtual void findMatching(const PmsAppointment &a, AppointmentDone done) = 0;
    virtual void updateAppointment(const PmsAppointment &a, AppointmentDone done) = 0;
    // Cancelled by the practice or patient, or missed (a no-show).
    virtual void cancelAppointment(const QString &pmsId, bool missed, Done done) = 0;
    virtual void confirmAppointment(const QString &pmsId, Done done) = 0;
    // A step of the visit (arrived, seated, completed) or a step taken back (to scheduled or
    // confirmed), at `atUtc`. Cancellations and no-shows go through cancelAppointment.
    virtual void setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done);
    // The practice's chairs and providers, hidden ones included (marked), every page.
    virtual void listChairs(ChairsDone done) = 0;
    virtual void listProviders(ProvidersDone done) = 0;
    virtual void listAppointmentTypes(TypesDone done) = 0;
    // Patients changed after `cursor` (empty = all), every page; reports the next cursor.
    virtual void listPatients(const QString &cursor, PatientsDone done) = 0;
    // The PMS's schedule from `from` to `to` (office dates, inclusive): providers' working
    // time, blockouts, closed days. Reports Unsupported where the PMS has no such call.
    virtual void listSchedules(const QDate &from, const QDate &to, SchedulesDone done);
    // The PMS's own openings for a type (and provider, when given) between two office dates.
    virtual void checkAvailability(const QDate &from, const QDate &to, const QString &typePmsId,
                                   const QString &providerPmsId, SlotsDone done);
    virtual void patientPreferences(const QString &patientPmsId, PreferencesDone done);
    virtual void listWaitlist(WaitlistDone done);
    // Writes a note to the patient's communication log; reports it with the PMS's number.
    virtual void createCommlog(const PmsCommlog &note, CommlogDone done);
    // The patient's note with the same time and text, if the PMS has one (an empty pmsId
    // otherwise): before a write whose reply was lost is sent again.
    virtual void findCommlog(const PmsCommlog &note, CommlogDone done);

protected:
    void setRequestsPerMinute(int perMinute) { m_perMinute = perMinute; }
    // Reports Unsupported for `what` through `done` (for the calls a PMS does not have).
    void unsupported(const QString &what, std::function<void(const PmsError &)> done);

    template<typename Row>
    using PageDone = std::function<void(const ListPage<Row> &page, const PmsError &e)>;
    template<typename Row>
    using PageFetch = std::function<void(int offset, PageDone<Row> done)>;
    template<typename Row>
    using ListDone = std::function<void(const QList<Row> &rows, const QString &serverTime, const PmsError &e)>;

    // Every adapter's list reading: page after page from offset 0, one request at a time.
    // `fetch(offset, done)` asks the PMS for the page at `offset` and reads it (its request,
    // codec and end-of-list rule are the adapter's). Reports every row and the PMS's clock at
    // the first page: the cursor for the next incremental read, so what changed while later
    // pages were read is read again rather than missed. The first failure ends the read.
    template<typename Row>
    static void readEveryPage(PageFetch<Row> fetch, ListDone<Row> done)
    {
        readPagesFrom<Row>(std::move(fetch), 0, {}, {}, std::move(done));
    }

private:
    template<typename Row>
    static void readPagesFrom(PageFetch<Row> fetch, int offset, QList<Row> rows, QString serverTime,
                              ListDone<Row> done)
    {
        PageFetch<Row> again = fetch;
        fetch(offset, [again = std::move(again), offset, rows = std::move(rows), serverTime = std::move(serverTime),
                       done = std::move(done)](const ListPage<Row> &page, const PmsError &e) mutable {
            if (!e.ok()) {
                done({}, serverTime, e);
                return;
            }
            rows += page.rows;
            if (serverTime.isEmpty())
                serverTime = page.serverTime;
            if (page.more && page.received > 0) {
                readPagesFrom<Row>(std::move(again), offset + page.received, std::move(rows), std::move(serverTime),
                                   std::move(done));
                return;
            }
            done(rows, serverTime, {});
        });
    }

    Capabilities m_capabilities;
    int m_perMinute = 60;
};

} // namespace chairside::sync
