#include "nexhealthsimulator.h"
#include "syntheticpractice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// The synthetic practice's first day: 48 exams, four on each hour from 07:00 to 18:00 Chicago
// (UTC-6 in early March), then 48 more the next day.
const QDate kFirstDay(2031, 3, 3);
const QString kDayStart = u"2031-03-03T06:00:00Z"_s;
const QString kDayEnd = u"2031-03-04T06:00:00Z"_s;
constexpr int kPatients = 45;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;

    [[nodiscard]] QJsonValue data() const { return json.value(u"data"_s); }
    [[nodiscard]] QString error() const { return json.value(u"error"_s).toArray().at(0).toString(); }
};

} // namespace

// The NexHealth simulator over real loopback HTTP: the version header, the API key and bearer
// tokens, the subdomain and location every call is scoped to, cursor paging, and an
// appointment accepted at once and written into the practice's system later.
class TestNexHealthSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pmssim::NexHealthSimulator> m_sim;
    QNetworkAccessManager m_net;
    QByteArray m_token;

    Reply raw(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(QUrl(m_sim->baseUrl() + path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return out;
    }

    // A call as the client makes it: the version header and the bearer token.
    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return raw(verb, path, body, {{"Nex-Api-Version", "v20240412"}, {"Authorization", "Bearer " + m_token}});
    }

    Reply authenticate(const QByteArray &key)
    {
        return raw("POST", u"/authenticates"_s, {}, {{"Nex-Api-Version", "v20240412"}, {"Authorization", key}});
    }

    // `path` scoped to the practice's subdomain and location, with `more` query items.
    static QString scoped(const QString &path, const QString &more = {})
    {
        return path + u"?subdomain=sim-dental&location_id=101"_s + (more.isEmpty() ? QString() : u'&' + more);
    }

    static QString day(const QString &more = {})
    {
        return scoped(u"/appointments"_s, u"start=%1&end=%2&per_page=1000"_s.arg(kDayStart, kDayEnd)
                                                  + (more.isEmpty() ? QString() : u'&' + more));
    }

    static QByteArray appt(const QJsonObject &fields)
    {
        return QJsonDocument(QJsonObject{{u"appt"_s, fields}}).toJson(QJsonDocument::Compact);
    }

    // A new exam for patient 3 at 09:00 Chicago in chair 1, where exam 9 already is.
    QJsonObject postExam()
    {
        const Reply made = call("POST", scoped(u"/appointments"_s),
                                appt({{u"patient_id"_s, 3},
                                      {u"provider_id"_s, 1},
                                      {u"operatory_id"_s, 1},
                                      {u"start_time"_s, u"2031-03-03T15:00:00Z"_s},
                                      {u"appointment_type_id"_s, 1},
                                      {u"note"_s, u"Booked online"_s}}));
        if (made.status != 201)
            qWarning() << made.status << made.json;
        return made.data().toObject().value(u"appt"_s).toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<pmssim::NexHealthSimulator>();
        QString error;
        QVERIFY2(m_sim->loadPractice(pmssim::syntheticPractice(96, kFirstDay, kPatients), &error), qPrintable(error));
        QVERIFY(m_sim->listen() != 0);
        QCOMPARE(m_sim->baseUrl(), u"http://127.0.0.1:%1"_s.arg(m_sim->port()));
        const Reply auth = authenticate("nexkey");
        QCOMPARE(auth.status, 201);
        m_token = auth.data().toObject().value(u"token"_s).toString().toLatin1();
    }

    void needsTheVersionHeader()
    {
        const auto noVersion = [&](const QByteArray &verb, const QString &path, const QByteArray &auth) {
            const Reply r = raw(verb, path, {}, {{"Authorization", auth}});
            QCOMPARE(r.status, 404);
            QCOMPARE(r.json.value(u"code"_s).toBool(true), false);
            QCOMPARE(r.error(), u"Nex-Api-Version header is missing or not supported"_s);
        };
        noVersion("GET", scoped(u"/operatories"_s), "Bearer " + m_token);
        noVersion("POST", u"/authenticates"_s, "nexkey");
        const Reply old = raw("GET", scoped(u"/operatories"_s), {},
                              {{"Nex-Api-Version", "v2"}, {"Authorization", "Bearer " + m_token}});
        QCOMPARE(old.status, 404);
        const Reply other = raw("GET", scoped(u"/operatories"_s), {},
                                {{"Nex-Api-Version", "v3.0.0"}, {"Authorization", "Bearer " + m_token}});
        QCOMPARE(other.status, 200);
    }

    void authenticatesWithTheKey()
    {
        const Reply ok = authenticate("nexkey");
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json.value(u"code"_s).toBool(), true);
        QCOMPARE(ok.json.value(u"description"_s).toString(), u"Authenticated"_s);
        QCOMPARE(ok.json.value(u"error"_s).toArray().size(), 0);
        QVERIFY(!ok.data().toObject().value(u"token"_s).toString().isEmpty());
        QCOMPARE(m_sim->tokensIssued(), 2);

        const Reply wrong = authenticate("other");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.error(), u"Invalid Credentials"_s);
        QVERIFY(wrong.data().isNull());
        QCOMPARE(authenticate("Bearer nexkey").status, 401); // the key goes without a scheme
        QCOMPARE(m_sim->tokensIssued(), 2);
    }

    void needsABearerToken()
    {
        const QString path = scoped(u"/operatories"_s);
        QCOMPARE(call("GET", path).status, 200);
        const Reply none = raw("GET", path, {}, {{"Nex-Api-Version", "v20240412"}});
        QCOMPARE(none.status, 401);
        QCOMPARE(none.error(), u"Invalid Credentials"_s);
        QCOMPARE(raw("GET", path, {}, {{"Nex-Api-Version", "v20240412"}, {"Authorization", "nexkey"}}).status, 401);
        QCOMPARE(raw("GET", path, {}, {{"Nex-Api-Version", "v20240412"}, {"Authorization", "Bearer made-up"}}).status,
                 401);
        m_sim->revokeTokens();
        QCOMPARE(call("GET", path).status, 401);
        // A token past its lifetime is refused too.
        m_sim->setTokenLifetime(0);
        m_token = authenticate("nexkey").data().toObject().value(u"token"_s).toString().toLatin1();
        QCOMPARE(call("GET", path).status, 401);
    }

    void scopesToTheSubdomainAndLocation()
    {
        const Reply noSubdomain = call("GET", u"/operatories?location_id=101"_s);
        QCOMPARE(noSubdomain.status, 400);
        QCOMPARE(noSubdomain.error(), u"subdomain is missing"_s);
        const Reply otherSubdomain = call("GET", u"/operatories?subdomain=elsewhere&location_id=101"_s);
        QCOMPARE(otherSubdomain.status, 403);
        QCOMPARE(otherSubdomain.error(), u"You don't have access to perform this action."_s);
        const Reply noLocation = call("GET", u"/patients?subdomain=sim-dental"_s);
        QCOMPARE(noLocation.status, 400);
        QCOMPARE(noLocation.error(), u"location_id is missing"_s);
        const Reply otherLocation = call("GET", u"/patients?subdomain=sim-dental&location_id=7"_s);
        QCOMPARE(otherLocation.status, 404);
        QCOMPARE(otherLocation.error(), u"Location not found"_s);
        // Providers take the location but do not need it.
        QCOMPARE(call("GET", u"/providers?subdomain=sim-dental"_s).status, 200);

        const Reply location = call("GET", u"/locations/101?subdomain=sim-dental"_s);
        QCOMPARE(location.status, 200);
        const QJsonObject l = location.data().toObject();
        QCOMPARE(l.value(u"name"_s).toString(), u"Flavour Dental"_s);
        QCOMPARE(l.value(u"tz"_s).toString(), u"America/Chicago"_s);
        QCOMPARE(l.value(u"map_by_operatory"_s).toBool(), true);
        QCOMPARE(call("GET", u"/locations/5?subdomain=sim-dental"_s).status, 404);

        const Reply unknown = call("GET", u"/nowhere?subdomain=sim-dental"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(u"code"_s).toBool(true), false);
    }

    void readsReferenceData()
    {
        const QJsonArray providers = call("GET", scoped(u"/providers"_s)).data().toArray();
        QCOMPARE(providers.size(), 4);
        QCOMPARE(providers.at(0).toObject().value(u"first_name"_s).toString(), u"Ana"_s);
        QCOMPARE(providers.at(0).toObject().value(u"last_name"_s).toString(), u"Alvarez"_s);
        QCOMPARE(providers.at(0).toObject().value(u"foreign_id_type"_s).toString(), u"msg-dentrix-DataSource-100"_s);

        const Reply types = call("GET", scoped(u"/appointment_types"_s));
        QCOMPARE(types.json.value(u"count"_s).toInt(), 1);
        QCOMPARE(types.data().toArray().at(0).toObject().value(u"minutes"_s).toInt(), 30);

        const QJsonArray hours = call("GET", scoped(u"/working_hours"_s, u"per_page=100"_s)).data().toArray();
        QCOMPARE(hours.size(), 4);
        const QJsonObject h = hours.at(1).toObject();
        QCOMPARE(h.value(u"provider_id"_s).toInt(), 2);
        QCOMPARE(h.value(u"begin_time"_s).toString(), u"07:00"_s);
        QCOMPARE(h.value(u"end_time"_s).toString(), u"20:00"_s);
        QCOMPARE(h.value(u"days"_s).toArray().size(), 7);
        QCOMPARE(h.value(u"days"_s).toArray().at(0).toString(), u"Monday"_s);
        QCOMPARE(h.value(u"source"_s).toString(), u"synced"_s);
    }

    void pagesPatientsWithTheCursor()
    {
        m_sim->setPageSize(100);
        QSet<qint64> seen;
        QString cursor;
        int pages = 0;
        while (true) {
            const Reply r = call("GET", scoped(u"/patients"_s, u"per_page=7"_s
                                                   + (cursor.isEmpty() ? QString() : u"&end_cursor="_s + cursor)));
            QCOMPARE(r.status, 200);
            ++pages;
            const QJsonArray rows = r.data().toArray();
            QVERIFY(rows.size() <= 7);
            for (const QJsonValue &row : rows) {
                const qint64 id = row.toObject().value(u"id"_s).toInteger();
                QVERIFY2(!seen.contains(id), "a patient came twice");
                seen.insert(id);
            }
            const QJsonObject info = r.json.value(u"page_info"_s).toObject();
            QCOMPARE(info.value(u"has_previous_page"_s).toBool(), pages > 1);
            if (!info.value(u"has_next_page"_s).toBool())
                break;
            cursor = info.value(u"end_cursor"_s).toString();
            QVERIFY(pages < 20);
        }
        QCOMPARE(seen.size(), kPatients);
        QCOMPARE(pages, (kPatients + 6) / 7);

        const QJsonObject first = call("GET", scoped(u"/patients"_s)).data().toArray().at(0).toObject();
        QCOMPARE(first.value(u"first_name"_s).toString(), u"Pat1"_s);
        QCOMPARE(first.value(u"last_name"_s).toString(), u"Person1"_s);
        QCOMPARE(first.value(u"bio"_s).toObject().value(u"cell_phone_number"_s).toString(), u"+1 312 555 1001"_s);
        QCOMPARE(first.value(u"preferred_language"_s).toString(), u"en"_s);
        // Five a page unless asked, never more than the server's page size, at most 1000 asked.
        QCOMPARE(call("GET", scoped(u"/patients"_s)).data().toArray().size(), 5);
        m_sim->setPageSize(3);
        QCOMPARE(call("GET", scoped(u"/patients"_s, u"per_page=7"_s)).data().toArray().size(), 3);
        const Reply tooMany = call("GET", scoped(u"/patients"_s, u"per_page=1001"_s));
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.error(), u"per_page must be at most 1000"_s);
        QCOMPARE(call("GET", scoped(u"/patients"_s, u"end_cursor=%%%"_s)).status, 400);
    }

    void appointmentsNeedAWindow()
    {
        const Reply noStart = call("GET", scoped(u"/appointments"_s, u"end="_s + kDayEnd));
        QCOMPARE(noStart.status, 400);
        QCOMPARE(noStart.error(), u"start is missing"_s);
        const Reply noEnd = call("GET", scoped(u"/appointments"_s, u"start="_s + kDayStart));
        QCOMPARE(noEnd.status, 400);
        QCOMPARE(noEnd.error(), u"end is missing"_s);
        QCOMPARE(call("GET", scoped(u"/appointments"_s, u"start=soon&end="_s + kDayEnd)).status, 400);
        QCOMPARE(call("GET", u"/appointments?subdomain=sim-dental&start=%1&end=%2"_s.arg(kDayStart, kDayEnd)).status,
                 400);

        const QJsonArray rows = call("GET", day()).data().toArray();
        QCOMPARE(rows.size(), 48);
        const QJsonObject a = rows.at(0).toObject();
        QCOMPARE(a.value(u"id"_s).toInteger(), 1);
        QCOMPARE(a.value(u"start_time"_s).toString(), u"2031-03-03T13:00:00.000Z"_s); // 07:00 in Chicago
        QCOMPARE(a.value(u"end_time"_s).toString(), u"2031-03-03T13:30:00.000Z"_s);
        QCOMPARE(a.value(u"foreign_id"_s).toString(), u"ehr-1"_s);
        QCOMPARE(a.value(u"foreign_id_type"_s).toString(), u"msg-dentrix-DataSource-100"_s);
        QCOMPARE(a.value(u"timezone"_s).toString(), u"America/Chicago"_s);
        QCOMPARE(a.value(u"timezone_offset"_s).toString(), u"-6:00"_s);
        QCOMPARE(a.value(u"location_id"_s).toInteger(), 101);
        QCOMPARE(a.value(u"cancelled"_s).toBool(true), false);
        QCOMPARE(a.value(u"unavailable"_s).toBool(true), false);
        QCOMPARE(a.value(u"provider_name"_s).toString(), u"Ana Alvarez"_s);
        // The window is on the start: a compact offset and a half-open end.
        QCOMPARE(call("GET", scoped(u"/appointments"_s,
                                    u"start=2031-03-03T07:00:00-0600&end=2031-03-03T08:00:00-0600&per_page=100"_s))
                         .data()
                         .toArray()
                         .size(),
                 4);
    }

    void updatedSinceReturnsOnlyChanges()
    {
        QDateTime since = QDateTime::currentDateTimeUtc();
        since.setTime(QTime(since.time().hour(), since.time().minute(), since.time().second()));
        const QString sinceText = since.toString(Qt::ISODate);
        QCOMPARE(call("GET", day(u"updated_since="_s + sinceText)).data().toArray().size(), 0);

        m_sim->changeOnServer(5, QDateTime(kFirstDay, QTime(19, 0), QTimeZone("America/Chicago")));
        m_sim->changePatientOnServer(u"p2"_s, u"+1 312 555 0000"_s);
        m_sim->renameProviderOnServer(u"dr-b"_s, u"Dr. Ben Brooks-Hale, DDS"_s);

        const QJsonArray changed = call("GET", day(u"updated_since="_s + sinceText)).data().toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).toObject().value(u"id"_s).toInteger(), 5);
        QCOMPARE(changed.at(0).toObject().value(u"start_time"_s).toString(), u"2031-03-04T01:00:00.000Z"_s);

        const QJsonArray patients =
                call("GET", scoped(u"/patients"_s, u"updated_since="_s + since.toString(u"yyyy-MM-ddTHH:mm:ss+0000"_s)))
                        .data()
                        .toArray();
        QCOMPARE(patients.size(), 1);
        QCOMPARE(patients.at(0).toObject().value(u"id"_s).toInteger(), 2);

        const QJsonArray providers =
                call("GET", scoped(u"/providers"_s, u"updated_since="_s + sinceText)).data().toArray();
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers.at(0).toObject().value(u"id"_s).toInteger(), 2);
        QCOMPARE(providers.at(0).toObject().value(u"last_name"_s).toString(), u"Brooks-Hale"_s);
        QCOMPARE(call("GET", scoped(u"/providers"_s)).data().toArray().size(), 4);
    }

    void postIsPendingUntilWritten()
    {
        const Reply missing = call("POST", scoped(u"/appointments"_s),
                                   appt({{u"provider_id"_s, 1}, {u"operatory_id"_s, 1},
                                         {u"start_time"_s, u"2031-03-03T15:00:00Z"_s}}));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.error(), u"patient_id is missing"_s);
        QCOMPARE(m_sim->posts(), 1);

        // Chair 1 at 09:00 holds exam 9 already: NexHealth takes it anyway.
        const QJsonObject made = postExam();
        QVERIFY(!made.isEmpty());
        QCOMPARE(m_sim->posts(), 2);
        const qint64 id = made.value(u"id"_s).toInteger();
        QVERIFY(made.value(u"foreign_id"_s).isNull());
        QVERIFY(made.value(u"last_sync_time"_s).isNull());
        QCOMPARE(made.value(u"end_time"_s).toString(), u"2031-03-03T15:30:00.000Z"_s); // the exam's 30 minutes
        QCOMPARE(made.value(u"patient_id"_s).toInteger(), 3);
        QCOMPARE(m_sim->pendingWrites(), 1);

        const QString one = u"/appointments/%1?subdomain=sim-dental"_s.arg(id);
        const Reply pending = call("GET", one);
        QCOMPARE(pending.status, 200);
        QVERIFY(pending.data().toObject().value(u"foreign_id"_s).isNull());

        QCOMPARE(m_sim->writePendingToEhr(), 1);
        QCOMPARE(m_sim->pendingWrites(), 0);
        const QJsonObject written = call("GET", one).data().toObject();
        QCOMPARE(written.value(u"foreign_id"_s).toString(), u"ehr-%1"_s.arg(id));
        QVERIFY(!written.value(u"last_sync_time"_s).toString().isEmpty());
        QCOMPARE(written.value(u"cancelled"_s).toBool(true), false);
        QCOMPARE(call("GET", day()).data().toArray().size(), 49);
    }

    void aFailedWriteReadsCancelled()
    {
        const qint64 id = postExam().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(m_sim->failPendingWrites(), 1);
        QCOMPARE(m_sim->pendingWrites(), 0);
        const QJsonObject failed = call("GET", u"/appointments/%1?subdomain=sim-dental"_s.arg(id)).data().toObject();
        QCOMPARE(failed.value(u"cancelled"_s).toBool(), true);
        QVERIFY(failed.value(u"foreign_id"_s).isNull());
        QCOMPARE(m_sim->writePendingToEhr(), 0);
    }

    void patchesOnlyForward()
    {
        const QString one = u"/appointments/3?subdomain=sim-dental"_s;
        const Reply confirmed = call("PATCH", one, appt({{u"confirmed"_s, true}}));
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.data().toObject().value(u"appt"_s).toObject().value(u"confirmed"_s).toBool(), true);
        const Reply unset = call("PATCH", one, appt({{u"confirmed"_s, false}}));
        QCOMPARE(unset.status, 400);
        QCOMPARE(unset.error(), u"confirmed cannot be unset"_s);

        const Reply moved = call("PATCH", one,
                                 appt({{u"start_time"_s, u"2031-03-03T20:00:00Z"_s},
                                       {u"operatory_id"_s, 2},
                                       {u"checkin_at"_s, u"2031-03-03T19:55:00Z"_s}}));
        QCOMPARE(moved.status, 200);
        const QJsonObject m = moved.data().toObject().value(u"appt"_s).toObject();
        QCOMPARE(m.value(u"start_time"_s).toString(), u"2031-03-03T20:00:00.000Z"_s);
        QCOMPARE(m.value(u"end_time"_s).toString(), u"2031-03-03T20:30:00.000Z"_s);
        QCOMPARE(m.value(u"operatory_id"_s).toInteger(), 2);
        QCOMPARE(m.value(u"checkin_at"_s).toString(), u"2031-03-03T19:55:00.000Z"_s);

        // Cancelled at the desk: the next read says so.
        QVERIFY(m_sim->cancelOnServer(4));
        QVERIFY(!m_sim->cancelOnServer(4));
        const Reply gone = call("GET", u"/appointments/4?subdomain=sim-dental"_s);
        QCOMPARE(gone.data().toObject().value(u"cancelled"_s).toBool(), true);

        const Reply cancelled = call("PATCH", one, appt({{u"cancelled"_s, true}}));
        QCOMPARE(cancelled.data().toObject().value(u"appt"_s).toObject().value(u"cancelled"_s).toBool(), true);
        QCOMPARE(call("PATCH", u"/appointments/9999?subdomain=sim-dental"_s, appt({{u"confirmed"_s, true}})).status,
                 404);
    }

    void readsBlocksAsUnavailable()
    {
        const QDateTime noon(kFirstDay, QTime(12, 0), QTimeZone("America/Chicago"));
        const qint64 id = m_sim->addBlockOnServer(2, 0, noon, 60, u"Lunch"_s);
        QVERIFY(id > 96);
        const QJsonArray rows = call("GET", day()).data().toArray();
        QCOMPARE(rows.size(), 49);
        const QJsonObject block = rows.last().toObject();
        QCOMPARE(block.value(u"id"_s).toInteger(), id);
        QCOMPARE(block.value(u"unavailable"_s).toBool(), true);
        QVERIFY(block.value(u"patient_id"_s).isNull());
        QCOMPARE(block.value(u"note"_s).toString(), u"Lunch"_s);
        QCOMPARE(m_sim->appointments().size(), 96);

        // Paged ten at a time, the day's visits and the block come once each, in id order.
        QList<qint64> ids;
        QString cursor;
        for (int pages = 1; pages <= 10; ++pages) {
            const Reply r = call("GET", scoped(u"/appointments"_s,
                                               u"start=%1&end=%2&per_page=10"_s.arg(kDayStart, kDayEnd)
                                                       + (cursor.isEmpty() ? QString() : u"&end_cursor="_s + cursor)));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &row : r.data().toArray())
                ids.append(row.toObject().value(u"id"_s).toInteger());
            const QJsonObject info = r.json.value(u"page_info"_s).toObject();
            QCOMPARE(info.value(u"has_previous_page"_s).toBool(), pages > 1);
            if (!info.value(u"has_next_page"_s).toBool())
                break;
            cursor = info.value(u"end_cursor"_s).toString();
        }
        QCOMPARE(ids.size(), 49);
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 49);
        QCOMPARE(ids.last(), id);
    }

    void throttlesWithRetryAfter()
    {
        m_sim->setRateLimit(3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call("GET", scoped(u"/operatories"_s)).status, 200);
        const Reply busy = call("GET", scoped(u"/operatories"_s));
        QCOMPARE(busy.status, 429);
        QVERIFY(busy.retryAfter.toInt() >= 1 && busy.retryAfter.toInt() <= 60);
        QCOMPARE(busy.json.value(u"code"_s).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestNexHealthSimulator)
#include "tst_nexhealthsimulator.moc"
