#include "outboxpush.h"

#include "adapterfactory.h"
#include "domain/appointment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPush, "chairside.sync.push")

namespace chairside::sync {

OutboxPush::OutboxPush(PmsAdapter &adapter, PmsMirror &mirror, RetryPolicy retry, QObject *parent)
    : QObject(parent), m_adapter(adapter), m_mirror(mirror), m_retry(retry)
{
}

void OutboxPush::run(std::function<void(const PushReport &)> done)
{
    m_done = std::move(done);
    m_report = {};
    m_blocked.clear();
    m_index = 0;
    m_entries = m_mirror.dueOutbox(1000, &m_report.storeError);
    next();
}

void OutboxPush::next()
{
    if (!m_report.storeError.isEmpty() || m_index >= m_entries.size()) {
        m_report.waiting = m_mirror.waitingInOutbox(&m_report.storeError);
        qCInfo(lcPush) << m_adapter.system() << "push: acknowledged" << m_report.acknowledged << "deferred"
                       << m_report.deferred << "refused" << m_report.refused << "blocked" << m_report.blocked
                       << "waiting" << m_report.waiting;
        if (m_done)
            m_done(m_report);
        return;
    }
    const PendingOutboxEntry entry = m_entries.at(m_index++);
    if (m_blocked.contains(entry.entry.entityId)) {
        ++m_report.blocked;
        next();
        return;
    }
    handle(entry);
}

void OutboxPush::hold(const PendingOutboxEntry &entry, qint64 waitSeconds, const QString &why)
{
    m_blocked.insert(entry.entry.entityId);
    // A store failure is in the report; the run ends at the next entry.
    (void)m_mirror.defer(entry, waitSeconds, why, &m_report.storeError);
}

void OutboxPush::sent(const PendingOutboxEntry &entry, const PmsError &e, const QString &pmsId)
{
    if (e.ok()) {
        if (m_mirror.acknowledge(m_adapter.system(), entry, pmsId, &m_report.storeError))
            ++m_report.acknowledged;
    } else if (e.transient()) {
        ++m_report.deferred;
        hold(entry, m_retry.entryBackoffMs(entry.attempts + 1) / 1000, e.message);
    } else if (e.kind == PmsError::Kind::Unsupported) {
        // The PMS has no call for this change (a no-show through NexHealth): kept here for
        // good, with the reason, not holding back the appointment's other changes.
        ++m_report.unsupported;
        (void)m_mirror.keepHere(entry, e.message, &m_report.storeError);
    } else if (entry.entry.entity != u"appointment") {
        // A note the PMS would not take (its patient gone there, keys refused): kept with the
        // reason and tried again tomorrow; no appointment is in conflict over it.
        ++(e.kind == PmsError::Kind::Refused || e.kind == PmsError::Kind::NotFound ? m_report.refused
                                                                                  : m_report.deferred);
        hold(entry, 86400, e.message);
    } else if (e.kind == PmsError::Kind::Refused || e.kind == PmsError::Kind::NotFound) {
        ++m_report.refused;
        m_blocked.insert(entry.entry.entityId);
        // The conflict keeps both versions: what this desk holds, and the PMS's own when it
        // has the appointment (read now, so a person sees what they choose between).
        const QString pms = m_adapter.system();
        QString why;
        const std::optional<PmsAppointment> out = m_mirror.outgoing(pms, entry.entry.entityId, &why);
        if (out && !out->pmsId.isEmpty() && e.kind == PmsError::Kind::Refused) {
            QPointer<OutboxPush> self(this);
            m_adapter.findAppointment(out->pmsId, [this, self, entry, message = e.message](const PmsAppointment &theirs,
                                                                                         const PmsError &read) {
                if (!self)
                    return;
                (void)m_mirror.refuse(m_adapter.system(), entry, message,
                                      read.ok() ? std::optional<PmsAppointment>(theirs) : std::nullopt,
                                      &m_report.storeError);
                QTimer::singleShot(0, this, &OutboxPush::next);
            });
            return;
        }
        (void)m_mirror.refuse(pms, entry, e.message, std::nullopt, &m_report.storeError);
    } else {
        // Keys refused, a reply it could not read, an address it may not use: a person must act.
        ++m_report.deferred;
        hold(entry, 3600, e.message);
    }
    QTimer::singleShot(0, this, &OutboxPush::next);
}

void OutboxPush::awaitWrite(const PendingOutboxEntry &entry, const PmsAppointment &theirs)
{
    const QString pms = pmsDisplayName(m_adapter.system());
    if (theirs.write == PmsAppointment::Write::Failed) {
        // Given up on the way: a person must see it (and book it again or call the patient).
        ++m_report.refused;
        m_blocked.insert(entry.entry.entityId);
        (void)m_mirror.refuse(m_adapter.system(), entry,
                              tr("%1 could not write the booking into the practice's system; book it again or call "
                                 "the patient.")
                                      .arg(pms),
                              theirs, &m_report.storeError);
    } else {
        ++m_report.awaitingWrite;
        m_blocked.insert(entry.entry.entityId);
        (void)m_mirror.accepted(m_adapter.system(), entry, theirs.pmsId, kWriteCheckSecs,
                                tr("%1 accepted the booking; the practice's system does not have it yet.").arg(pms),
                                &m_report.storeError);
    }
    QTimer::singleShot(0, this, &OutboxPush::next);
}

void OutboxPush::handleCommlog(const PendingOutboxEntry &entry)
{
    const QString pms = m_adapter.system();
    if (!m_adapter.supports(PmsAdapter::Capability::CommLog)) {
        ++m_report.unsupported;
        (void)m_mirror.keepHere(entry,
                                tr("%1 has no communication log to write to; the note is kept in Chairside only.")
                                        .arg(pmsDisplayName(pms)),
                                &m_report.storeError);
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    QString why;
    const std::optional<PmsCommlog> note = m_mirror.outgoingCommlog(pms, entry.entry.entityId, &why);
    if (!note) {
        ++m_report.blocked;
        hold(entry, 3600, why);
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    createOnce(
            entry,
            [this, note = *note](Reply reply) {
                m_adapter.findCommlog(note, [reply](const PmsCommlog &found, const PmsError &e) { reply(found.pmsId, e); });
            },
            [this, note = *note](Reply reply) {
                m_adapter.createCommlog(note, [reply](const PmsCommlog &made, const PmsError &e) { reply(made.pmsId, e); });
            });
}

void OutboxPush::handlePatient(const PendingOutboxEntry &entry)
{
    const QString pms = m_adapter.system();
    QString why;
    const std::optional<PmsPatient> patient = m_mirror.outgoingPatient(pms, entry.entry.entityId, &why);
    if (!patient) {
        ++m_report.blocked;
        hold(entry, 60, why);
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    QPointer<OutboxPush> self(this);
    if (entry.entry.operation == u"create" && patient->pmsId.isEmpty()) {
        // The PMS may answer with a patient another record here is linked to already (a
        // duplicate added on purpose, matched there by name and birthdate): kept for a person,
        // not linked twice, and nothing else held up.
        auto linkable = [this, self, entry](const QString &pmsId, const PmsError &e, const Reply &reply) {
            if (!self)
                return;
            const QString other = e.ok() && !pmsId.isEmpty() ? m_mirror.patientLinkedTo(m_adapter.system(), pmsId)
                                                              : QString();
            if (other.isEmpty() || other == entry.entry.entityId) {
                reply(pmsId, e);
                return;
            }
            ++m_report.refused;
            hold(entry, 86400,
                 tr("%1 answered with a patient already linked to another patient here (a likely duplicate); "
                    "merge the two in %1, then sync.")
                         .arg(pmsDisplayName(m_adapter.system())));
            QTimer::singleShot(0, this, &OutboxPush::next);
        };
        createOnce(
                entry,
                [this, p = *patient, linkable](Reply reply) {
                    m_adapter.findPatient(p, [reply, linkable](const PmsPatient &found, const PmsError &e) {
                        linkable(found.pmsId, e, reply);
                    });
                },
                [this, p = *patient, linkable](Reply reply) {
                    m_adapter.createPatient(p, [reply, linkable](const PmsPatient &made, const PmsError &e) {
                        linkable(made.pmsId, e, reply);
                    });
                });
        return;
    }
    if (entry.entry.operation == u"create") {
        // Linked already (found on the PMS by a pull): nothing more to send.
        sent(entry, {}, patient->pmsId);
        return;
    }
    if (patient->pmsId.isEmpty()) {
        ++m_report.blocked;
        hold(entry, 60, tr("Waiting for the patient to reach the practice system first."));
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    const QStringList fields = [&] {
        QStringList out;
        const QJsonArray named = QJsonDocument::fromJson(entry.entry.payload).object().value(u"fields"_s).toArray();
        for (const QJsonValue &f : named)
            out.append(f.toString());
        return out;
    }();
    m_adapter.updatePatient(*patient, fields, [this, self, entry](const PmsError &e) {
        if (self)
            sent(entry, e, {});
    });
}

void OutboxPush::createOnce(const PendingOutboxEntry &entry, Call look, Call create)
{
    QPointer<OutboxPush> self(this);
    Reply sentReply = [this, self, entry](const QString &pmsId, const PmsError &e) {
        if (self)
            sent(entry, e, pmsId);
    };
    if (entry.attempts == 0) {
        // Counted as tried before it goes: if this desk stops before the answer, the next
        // push looks for it on the PMS first rather than sending it again.
        QString marked;
        if (m_mirror.defer(entry, 0, {}, &marked)) {
            create(sentReply);
        } else {
            m_report.storeError = marked;
            QTimer::singleShot(0, this, &OutboxPush::next);
        }
        return;
    }
    look([this, self, entry, create, sentReply](const QString &found, const PmsError &e) {
        if (!self)
            return;
        if (!e.ok()) {
            sent(entry, e, {});
        } else if (!found.isEmpty()) {
            ++m_report.recovered;
            sent(entry, {}, found);
        } else {
            create(sentReply);
        }
    });
}

void OutboxPush::handle(const PendingOutboxEntry &entry)
{
    if (entry.entry.entity == u"contact") {
        handleCommlog(entry);
        return;
    }
    if (entry.entry.entity == u"patient") {
        handlePatient(entry);
        return;
    }
    const QString pms = m_adapter.system();
    QString why;
    const std::optional<PmsAppointment> out = m_mirror.outgoing(pms, entry.entry.entityId, &why);
    if (!out) {
        ++m_report.blocked;
        // A booking for a patient made here goes once the patient is in the PMS.
        if (const std::optional<QString> patient = m_mirror.waitsForPatient(pms, entry.entry.entityId))
            hold(entry, 60, patient->isEmpty() ? tr("Waiting for the patient to reach the practice system first.")
                                               : tr("Waiting for the patient to reach the practice system first: "
                                                    "%1")
                                                         .arg(*patient));
        else
            hold(entry, 3600, why);
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    const QString op = entry.entry.operation;
    const QJsonObject payload = QJsonDocument::fromJson(entry.entry.payload).object();
    const QString status = payload.value(u"status"_s).toString();
    QPointer<OutboxPush> self(this);

    if (op == u"create" && out->pmsId.isEmpty()) {
        // Accepted but not yet in the practice's system (through a platform): linked, kept.
        auto written = [this, self, entry](const PmsAppointment &made, const PmsError &e, const Reply &reply) {
            if (self && e.ok() && made.write != PmsAppointment::Write::Written && !made.pmsId.isEmpty())
                awaitWrite(entry, made);
            else
                reply(made.pmsId, e);
        };
        createOnce(
                entry,
                [this, appointment = *out, written](Reply reply) {
                    m_adapter.findMatching(appointment, [reply, written](const PmsAppointment &found, const PmsError &e) {
                        written(found, e, reply);
                    });
                },
                [this, appointment = *out, written](Reply reply) {
                    m_adapter.createAppointment(appointment, [reply, written](const PmsAppointment &made,
                                                                              const PmsError &e) {
                        written(made, e, reply);
                    });
                });
        return;
    }
    if (op == u"create" && m_adapter.supports(PmsAdapter::Capability::WritesLater)) {
        // Accepted before: sent once, never again; read whether the practice's system has it.
        m_adapter.findAppointment(out->pmsId, [this, self, entry](const PmsAppointment &theirs, const PmsError &e) {
            if (!self)
                return;
            if (!e.ok() || theirs.write == PmsAppointment::Write::Written)
                sent(entry, e, {});
            else
                awaitWrite(entry, theirs);
        });
        return;
    }
    if (out->pmsId.isEmpty()) {
        // Its create has not reached the PMS yet (an earlier entry); wait for it.
        ++m_report.blocked;
        hold(entry, 60, tr("Waiting for the appointment itself to reach the practice system first."));
        QTimer::singleShot(0, this, &OutboxPush::next);
        return;
    }
    auto done = [this, self, entry](const PmsError &e) {
        if (self)
            sent(entry, e, {});
    };
    if (op == u"cancel" || (op == u"status" && status == u"cancelled")) {
        m_adapter.cancelAppointment(out->pmsId, false, done);
    } else if (op == u"status" && status == u"no_show") {
        m_adapter.cancelAppointment(out->pmsId, true, done);
    } else if (op == u"status" && parseAppointmentStatus(status)) {
        // Confirmed, arrived, seated, completed, or a step taken back.
        m_adapter.setStatus(out->pmsId, *parseAppointmentStatus(status), entry.entry.createdUtc, done);
    } else if (op == u"create" || op == u"update") {
        m_adapter.updateAppointment(*out, [this, self, entry](const PmsAppointment &, const PmsError &e) {
            if (self)
                sent(entry, e, {});
        });
    } else {
        // Nothing this adapter can send: kept, not dropped, and not holding back the
        // appointment's other changes.
        ++m_report.unsupported;
        const std::optional<AppointmentStatus> step = parseAppointmentStatus(status);
        (void)m_mirror.keepHere(entry,
                                tr("%1 has no call for this change (%2); it is kept in Chairside only.")
                                        .arg(pmsDisplayName(pms), step ? appointmentStatusText(*step) : op),
                                &m_report.storeError);
        QTimer::singleShot(0, this, &OutboxPush::next);
    }
}

} // namespace chairside::sync
