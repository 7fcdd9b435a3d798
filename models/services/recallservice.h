#pragma once

#include "domain/appointment.h"
#include "domain/fill.h"
#include "domain/recall.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

class QSqlError;

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// What the recall list is asked for; dates are office dates.
struct RecallListRequest
{
    QDate from;           // invalid = every overdue patient
    QDate to;             // invalid = today + the practice's "due soon" window
    QString providerId;   // the usual hygienist or provider; empty = any
    QString recallTypeId; // empty = any
    bool includeBooked = false;
    // A page: what staff work through in one sitting (each patient shown is audited); the
    // result says when more are due.
    int limit = kDefaultLimit;
    static constexpr int kDefaultLimit = 100;
};

struct RecallListRow
{
    RecallDue due;
    RecallStanding standing = RecallStanding::NotDue;
    int daysOverdue = 0; // > 0 when overdue
};

struct RecallListResult
{
    QList<RecallListRow> rows;
    bool more = false; // more patients match than `limit`
    QDate today;
    QDate to;
    int soonDays = 0;
    QTimeZone zone; // the practice's: contacts and visits are shown on its dates
};

// Continuing care: the one place that moves a patient's due date (a satisfying visit
// completed, or that completion taken back; booking and cancelling never move it), the recall
// list with its filters, recall contacts and the practice's recall settings. Reads check
// Access::ReadWaitlist and audit each patient shown (ids only); contacts check Access::FillBook.
class RecallService
{
public:
    RecallService(store::Cache &cache, const Clock &clock);

    // Runs inside the caller's write (BookingService, the PMS mirror): when `after` became
    // completed, the patient's recalls it satisfies are due again on its office date plus
    // their interval, last done on that date, with its provider and chair as the usual ones
    // (a patient with none of them gets one, the child prophy for a child under 14); when a
    // completion is taken back, the recalls it moved get their dates back. Each moved recall
    // is audited (ids only). Anything else (booked, moved, cancelled) changes nothing.
    [[nodiscard]] static bool visitChanged(store::Cache &cache, const std::optional<Appointment> &before,
                                           const Appointment &after, const UserSession &session,
                                           const QDateTime &nowUtc, QSqlError *error);

    // Patients due between the request's dates, earliest due first; empty with `error` set
    // when refused or the cache failed.
    [[nodiscard]] std::optional<RecallListResult> list(const RecallListRequest &request, const UserSession &session,
                                                       QString *error);
    [[nodiscard]] QList<RecallType> types(QString *error);
    // The practice's providers, hygienists first, for the list's provider filter.
    [[nodiscard]] QList<Provider> providers(QString *error);
    // A provider or recall type named by id or by name (any case); empty with a message
    // naming what exists when none is.
    [[nodiscard]] std::optional<QString> providerNamed(const QString &text, QString *error);
    [[nodiscard]] std::optional<QString> recallTypeNamed(const QString &text, QString *error);
    // One patient's recalls (audited as read).
    [[nodiscard]] QList<Recall> recallsOf(const QString &patientId, const UserSession &session, QString *error);
    // The appointment type to book for a recall: the first that satisfies it.
    [[nodiscard]] QString typeToBook(const QString &recallTypeId, QString *error);

    // Freed hygiene time after the waitlist: the patients overdue on `day`, not booked, who may
    // be contacted, most overdue first, at most `limit`; none when the practice turned it off
    // (RecallSettings::offerFreedTime). Not audited here: the offers made are.
    [[nodiscard]] std::optional<QList<RecallDue>> overdueForFreedTime(const QDate &day, int limit, QString *error);
    // The entry id a freed-time offer to a recall patient carries: "recall:<recall id>".
    [[nodiscard]] static QString offerEntryId(const QString &recallId);

    // A recall call or message noted in the contact log (purpose "recall"), audited.
    [[nodiscard]] std::optional<ContactRecord> recordContact(const QString &patientId, ContactChannel channel,
                                                             ContactOutcome outcome, const QString &note,
                                                             const UserSession &session, QString *error);

    [[nodiscard]] RecallSettings settings(QString *error = nullptr);
    [[nodiscard]] bool setSettings(const RecallSettings &settings, const UserSession &session, QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
