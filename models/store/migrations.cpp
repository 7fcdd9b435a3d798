#include "migrations.h"

#include "patientsearchindex.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

// Schema v1. Instants are UTC seconds since the epoch; times of day are minutes after local
// midnight; lists (equipment, skills, chair ids) are JSON arrays in TEXT.
QList<Migration> buildMigrations()
{
    Migration v1;
    v1.version = 1;
    v1.description = u"Initial schema"_s;
    v1.statements = QStringList{
        uR"(CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT))"_s,
        uR"(CREATE TABLE practice (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            grid_minutes INTEGER NOT NULL CHECK (grid_minutes IN (5, 10, 15)),
            chair_turnover_minutes INTEGER NOT NULL,
            provider_buffer_minutes INTEGER NOT NULL,
            max_daily_complexity INTEGER NOT NULL,
            no_show_grace_minutes INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE clinics (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL))"_s,
        uR"(CREATE TABLE chairs (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            equipment TEXT NOT NULL DEFAULT '[]',
            clinic_id TEXT REFERENCES clinics(id),
            sort_order INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE providers (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('dentist', 'hygienist', 'specialist')),
            skills TEXT NOT NULL DEFAULT '[]',
            color TEXT NOT NULL DEFAULT '',
            max_daily_patients INTEGER NOT NULL,
            max_daily_complexity INTEGER,
            buffer_minutes INTEGER,
            sort_order INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE provider_hours (
            provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            days INTEGER NOT NULL,
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            chair_ids TEXT NOT NULL DEFAULT '[]',
            type_ids TEXT NOT NULL DEFAULT '[]',
            CHECK (start_minute < end_minute)))"_s,
        uR"(CREATE INDEX provider_hours_provider ON provider_hours (provider_id))"_s,
        uR"(CREATE TABLE provider_breaks (
            provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            days INTEGER NOT NULL,
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            CHECK (start_minute < end_minute)))"_s,
        uR"(CREATE INDEX provider_breaks_provider ON provider_breaks (provider_id))"_s,
        uR"(CREATE TABLE provider_overrides (
            provider_id TEXT NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            closed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (provider_id, date)))"_s,
        uR"(CREATE TABLE provider_override_hours (
            provider_id TEXT NOT NULL,
            date TEXT NOT NULL,
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            chair_ids TEXT NOT NULL DEFAULT '[]',
            type_ids TEXT NOT NULL DEFAULT '[]',
            FOREIGN KEY (provider_id, date) REFERENCES provider_overrides(provider_id, date) ON DELETE CASCADE,
            CHECK (start_minute < end_minute)))"_s,
        uR"(CREATE INDEX provider_override_hours_day ON provider_override_hours (provider_id, date))"_s,
        uR"(CREATE TABLE appointment_types (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            min_minutes INTEGER NOT NULL,
            max_minutes INTEGER NOT NULL,
            pattern TEXT NOT NULL DEFAULT '',
            skill TEXT NOT NULL DEFAULT '',
            equipment TEXT NOT NULL DEFAULT '[]',
            complexity INTEGER NOT NULL DEFAULT 2,
            min_lead_hours INTEGER NOT NULL DEFAULT 0,
            max_advance_days INTEGER NOT NULL DEFAULT 365,
            color TEXT NOT NULL DEFAULT '',
            CHECK (min_minutes <= minutes AND minutes <= max_minutes)))"_s,
        uR"(CREATE TABLE patients (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
            family_id TEXT,
            contact_preferred TEXT NOT NULL DEFAULT 'phone',
            do_not_contact INTEGER NOT NULL DEFAULT 0,
            pref_time_of_day TEXT NOT NULL DEFAULT '',
            pref_days INTEGER NOT NULL DEFAULT 0,
            pref_provider_id TEXT))"_s,
        uR"(CREATE INDEX patients_family ON patients (family_id))"_s,
        uR"(CREATE INDEX patients_name ON patients (name COLLATE NOCASE))"_s,
        uR"(CREATE TABLE appointments (
            id TEXT PRIMARY KEY NOT NULL,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            type_id TEXT NOT NULL REFERENCES appointment_types(id),
            provider_id TEXT NOT NULL REFERENCES providers(id),
            chair_id TEXT NOT NULL REFERENCES chairs(id),
            start_utc INTEGER NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            status TEXT NOT NULL CHECK (status IN ('scheduled', 'confirmed', 'arrived', 'in_chair',
                                                   'completed', 'cancelled', 'no_show')),
            notes TEXT NOT NULL DEFAULT '',
            cancel_reason TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            client_uuid TEXT NOT NULL UNIQUE,
            idempotency_key TEXT UNIQUE,
            sync_state TEXT NOT NULL DEFAULT 'local'
                CHECK (sync_state IN ('local', 'pending', 'synced', 'conflict')),
            pms_id TEXT,
            created_utc INTEGER NOT NULL,
            updated_utc INTEGER NOT NULL))"_s,
        // "One day, all chairs" reads a start range; "one provider, date range" and
        // "one patient's visits" have their own.
        uR"(CREATE INDEX appointments_start ON appointments (start_utc))"_s,
        uR"(CREATE INDEX appointments_provider_start ON appointments (provider_id, start_utc))"_s,
        uR"(CREATE INDEX appointments_patient_start ON appointments (patient_id, start_utc))"_s,
        uR"(CREATE TABLE blocks (
            id TEXT PRIMARY KEY NOT NULL,
            chair_id TEXT REFERENCES chairs(id),
            provider_id TEXT REFERENCES providers(id),
            start_utc INTEGER NOT NULL,
            end_utc INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            CHECK (start_utc < end_utc)))"_s,
        uR"(CREATE INDEX blocks_start ON blocks (start_utc))"_s,
        uR"(CREATE TABLE waitlist (
            id TEXT PRIMARY KEY NOT NULL,
            patient_id TEXT NOT NULL REFERENCES patients(id),
            type_id TEXT NOT NULL REFERENCES appointment_types(id),
            provider_id TEXT REFERENCES providers(id),
            earliest TEXT NOT NULL,
            latest TEXT NOT NULL,
            urgency INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 10),
            since_utc INTEGER NOT NULL))"_s,
        uR"(CREATE INDEX waitlist_order ON waitlist (urgency DESC, since_utc))"_s,
        // Local changes waiting for the PMS, drained in seq order; a row leaves only when
        // the PMS acknowledged it.
        uR"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            operation TEXT NOT NULL,
            payload TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            created_utc INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_utc INTEGER NOT NULL DEFAULT 0,
            last_error TEXT))"_s,
        uR"(CREATE INDEX outbox_entity ON outbox (entity, entity_id, seq))"_s,
        // Append-only and hash-chained; ids only, never names, phones, emails or notes.
        uR"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            audit_id TEXT NOT NULL UNIQUE,
            at_utc INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            session_id TEXT NOT NULL,
            workstation TEXT NOT NULL,
            patient_id TEXT,
            record_type TEXT NOT NULL,
            record_id TEXT,
            action TEXT NOT NULL,
            correlation_id TEXT,
            detail TEXT NOT NULL DEFAULT '',
            prev_hash BLOB NOT NULL,
            hash BLOB NOT NULL))"_s,
        uR"(CREATE INDEX audit_log_patient ON audit_log (patient_id, at_utc))"_s,
        uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
        uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"_s,
    };

    // v2: booking services. A change counter lets every process pick up exactly the rows
    // others changed; the status history backs "undo the last step".
    Migration v2;
    v2.version = 2;
    v2.description = u"Booking services: change counters and status history"_s;
    v2.statements = QStringList{
        uR"(ALTER TABLE appointments ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0)"_s,
        uR"(CREATE INDEX appointments_change ON appointments (change_seq))"_s,
        uR"(CREATE TABLE counters (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL))"_s,
        uR"(INSERT INTO counters (name, value) VALUES ('appointments', 0), ('reference', 0))"_s,
        uR"(CREATE TABLE status_history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            appointment_id TEXT NOT NULL REFERENCES appointments(id),
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            cancel_reason TEXT,
            at_utc INTEGER NOT NULL,
            user_id TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE INDEX status_history_appointment ON status_history (appointment_id, seq))"_s,
    };
    // v3: the holding tray (pinboard), shared by every window and process on the cache.
    Migration v3;
    v3.version = 3;
    v3.description = u"Holding tray"_s;
    v3.statements = QStringList{
        uR"(CREATE TABLE holding_tray (
            appointment_id TEXT PRIMARY KEY NOT NULL REFERENCES appointments(id),
            added_utc INTEGER NOT NULL,
            user_id TEXT NOT NULL))"_s,
    };
    // v4: sync bookkeeping. Which PMS record each local record is, and where each pull left
    // off. PMS ids are unique per system and kind of record.
    Migration v4;
    v4.version = 4;
    v4.description = u"PMS links and sync cursors"_s;
    v4.statements = QStringList{
        uR"(CREATE TABLE pms_links (
            pms TEXT NOT NULL,
            entity TEXT NOT NULL,
            local_id TEXT NOT NULL,
            pms_id TEXT NOT NULL,
            linked_utc INTEGER NOT NULL,
            PRIMARY KEY (pms, entity, local_id),
            UNIQUE (pms, entity, pms_id)))"_s,
        uR"(CREATE TABLE sync_cursors (
            pms TEXT NOT NULL,
            entity TEXT NOT NULL,
            cursor TEXT NOT NULL,
            updated_utc INTEGER NOT NULL,
            PRIMARY KEY (pms, entity)))"_s,
    };
    // v5: changes the PMS refused, kept with both versions until a person chooses.
    Migration v5;
    v5.version = 5;
    v5.description = u"Sync conflicts"_s;
    v5.statements = QStringList{
        uR"(CREATE TABLE sync_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            pms TEXT NOT NULL,
            appointment_id TEXT NOT NULL REFERENCES appointments(id),
            operation TEXT NOT NULL,
            reason TEXT NOT NULL,
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL DEFAULT '',
            created_utc INTEGER NOT NULL,
            resolved_utc INTEGER,
            resolution TEXT CHECK (resolution IN ('keep_mine', 'take_theirs')),
            resolved_by TEXT))"_s,
        uR"(CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved_utc, appointment_id))"_s,
    };
    // v6: staff accounts. Passwords as PBKDF2-HMAC-SHA256 hashes with a per-user salt and
    // the iteration count they were made with; failed sign-ins and the lockout they cause.
    Migration v6;
    v6.version = 6;
    v6.description = u"Users"_s;
    v6.statements = QStringList{
        uR"(CREATE TABLE users (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL CHECK (role IN ('office_manager', 'front_desk', 'provider', 'read_only')),
            provider_id TEXT REFERENCES providers(id),
            salt BLOB NOT NULL,
            hash BLOB NOT NULL,
            iterations INTEGER NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until_utc INTEGER NOT NULL DEFAULT 0,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_utc INTEGER NOT NULL))"_s,
    };
    // v7: filling the book. Offers of freed time to waitlist entries and what became of each;
    // every contact with a patient about the schedule (offers, reschedule calls) with its
    // outcome; unscheduled visits dismissed with a reason.
    Migration v7;
    v7.version = 7;
    v7.description = u"Waitlist offers, contact log, unscheduled dismissals"_s;
    v7.statements = QStringList{
        uR"(CREATE TABLE waitlist_offers (
            id TEXT PRIMARY KEY NOT NULL,
            slot_key TEXT NOT NULL,
            chair_id TEXT NOT NULL,
            provider_id TEXT NOT NULL,
            start_utc INTEGER NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes > 0),
            entry_id TEXT NOT NULL,
            patient_id TEXT NOT NULL,
            type_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('offered', 'accepted', 'declined', 'expired', 'withdrawn')),
            direct INTEGER NOT NULL DEFAULT 0,
            offered_utc INTEGER NOT NULL,
            expires_utc INTEGER NOT NULL,
            decided_utc INTEGER,
            appointment_id TEXT,
            correlation_id TEXT NOT NULL,
            offered_by TEXT NOT NULL))"_s,
        uR"(CREATE INDEX waitlist_offers_slot ON waitlist_offers (slot_key, state))"_s,
        uR"(CREATE INDEX waitlist_offers_open ON waitlist_offers (state, expires_utc))"_s,
        uR"(CREATE TABLE contact_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            patient_id TEXT NOT NULL,
            appointment_id TEXT,
            offer_id TEXT,
            purpose TEXT NOT NULL CHECK (purpose IN ('waitlist_offer', 'reschedule', 'no_show_follow_up')),
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'none')),
            handled_by TEXT NOT NULL,
            language TEXT NOT NULL,
            message TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('prepared', 'accepted', 'declined', 'no_answer', 'sent')),
            new_appointment_id TEXT,
            correlation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(CREATE INDEX contact_log_appointment ON contact_log (appointment_id, seq))"_s,
        uR"(CREATE TABLE unscheduled_dismissed (
            appointment_id TEXT PRIMARY KEY NOT NULL,
            reason TEXT NOT NULL,
            user_id TEXT NOT NULL,
            dismissed_utc INTEGER NOT NULL))"_s,
    };
    // v8: running the office day. Reminder jobs planned at booking (72/24/2 h by default),
    // each with the way it went; the front desk's confirmation state per appointment; the
    // contact log rebuilt to take reminders, confirmation calls and their outcomes.
    Migration v8;
    v8.version = 8;
    v8.description = u"Reminder jobs, confirmation states"_s;
    v8.statements = QStringList{
        uR"(CREATE TABLE reminder_jobs (
            id TEXT PRIMARY KEY NOT NULL,
            appointment_id TEXT NOT NULL,
            patient_id TEXT NOT NULL,
            appointment_start_utc INTEGER NOT NULL,
            lead_minutes INTEGER NOT NULL CHECK (lead_minutes > 0),
            send_at_utc INTEGER NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone')),
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'withdrawn')),
            sent_at_utc INTEGER,
            sent_channel TEXT CHECK (sent_channel IN ('sms', 'email', 'phone')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            contact_id TEXT,
            created_utc INTEGER NOT NULL))"_s,
        uR"(CREATE INDEX reminder_jobs_due ON reminder_jobs (status, send_at_utc))"_s,
        uR"(CREATE INDEX reminder_jobs_appointment ON reminder_jobs (appointment_id))"_s,
        uR"(CREATE TABLE appointment_confirmations (
            appointment_id TEXT PRIMARY KEY NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('unconfirmed', 'left_message', 'confirmed', 'declined')),
            user_id TEXT NOT NULL,
            updated_utc INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE contact_log_v8 (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            patient_id TEXT NOT NULL,
            appointment_id TEXT,
            offer_id TEXT,
            purpose TEXT NOT NULL CHECK (purpose IN ('waitlist_offer', 'reschedule', 'no_show_follow_up', 'reminder',
                                                     'confirmation')),
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'none')),
            handled_by TEXT NOT NULL,
            language TEXT NOT NULL,
            message TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('prepared', 'accepted', 'declined', 'no_answer', 'sent',
                                                     'left_message', 'failed')),
            new_appointment_id TEXT,
            correlation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(INSERT INTO contact_log_v8 SELECT * FROM contact_log)"_s,
        uR"(DROP TABLE contact_log)"_s,
        uR"(ALTER TABLE contact_log_v8 RENAME TO contact_log)"_s,
        uR"(CREATE INDEX contact_log_appointment ON contact_log (appointment_id, seq))"_s,
        // The dashboard counts a range from the index alone, without reading the rows.
        uR"(CREATE INDEX appointments_start_counts ON appointments (start_utc, status, provider_id, chair_id, minutes))"_s,
    };

    // v9: series and multi-location. A series groups the appointments booked from one
    // recurrence rule; a provider's hours may name the clinic they are worked in; a type may
    // be an emergency, kept first when a provider's day has to be reshuffled.
    Migration v9;
    v9.version = 9;
    v9.description = u"Appointment series, clinic per working span, emergency types"_s;
    v9.statements = QStringList{
        uR"(CREATE TABLE appointment_series (
            id TEXT PRIMARY KEY NOT NULL,
            patient_id TEXT NOT NULL,
            type_id TEXT NOT NULL,
            rule TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE series_members (
            appointment_id TEXT PRIMARY KEY NOT NULL,
            series_id TEXT NOT NULL REFERENCES appointment_series(id),
            instance INTEGER NOT NULL CHECK (instance > 0)))"_s,
        uR"(CREATE INDEX series_members_series ON series_members (series_id, instance))"_s,
        uR"(ALTER TABLE provider_hours ADD COLUMN clinic_id TEXT NOT NULL DEFAULT '')"_s,
        uR"(ALTER TABLE provider_override_hours ADD COLUMN clinic_id TEXT NOT NULL DEFAULT '')"_s,
        uR"(ALTER TABLE appointment_types ADD COLUMN emergency INTEGER NOT NULL DEFAULT 0)"_s,
    };
    // v10: sync states tell the truth. A cache never connected to a practice system held
    // records marked as synced (from a practice file) or as waiting for it; no system has
    // acknowledged them, so they are Chairside's own.
    Migration v10;
    v10.version = 10;
    v10.description = u"Records of a cache without a practice system are local"_s;
    v10.statements = QStringList{
        uR"(UPDATE appointments SET sync_state = 'local'
            WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'pms.system'))"_s,
    };
    // v11: finding patients. A birthdate per patient; each patient's search terms (folded
    // name words, phone digits last to first) in an index read by range, filled from the
    // patients already here.
    Migration v11;
    v11.version = 11;
    v11.description = u"Patient birthdates and search terms"_s;
    v11.statements = QStringList{
        uR"(ALTER TABLE patients ADD COLUMN birthdate TEXT NOT NULL DEFAULT '')"_s,
        uR"(CREATE INDEX patients_birthdate ON patients (birthdate))"_s,
        uR"(CREATE TABLE patient_terms (
            term TEXT NOT NULL,
            patient_id TEXT NOT NULL,
            PRIMARY KEY (term, patient_id)) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX patient_terms_patient ON patient_terms (patient_id))"_s,
        // Patients were read without their birthdates: the next sync reads every one again.
        uR"(DELETE FROM sync_cursors WHERE entity IN ('patient', 'patient-resume'))"_s,
    };
    v11.then = [](QSqlDatabase &db, QString *error) {
        QSqlError sqlError;
        if (PatientSearchIndex(db).rebuild(&sqlError))
            return true;
        if (error)
            *error = sqlError.databaseText();
        return false;
    };
    // v12: patients made and changed here, and their card. First and last name kept apart (a
    // PMS takes them apart), the family member chosen as guarantor, the patient's sex (a
    // PMS's new patient needs it); the contact log read by patient, latest first.
    Migration v12;
    v12.version = 12;
    v12.description = u"Patient name parts, guarantor and sex; contact log by patient"_s;
    v12.statements = QStringList{
        uR"(ALTER TABLE patients ADD COLUMN first_name TEXT NOT NULL DEFAULT '')"_s,
        uR"(ALTER TABLE patients ADD COLUMN last_name TEXT NOT NULL DEFAULT '')"_s,
        uR"(ALTER TABLE patients ADD COLUMN guarantor_id TEXT)"_s,
        uR"(ALTER TABLE patients ADD COLUMN sex TEXT NOT NULL DEFAULT '')"_s,
        uR"(CREATE INDEX contact_log_patient ON contact_log (patient_id, seq))"_s,
    };
    // v13: messages that reach patients. Texts and e-mails queued for the messaging worker
    // (with the provider's id once it took them), the replies read back, the numbers that
    // texted STOP, the practice's message templates, the worker's lease; the contact log
    // takes delivery and reply outcomes.
    Migration v13;
    v13.version = 13;
    v13.description = u"Outgoing and inbound messages, opt-outs, templates, worker lease"_s;
    v13.statements = QStringList{
        uR"(CREATE TABLE outgoing_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            patient_id TEXT NOT NULL,
            appointment_id TEXT,
            offer_id TEXT,
            contact_id TEXT,
            purpose TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            language TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'accepted', 'delivered', 'failed', 'unclear',
                                                 'cancelled')),
            not_before_utc INTEGER NOT NULL,
            fallbacks TEXT NOT NULL DEFAULT '',
            claim TEXT,
            claimed_utc INTEGER,
            provider_id TEXT,
            provider_status TEXT,
            error_code TEXT,
            error TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            sent_utc INTEGER,
            updated_utc INTEGER NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(CREATE INDEX outgoing_messages_due ON outgoing_messages (state, not_before_utc))"_s,
        uR"(CREATE INDEX outgoing_messages_recipient ON outgoing_messages (recipient, seq))"_s,
        uR"(CREATE INDEX outgoing_messages_provider ON outgoing_messages (provider_id))"_s,
        uR"(CREATE TABLE inbound_messages (
            provider_id TEXT PRIMARY KEY NOT NULL,
            from_number TEXT NOT NULL,
            body TEXT NOT NULL,
            received_utc INTEGER NOT NULL,
            patient_id TEXT,
            message_id TEXT,
            action TEXT NOT NULL,
            open INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            closed_by TEXT,
            closed_utc INTEGER))"_s,
        uR"(CREATE INDEX inbound_messages_open ON inbound_messages (open, received_utc))"_s,
        uR"(CREATE TABLE sms_opt_outs (
            phone TEXT PRIMARY KEY NOT NULL,
            since_utc INTEGER NOT NULL,
            source TEXT NOT NULL))"_s,
        uR"(CREATE TABLE message_templates (
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_utc INTEGER NOT NULL,
            PRIMARY KEY (kind, language)))"_s,
        uR"(CREATE TABLE worker_leases (
            name TEXT PRIMARY KEY NOT NULL,
            holder TEXT NOT NULL,
            expires_utc INTEGER NOT NULL))"_s,
        uR"(CREATE TABLE contact_log_v13 (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            patient_id TEXT NOT NULL,
            appointment_id TEXT,
            offer_id TEXT,
            purpose TEXT NOT NULL CHECK (purpose IN ('waitlist_offer', 'reschedule', 'no_show_follow_up', 'reminder',
                                                     'confirmation')),
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'none')),
            handled_by TEXT NOT NULL,
            language TEXT NOT NULL,
            message TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('prepared', 'accepted', 'declined', 'no_answer', 'sent',
                                                     'left_message', 'failed', 'delivered', 'replied')),
            new_appointment_id TEXT,
            correlation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(INSERT INTO contact_log_v13 SELECT * FROM contact_log)"_s,
        uR"(DROP TABLE contact_log)"_s,
        uR"(ALTER TABLE contact_log_v13 RENAME TO contact_log)"_s,
        uR"(CREATE INDEX contact_log_appointment ON contact_log (appointment_id, seq))"_s,
        uR"(CREATE INDEX contact_log_patient ON contact_log (patient_id, seq))"_s,
    };
    // v14: continuing care. Recall types (how often, which visits satisfy them, one row per
    // satisfying type so the recall list can ask SQL whether a patient is booked), each
    // patient's recall with its due date (ISO dates sort as text) and, for undoing a
    // completion, the dates it had before; the contact log takes recall calls.
    Migration v14;
    v14.version = 14;
    v14.description = u"Recall types and patients' recalls; recall contacts"_s;
    v14.statements = QStringList{
        uR"(CREATE TABLE recall_types (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('prophy', 'child_prophy', 'perio_maintenance', 'custom')),
            interval_months INTEGER NOT NULL DEFAULT 0 CHECK (interval_months >= 0),
            interval_days INTEGER NOT NULL DEFAULT 0 CHECK (interval_days >= 0),
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK (interval_months > 0 OR interval_days > 0)))"_s,
        uR"(CREATE TABLE recall_type_visits (
            recall_type_id TEXT NOT NULL REFERENCES recall_types(id) ON DELETE CASCADE,
            type_id TEXT NOT NULL,
            PRIMARY KEY (recall_type_id, type_id)) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX recall_type_visits_type ON recall_type_visits (type_id))"_s,
        uR"(CREATE TABLE recalls (
            id TEXT PRIMARY KEY NOT NULL,
            patient_id TEXT NOT NULL,
            recall_type_id TEXT NOT NULL REFERENCES recall_types(id),
            due_date TEXT NOT NULL,
            last_done TEXT NOT NULL DEFAULT '',
            provider_id TEXT,
            chair_id TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            done_appointment_id TEXT,
            prev_due_date TEXT,
            prev_last_done TEXT,
            updated_utc INTEGER NOT NULL,
            UNIQUE (patient_id, recall_type_id)))"_s,
        uR"(CREATE INDEX recalls_due ON recalls (disabled, due_date))"_s,
        uR"(CREATE INDEX recalls_provider_due ON recalls (provider_id, due_date))"_s,
        uR"(CREATE TABLE contact_log_v14 (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            patient_id TEXT NOT NULL,
            appointment_id TEXT,
            offer_id TEXT,
            purpose TEXT NOT NULL CHECK (purpose IN ('waitlist_offer', 'reschedule', 'no_show_follow_up', 'reminder',
                                                     'confirmation', 'recall')),
            channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'phone', 'none')),
            handled_by TEXT NOT NULL,
            language TEXT NOT NULL,
            message TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('prepared', 'accepted', 'declined', 'no_answer', 'sent',
                                                     'left_message', 'failed', 'delivered', 'replied')),
            new_appointment_id TEXT,
            correlation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            created_utc INTEGER NOT NULL))"_s,
        uR"(INSERT INTO contact_log_v14 SELECT * FROM contact_log)"_s,
        uR"(DROP TABLE contact_log)"_s,
        uR"(ALTER TABLE contact_log_v14 RENAME TO contact_log)"_s,
        uR"(CREATE INDEX contact_log_appointment ON contact_log (appointment_id, seq))"_s,
        uR"(CREATE INDEX contact_log_patient ON contact_log (patient_id, seq))"_s,
    };
    // v15: blockouts and production blocks. A block may repeat weekly (weekday mask, last
    // date, dates left out), expanded when read like provider hours; production blocks are
    // weekly rules per provider or chair for certain visit kinds, released a practice-set
    // number of days ahead.
    Migration v15;
    v15.version = 15;
    v15.description = u"Repeating blockouts, production blocks, production release days"_s;
    v15.statements = QStringList{
        uR"(ALTER TABLE blocks ADD COLUMN repeat_days INTEGER)"_s,
        uR"(ALTER TABLE blocks ADD COLUMN repeat_until TEXT)"_s,
        uR"(ALTER TABLE blocks ADD COLUMN repeat_skipped TEXT NOT NULL DEFAULT '[]')"_s,
        uR"(CREATE INDEX blocks_repeating ON blocks (repeat_days))"_s,
        uR"(ALTER TABLE practice ADD COLUMN production_release_days INTEGER NOT NULL DEFAULT 2)"_s,
        uR"(CREATE TABLE production_blocks (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            provider_id TEXT REFERENCES providers(id),
            chair_id TEXT REFERENCES chairs(id),
            days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
            start_minute INTEGER NOT NULL,
            end_minute INTEGER NOT NULL,
            type_ids TEXT NOT NULL DEFAULT '[]',
            category TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '',
            CHECK (provider_id IS NOT NULL OR chair_id IS NOT NULL),
            CHECK (0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440)))"_s,
    };
    // v16: production against goals. Each appointment type's standard fee and each provider's
    // daily production goal, in whole cents (0 = none set).
    Migration v16;
    v16.version = 16;
    v16.description = u"Appointment type fees and provider daily production goals"_s;
    v16.statements = QStringList{
        uR"(ALTER TABLE appointment_types ADD COLUMN fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0))"_s,
        uR"(ALTER TABLE providers ADD COLUMN daily_goal_cents INTEGER NOT NULL DEFAULT 0 CHECK (daily_goal_cents >= 0))"_s,
    };
    return {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16};
}

bool execOrFail(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().databaseText() + u" (SQLite code "_s + q.lastError().nativeErrorCode() + u")"_s;
    return false;
}

} // namespace

const QList<Migration> &cacheMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int currentSchemaVersion()
{
    return cacheMigrations().constLast().version;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::installedVersion(QSqlDatabase &db, QString *error) const
{
    QSqlQuery q(db);
    if (!execOrFail(q, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s, error))
        return -1;
    if (!q.next() || q.value(0).toInt() == 0)
        return 0;
    if (!execOrFail(q, u"SELECT max(version) FROM schema_version"_s, error))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

bool Migrator::migrate(QSqlDatabase &db, const QDateTime &nowUtc, QString *error, int targetVersion) const
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    int installed = installedVersion(db, error);
    if (installed < 0)
        return false;
    for (const Migration &m : m_migrations) {
        if (m.version <= installed || m.version > target)
            continue;
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().databaseText();
            return false;
        }
        // Another process may have applied this step while we waited for the write lock.
        installed = installedVersion(db, error);
        if (installed < 0 || installed >= m.version) {
            db.rollback();
            if (installed < 0)
                return false;
            continue;
        }
        QSqlQuery q(db);
        bool ok = true;
        if (installed == 0) {
            ok = execOrFail(q,
                            u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                            "applied_utc INTEGER NOT NULL, description TEXT NOT NULL)"_s,
                            error);
        }
        for (const QString &sql : m.statements) {
            if (!ok)
                break;
            ok = execOrFail(q, sql, error);
            if (!ok && error)
                *error = u"migration to schema %1 failed: "_s.arg(m.version) + *error;
        }
        if (ok && m.then) {
            ok = m.then(db, error);
            if (!ok && error)
                *error = u"migration to schema %1 failed: "_s.arg(m.version) + *error;
        }
        if (ok) {
            ok = q.prepare(u"INSERT INTO schema_version (version, applied_utc, description) VALUES (?, ?, ?)"_s);
            q.addBindValue(m.version);
            q.addBindValue(nowUtc.toSecsSinceEpoch());
            q.addBindValue(m.description);
            ok = ok && q.exec();
            if (!ok && error)
                *error = q.lastError().databaseText();
        }
        if (!ok || !db.commit()) {
            if (ok && error)
                *error = db.lastError().databaseText();
            db.rollback();
            return false;
        }
        installed = m.version;
    }
    return true;
}

} // namespace chairside::store
