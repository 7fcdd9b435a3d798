#pragma once

#include "services/absenceservice.h"
#include "services/familybooking.h"
#include "services/seriesservice.h"

#include "domain/session.h"

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace chairside {

// Names the dialogs show for ids, and the practice's time zone.
struct ScheduleNames
{
    QTimeZone zone;
    QHash<QString, QString> providers;
    QHash<QString, QString> chairs;

    [[nodiscard]] QString placement(const scheduling::Opening &o) const;
};

// A recurring booking from one visit (every N weeks, on some weekdays, so many times), or
// moving the rest of a series. "Check" validates every visit and lists the ones that cannot
// be booked as asked, each with the engine's alternatives to pick from or to skip; nothing is
// saved until "Book" (or "Move"), which saves all of them or none.
class SeriesDialog final : public QDialog
{
    Q_OBJECT
public:
    // A new series like `request` (its first date, time, provider and chair).
    SeriesDialog(SeriesService &series, const UserSession &session, ScheduleNames names, SeriesRequest request,
                 QWidget *parent = nullptr);
    // Moving the series `seriesId` from visit `fromInstance` on.
    SeriesDialog(SeriesService &series, const UserSession &session, ScheduleNames names, const QString &seriesId,
                 int fromInstance, QWidget *parent = nullptr);

    [[nodiscard]] bool changedSchedule() const { return m_changed; }
    // For tests and the screen reader: the plan shown.
    [[nodiscard]] const SeriesPlan &plan() const { return m_plan; }

public Q_SLOTS:
    void check();
    void save();

private:
    void build(bool moving);
    void showPlan();

    SeriesService &m_series;
    UserSession m_session;
    ScheduleNames m_names;
    SeriesRequest m_request;
    QString m_seriesId;
    int m_fromInstance = 1;
    SeriesPlan m_plan;
    bool m_changed = false;
    QDateEdit *m_first = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_every = nullptr;
    QList<QCheckBox *> m_days;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_shiftDays = nullptr;
    QCheckBox *m_newTime = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
};

// Booking family members together: who comes (each with their visit type), back to back or
// side by side, from which day; "Find" lists the days and times that work for all of them,
// "Book" books the chosen one for all or none.
class FamilyDialog final : public QDialog
{
    Q_OBJECT
public:
    // `bookedPatientId`: the member whose visit the dialog was opened from; they start
    // unticked, as they have their visit already.
    FamilyDialog(FamilyBooking &family, const UserSession &session, ScheduleNames names, QList<Patient> members,
                 const QString &bookedPatientId, const QList<AppointmentType> &types, const QString &firstTypeId,
                 const QDate &from, const QString &clinicId, QWidget *parent = nullptr);

    [[nodiscard]] bool changedSchedule() const { return m_changed; }

public Q_SLOTS:
    void find();
    void book();

private:
    scheduling::GroupRequest request() const;

    FamilyBooking &m_family;
    UserSession m_session;
    ScheduleNames m_names;
    QList<Patient> m_members;
    QString m_clinicId;
    QList<QCheckBox *> m_who;
    QList<QComboBox *> m_what;
    QComboBox *m_arrangement = nullptr;
    QDateEdit *m_from = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QList<scheduling::GroupOpening> m_found;
    scheduling::GroupRequest m_searched;
    bool m_changed = false;
};

// A provider away for a day: mark it (the day closes), see every visit it touches with a
// proposal (another provider with the skill at the same time, or the best other time;
// emergencies first), and apply the chosen ones or all of them.
class AbsenceDialog final : public QDialog
{
    Q_OBJECT
public:
    AbsenceDialog(AbsenceService &absence, const UserSession &session, ScheduleNames names,
                  const QList<Provider> &providers, const QString &providerId, const QDate &date,
                  QWidget *parent = nullptr);

    [[nodiscard]] bool changedSchedule() const { return m_changed; }
    [[nodiscard]] const AbsenceReview &review() const { return m_review; }

public Q_SLOTS:
    void markAway();
    void backAtWork();
    void load();
    void applySelected();
    void applyAll();

private:
    void apply(const QList<AbsenceProposal> &proposals);

    AbsenceService &m_absence;
    UserSession m_session;
    ScheduleNames m_names;
    QComboBox *m_provider = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_markAway = nullptr;
    QPushButton *m_backAtWork = nullptr;
    QPushButton *m_applySelected = nullptr;
    QPushButton *m_applyAll = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    AbsenceReview m_review;
    bool m_changed = false;
};

} // namespace chairside
