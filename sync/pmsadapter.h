#pragma once

#include "pmsappointment.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

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
    QString code; // the vendor's own error code, where its reply gives one (Twilio's 21211)

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
    // For a PMS whose replies carry no clock: where the next incremental pull may start, as
    // far as the pages read so far tell (the last page's is the read's).
    QString cursorSoFar;
};

// One page of a list as an adapter read it, and whether another follows.
template<typename Row>
struct ListPage
{
    QList<Row> rows;
    int received = 0;   // rows in the reply, read or not: the next page starts after them
    bool more = false;  // another page follows (each PMS says so its own way)
    QString serverTime; // the PMS's clock at the reply, where it gives it
    QString cursorSoFar; // without a clock: the next read's start as far as the pages so far tell
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
        ProviderSchedules, CommLog, CreatePatient, UpdatePatient, Recalls,
        // A booking is accepted before the practice's system has it (PmsAppointment::write
        // says where it is): the outbox keeps it until a read shows it written.
        WritesLater
    };

    using AppointmentsDone = std::function<void(const PmsAppointmentPage &, const PmsError &)>;
    using AppointmentDone = std::function<void(const PmsAppointment &, const PmsError &)>;
    using Done = std::function<void(const PmsError &)>;
    using ChairsDone = std::function<void(const QList<PmsChair> &, const PmsError &)>;
    using ProvidersDone = std::function<void(const QList<PmsProvider> &, const PmsError &)>;
    using TypesDone = std::function<void(const QList<PmsAppointmentType> &, const PmsError &)>;
    using PatientsDone = std::function<void(const QList<PmsPatient> &, const QString &cursor, const PmsError &)>;
    // One page of a list read page by page, the offset the next page starts at, or the error
    // that ended the read. Returns whether to go on (false stops after this page).
    template<typename Row>
    using PageSeen = std::function<bool(const ListPage<Row> &page, int nextOffset, const PmsError &e)>;
    using SchedulesDone = std::function<void(const QList<PmsSchedule> &, const PmsError &)>;
    using SlotsDone = std::function<void(const QList<PmsSlot> &, const PmsError &)>;
    using PreferencesDone = std::function<void(const PmsPreferences &, const PmsError &)>;
    using WaitlistDone = std::function<void(const QList<PmsWaitlistEntry> &, const PmsError &)>;
    using RecallTypesDone = std::function<void(const QList<PmsRecallType> &, const PmsError &)>;
    using RecallsDone = std::function<void(const QList<PmsRecall> &, const PmsError &)>;
    using CommlogDone = std::function<void(const PmsCommlog &, const PmsError &)>;
    using PatientDone = std::function<void(const PmsPatient &, const PmsError &)>;

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
    // Patients changed after `cursor` (empty = all), page by page from `offset`: each page
    // is reported as it comes, so a long read can be kept (and taken up again) as it goes.
    // Each page carries the PMS's clock at its reply, the cursor for the next read.
    virtual void listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen) = 0;
    // Every page of the same, at once, with the next read's cursor (the PMS's clock at the
    // first page; `cursor` again when the PMS gives none).
    void listAllPatients(const QString &cursor, PatientsDone done);
    // The PMS's schedule from `from` to `to` (office dates, inclusive): providers' working
    // time, blockouts, closed days. Reports Unsupported where the PMS has no such call.
    virtual void listSchedules(const QDate &from, const QDate &to, SchedulesDone done);
    // The PMS's own openings for a type (and provider, when given) between two office dates.
    virtual void checkAvailability(const QDate &from, const QDate &to, const QString &typePmsId,
                                   const QString &providerPmsId, SlotsDone done);
    virtual void patientPreferences(const QString &patientPmsId, PreferencesDone done);
    virtual void listWaitlist(WaitlistDone done);
    // Continuing care: the recall types, and every patient's recall (Capability::Recalls).
    virtual void listRecallTypes(RecallTypesDone done);
    virtual void listRecalls(RecallsDone done);
    // Writes a note to the patient's communication log; reports it with the PMS's number.
    virtual void createCommlog(const PmsCommlog &note, CommlogDone done);
    // The patient's note with the same time and text, if the PMS has one (an empty pmsId
    // otherwise): before a write whose reply was lost is sent again.
    virtual void findCommlog(const PmsCommlog &note, CommlogDone done);

    // A patient made at the desk: reports them with the PMS's number.
    virtual void createPatient(const PmsPatient &patient, PatientDone done);
    // The PMS's patient with the same first and last name and birthdate, if it has one (an
    // empty pmsId otherwise): before a create whose reply was lost is sent again.
    virtual void findPatient(const PmsPatient &patient, PatientDone done);
    // Changes the patient `patient.pmsId` in the `fields` named (name, birthdate, phone,
    // email, language, contact, guarantor), leaving the rest as the PMS has them.
    virtual void updatePatient(const PmsPatient &patient, const QStringList &fields, Done done);

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

    // A reply read into one value by `read` (a codec call: body and a place for the reason, to
    // an optional value) and handed to `done`: a failure passed on, a body the codec refuses
    // reported as Malformed with its reason.
    template<typename T, typename Read>
    static std::function<void(const QByteArray &, const PmsError &)>
    readReply(Read read, std::function<void(const T &, const PmsError &)> done)
    {
        return [read = std::move(read), done = std::move(done)](const QByteArray &body, const PmsError &e) {
            if (!e.ok()) {
                done(T{}, e);
                return;
            }
            QString why;
            const auto value = read(body, &why);
            if (!value) {
                PmsError malformed;
                malformed.kind = PmsError::Kind::Malformed;
                malformed.message = why;
                done(T{}, malformed);
                return;
            }
            done(*value, {});
        };
    }

    // Every adapter's list reading: page after page from `offset`, one request at a time.
    // `fetch(offset, done)` asks the PMS for the page at `offset` and reads it (its request,
    // codec and end-of-list rule are the adapter's); `seen` gets each page as it comes and
    // says whether to go on. The first failure ends the read.
    template<typename Row>
    static void readPages(PageFetch<Row> fetch, int offset, PageSeen<Row> seen)
    {
        PageFetch<Row> again = fetch;
        fetch(offset, [again = std::move(again), offset, seen = std::move(seen)](const ListPage<Row> &page,
                                                                                 const PmsError &e) mutable {
            const int next = offset + page.received;
            const bool more = e.ok() && page.more && page.received > 0;
            ListPage<Row> seenPage = page;
            seenPage.more = more;
            if (!seen(seenPage, next, e) || !more)
                return;
            readPages<Row>(std::move(again), next, std::move(seen));
        });
    }
    // The same, every row at once, with the PMS's clock at the first page: the cursor for the
    // next incremental read, so what changed while later pages were read is read again
    // rather than missed.
    template<typename Row>
    static void readEveryPage(PageFetch<Row> fetch, ListDone<Row> done)
    {
        auto rows = std::make_shared<QList<Row>>();
        auto serverTime = std::make_shared<QString>();
        readPages<Row>(std::move(fetch), 0,
                       [rows, serverTime, done = std::move(done)](const ListPage<Row> &page, int, const PmsError &e) {
                           if (!e.ok()) {
                               done({}, *serverTime, e);
                               return false;
                           }
                           *rows += page.rows;
                           if (serverTime->isEmpty())
                               *serverTime = page.serverTime;
                           if (!page.more)
                               done(*rows, *serverTime, {});
                           return true;
                       });
    }

private:
    Capabilities m_capabilities;
    int m_perMinute = 60;
};

} // namespace chairside::sync
