#include "pmssimulator.h"

#include "services/practicefile.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace chairside::pmssim {

PmsSimulator::PmsSimulator(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()), m_zone("America/Chicago")
{
}

PmsSimulator::~PmsSimulator() = default;

quint16 PmsSimulator::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

quint16 PmsSimulator::listenTls(const QString &certificateFile, const QString &keyFile, quint16 port)
{
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return 0;
    m_server->sslSetup(QSslCertificate(cert.readAll(), QSsl::Pem), QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    m_tls = true;
    return listen(port);
}

QString PmsSimulator::origin() const
{
    return (m_tls ? u"https://127.0.0.1:%1"_s : u"http://127.0.0.1:%1"_s).arg(m_port);
}

QDateTime PmsSimulator::officeNow() const
{
    // The office's wall clock, to the second, as a PMS that keeps local times without an
    // offset (Open Dental's DateTStamp) reads it back: in the hour that happens twice when
    // summer time ends, the wall clock is what such a system compares.
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(m_zone);
    return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), m_zone);
}

QDateTime PmsSimulator::nextStamp()
{
    // Strictly increasing, so "changed after the cursor" never misses a change made in the
    // same second as the previous reply.
    QDateTime stamp = officeNow();
    if (m_lastStamp.isValid() && stamp <= m_lastStamp)
        stamp = m_lastStamp.addSecs(1);
    m_lastStamp = stamp;
    return stamp;
}

QHttpServerResponder::StatusCode PmsSimulator::statusFor(Failure kind)
{
    using S = QHttpServerResponder::StatusCode;
    switch (kind) {
    case Failure::Auth:
        return S::Unauthorized;
    case Failure::NotFound:
        return S::NotFound;
    case Failure::Refused:
    case Failure::BadRequest:
        return S::BadRequest;
    case Failure::Conflict:
        return S::Conflict;
    case Failure::Throttled:
        return S::TooManyRequests;
    case Failure::Unavailable:
        return S::ServiceUnavailable;
    case Failure::ServerError:
        return S::InternalServerError;
    }
    return S::InternalServerError;
}

bool PmsSimulator::loadPractice(const QByteArray &practiceJson, QString *error)
{
    const PracticeFileReader::Result read = PracticeFileReader::read(practiceJson, {});
    if (!read.ok()) {
        QStringList problems;
        for (const PracticeFileIssue &issue : read.issues)
            problems.append(issue.toString());
        *error = problems.join(u"; "_s);
        return false;
    }
    const PracticeData &data = read.data;
    m_chairs = data.chairs;
    m_providers = data.providers;
    m_patients = data.patients;
    m_types = data.appointmentTypes;
    m_waitlist = data.waitlist;
    m_recallTypes = data.recallTypes;
    m_recalls = data.recalls;
    m_zone = data.practice->timeZone();
    for (qsizetype i = 0; i < data.chairs.size(); ++i)
        m_opByChair.insert(data.chairs.at(i).id, i + 1);
    for (qsizetype i = 0; i < data.providers.size(); ++i)
        m_provByProvider.insert(data.providers.at(i).id, i + 1);
    for (qsizetype i = 0; i < data.patients.size(); ++i)
        m_patByPatient.insert(data.patients.at(i).id, i + 1);
    for (qsizetype i = 0; i < data.appointmentTypes.size(); ++i) {
        m_typeByType.insert(data.appointmentTypes.at(i).id, i + 1);
        m_typePattern.insert(i + 1, data.appointmentTypes.at(i).pattern);
    }
    QHash<QString, bool> hygienist;
    for (const Provider &p : data.providers)
        hygienist.insert(p.id, p.role == ProviderRole::Hygienist);
    m_appointments.clear();
    // The loaded book was last changed before the server started.
    m_loadedStamp = officeNow().addSecs(-1);
    m_lastStamp = m_loadedStamp;
    for (const chairside::Appointment &a : data.appointments) {
        Appointment s;
        s.aptNum = m_nextAptNum++;
        s.patNum = m_patByPatient.value(a.patientId);
        s.op = m_opByChair.value(a.chairId);
        s.hygiene = hygienist.value(a.providerId);
        (s.hygiene ? s.provHyg : s.provNum) = m_provByProvider.value(a.providerId);
        s.typeNum = m_typeByType.value(a.typeId);
        s.start = a.startUtc.toTimeZone(m_zone);
        s.pattern = QString((a.minutes + 4) / 5, u'X');
        s.note = a.notes;
        switch (a.status) {
        case AppointmentStatus::Completed:
            s.status = u"Complete"_s;
            break;
        case AppointmentStatus::Cancelled:
            s.status = u"Broken"_s;
            break;
        case AppointmentStatus::NoShow:
            s.status = u"Broken"_s;
            s.missed = true;
            break;
        case AppointmentStatus::Confirmed:
            s.confirmed = u"Confirmed"_s;
            break;
        default:
            break;
        }
        s.stamp = m_loadedStamp;
        m_appointments.insert(s.aptNum, s);
    }
    return true;
}

bool PmsSimulator::writes(const QHttpServerRequest &request) const
{
    return request.method() != QHttpServerRequest::Method::Get;
}

QString PmsSimulator::what(const QHttpServerRequest &request) const
{
    return request.url().path() + (request.query().isEmpty() ? QString() : u'?' + request.query().toString());
}

QHttpServerResponse PmsSimulator::handle(const QHttpServerRequest &request, const QString &route)
{
    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        ++m_requests;
        if (!authorized(request))
            return failure(Failure::Auth, u"Invalid credentials."_s);
        if (m_perMinute > 0) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            while (!m_recent.isEmpty() && m_recent.constFirst() <= now - m_windowMs)
                m_recent.removeFirst();
            if (m_recent.size() >= m_perMinute) {
                QHttpServerResponse busy = failure(Failure::Throttled, u"Too many requests."_s);
                m_lastRetryAfter = std::max<qint64>(1, (m_recent.constFirst() + m_windowMs - now + 999) / 1000);
                busy.setHeader("Retry-After", QByteArray::number(m_lastRetryAfter));
                return busy;
            }
            m_recent.append(now);
        }
        if (m_faults.unavailable > 0) {
            --m_faults.unavailable;
            return failure(Failure::Unavailable, u"Service unavailable."_s);
        }
        if (m_faults.errorRate > 0 && QRandomGenerator::global()->generateDouble() < m_faults.errorRate)
            return failure(Failure::ServerError, u"Internal server error."_s);
        QHttpServerResponse answer = respond(request, route);
        if (m_faults.lostReplies > 0 && writes(request)) {
            --m_faults.lostReplies;
            return failure(Failure::Unavailable, u"Service unavailable."_s);
        }
        if (m_faults.malformed) {
            QByteArray cut = answer.data();
            cut.truncate(std::max<qsizetype>(1, cut.size() / 2));
            return QHttpServerResponse(answer.mimeType(), cut, answer.statusCode());
        }
        return answer;
    }();
    Served served;
    served.what = what(request);
    served.atMs = QDateTime::currentMSecsSinceEpoch();
    served.status = int(response.statusCode());
    if (served.status == 429)
        served.retryAfterMs = 1000 * m_lastRetryAfter;
    m_served.append(served);
    return response;
}

QString PmsSimulator::overlapWith(const Appointment &a) const
{
    const QDateTime end = a.start.addSecs(qint64(a.pattern.size()) * 300);
    for (const Appointment &other : m_appointments) {
        if (other.aptNum == a.aptNum || other.op != a.op || !other.live())
            continue;
        const QDateTime otherEnd = other.start.addSecs(qint64(other.pattern.size()) * 300);
        if (other.start < end && a.start < otherEnd)
            return u"Operatory %1 is already booked by appointment %2 at %3."_s.arg(a.op).arg(other.aptNum).arg(
                    other.start.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    return {};
}

QList<PmsSimulator::Opening> PmsSimulator::openings(const QDate &from, const QDate &to, qint64 typeNum, qint64 provNum,
                                                   int limit) const
{
    QList<Opening> out;
    const int minutes = typeNum > 0 && typeNum <= m_types.size() ? m_types.at(typeNum - 1).minutes : 30;
    for (QDate d = from; d <= to && out.size() < limit; d = d.addDays(1)) {
        for (qsizetype i = 0; i < m_providers.size() && out.size() < limit; ++i) {
            if (provNum > 0 && provNum != i + 1)
                continue;
            for (const WorkingHours &h : m_providers.at(i).hours) {
                if (!h.days.contains(d.dayOfWeek()))
                    continue;
                QList<qint64> ops;
                for (const QString &chair : h.span.chairIds)
                    ops.append(m_opByChair.value(chair));
                if (ops.isEmpty()) {
                    for (qsizetype c = 0; c < m_chairs.size(); ++c)
                        ops.append(c + 1);
                }
                for (int t = h.span.startMinute; t + minutes <= h.span.endMinute && out.size() < limit; t += 30) {
                    const QDateTime start(d, QTime(0, 0).addSecs(qint64(t) * 60), m_zone);
                    const QDateTime end = start.addSecs(qint64(minutes) * 60);
                    bool providerBusy = false;
                    QSet<qint64> busyOps;
                    for (const Appointment &a : m_appointments) {
                        if (!a.live() || a.start >= end || a.start.addSecs(qint64(a.minutes()) * 60) <= start)
                            continue;
                        busyOps.insert(a.op);
                        providerBusy = providerBusy || a.provNum == i + 1 || a.provHyg == i + 1;
                    }
                    if (providerBusy)
                        continue;
                    for (const qint64 op : ops) {
                        if (!busyOps.contains(op)) {
                            out.append({start, minutes, i + 1, op});
                            break;
                        }
                    }
                }
            }
        }
    }
    return out;
}

void PmsSimulator::changeOnServer(qint64 aptNum, const QDateTime &newStart)
{
    if (!m_appointments.contains(aptNum))
        return;
    Appointment &a = m_appointments[aptNum];
    a.start = newStart.toTimeZone(m_zone);
    a.stamp = nextStamp();
}

void PmsSimulator::changePatientOnServer(const QString &patientId, const QString &phone)
{
    for (Patient &p : m_patients) {
        if (p.id == patientId) {
            p.phone = phone;
            m_patientStamps.insert(p.id, nextStamp());
        }
    }
}

qint64 PmsSimulator::addPatientOnServer(const Patient &p)
{
    m_patients.append(p);
    const qint64 patNum = m_patients.size();
    m_patByPatient.insert(p.id, patNum);
    m_patientStamps.insert(p.id, nextStamp());
    return patNum;
}

void PmsSimulator::renameProviderOnServer(const QString &providerId, const QString &name)
{
    for (Provider &p : m_providers) {
        if (p.id == providerId)
            p.name = name;
    }
}

qint64 PmsSimulator::bookOnServer(Appointment a)
{
    a.start = a.start.toTimeZone(m_zone);
    if (!overlapWith(a).isEmpty())
        return 0;
    a.aptNum = m_nextAptNum++;
    a.stamp = nextStamp();
    m_appointments.insert(a.aptNum, a);
    return a.aptNum;
}

} // namespace chairside::pmssim
