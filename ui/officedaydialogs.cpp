#include "officedaydialogs.h"

#include "domain/localformat.h"
#include "scheduling/timeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

QString when(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return localformat::shortDay(local.date()) + u' ' + localformat::time(local.time());
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

QString ScheduleNames::placement(const scheduling::Opening &o) const
{
    return when(scheduling::fromMinute(o.start), zone) + u" · "_s + providers.value(o.providerId, o.providerId)
            + u" · "_s + chairs.value(o.chairId, o.chairId);
}

// ----- SeriesDialog -----

SeriesDialog::SeriesDialog(SeriesService &series, const UserSession &session, ScheduleNames names,
                           SeriesRequest request, QWidget *parent)
    : QDialog(parent), m_series(series), m_session(session), m_names(std::move(names)), m_request(std::move(request))
{
    build(false);
}

SeriesDialog::SeriesDialog(SeriesService &series, const UserSession &session, ScheduleNames names,
                           const QString &seriesId, int fromInstance, QWidget *parent)
    : QDialog(parent), m_series(series), m_session(session), m_names(std::move(names)), m_seriesId(seriesId),
      m_fromInstance(fromInstance)
{
    build(true);
}

void SeriesDialog::build(bool moving)
{
    setObjectName(u"seriesDialog"_s);
    setWindowTitle(moving ? tr("Move the series") : tr("Repeat as a series"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (moving) {
        m_shiftDays = new QSpinBox(this);
        m_shiftDays->setObjectName(u"seriesShiftDays"_s);
        m_shiftDays->setRange(-60, 60);
        m_shiftDays->setValue(7);
        m_shiftDays->setSuffix(tr(" days"));
        form->addRow(tr("Move each visit by:"), m_shiftDays);
        m_newTime = new QCheckBox(tr("At a new time of day:"), this);
        m_time = new QTimeEdit(QTime(8, 0), this);
        m_time->setEnabled(false);
        connect(m_newTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
        form->addRow(m_newTime, m_time);
        form->addRow(new QLabel(tr("From visit %1 on; visits already past or under way stay.").arg(m_fromInstance), this));
    } else {
        m_first = new QDateEdit(m_request.firstDate, this);
        m_first->setCalendarPopup(true);
        m_first->setObjectName(u"seriesFirstDate"_s);
        form->addRow(tr("First visit:"), m_first);
        m_time = new QTimeEdit(QTime(0, 0).addSecs(qint64(m_request.startMinute) * 60), this);
        form->addRow(tr("At:"), m_time);
        m_every = new QSpinBox(this);
        m_every->setObjectName(u"seriesEveryWeeks"_s);
        m_every->setRange(1, SeriesRule::kMaxEveryWeeks);
        m_every->setValue(m_request.rule.everyWeeks);
        m_every->setSuffix(tr(" week(s)"));
        form->addRow(tr("Every:"), m_every);
        auto *days = new QHBoxLayout;
        for (int d = 1; d <= 7; ++d) {
            auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
            box->setChecked(m_request.rule.days.contains(d) || (m_request.rule.days.isEmpty()
                                                               && d == m_request.firstDate.dayOfWeek()));
            m_days.append(box);
            days->addWidget(box);
        }
        form->addRow(tr("On:"), days);
        m_count = new QSpinBox(this);
        m_count->setObjectName(u"seriesCount"_s);
        m_count->setRange(1, SeriesRule::kMaxCount);
        m_count->setValue(std::max(m_request.rule.count, 1));
        m_count->setSuffix(tr(" visits"));
        form->addRow(tr("In all:"), m_count);
    }
    layout->addLayout(form);
    auto *checkButton = new QPushButton(tr("&Check every visit"), this);
    checkButton->setObjectName(u"seriesCheckButton"_s);
    connect(checkButton, &QPushButton::clicked, this, &SeriesDialog::check);
    layout->addWidget(checkButton, 0, Qt::AlignLeft);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"seriesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Visit"), tr("As asked"), tr("Check"), tr("Book")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"seriesSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(moving ? tr("&Move the visits") : tr("&Book the visits"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"seriesSaveButton"_s);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SeriesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
}

void SeriesDialog::check()
{
    if (m_seriesId.isEmpty()) {
        m_request.firstDate = m_first->date();
        m_request.startMinute = m_time->time().hour() * 60 + m_time->time().minute();
        m_request.rule.everyWeeks = m_every->value();
        m_request.rule.count = m_count->value();
        m_request.rule.days = {};
        for (int d = 0; d < m_days.size(); ++d) {
            if (m_days.at(d)->isChecked())
                m_request.rule.days.insert(d + 1);
        }
        m_plan = m_series.plan(m_request, m_session);
    } else {
        SeriesShift shift;
        shift.seriesId = m_seriesId;
        shift.fromInstance = m_fromInstance;
        shift.days = m_shiftDays->value();
        if (m_newTime->isChecked())
            shift.startMinute = m_time->time().hour() * 60 + m_time->time().minute();
        m_plan = m_series.planMove(shift, m_session);
    }
    showPlan();
}

void SeriesDialog::showPlan()
{
    m_table->setRowCount(0);
    m_save->setEnabled(m_plan.ok() && !m_plan.instances.isEmpty());
    if (!m_plan.ok()) {
        m_summary->setText(m_plan.message);
        return;
    }
    m_table->setRowCount(int(m_plan.instances.size()));
    for (int row = 0; row < m_plan.instances.size(); ++row) {
        const SeriesInstance &i = m_plan.instances.at(row);
        m_table->setItem(row, 0, cell(QString::number(i.number)));
        m_table->setItem(row, 1, cell(m_names.placement({scheduling::toMinute(i.startUtc), 0, i.providerId, i.chairId, 0})));
        m_table->setItem(row, 2, cell(i.bookable() ? tr("Free") : i.violations.constFirst().message));
        auto *choice = new QComboBox(m_table);
        if (i.bookable())
            choice->addItem(tr("As asked"), -1);
        for (int a = 0; a < i.alternatives.size(); ++a)
            choice->addItem(tr("Instead: %1").arg(m_names.placement(i.alternatives.at(a))), a);
        choice->addItem(tr("Skip this visit"), -2);
        m_table->setCellWidget(row, 3, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, [this, row, choice] {
            const int pick = choice->currentData().toInt();
            SeriesInstance &i = m_plan.instances[row];
            i.choice = pick == -1 ? SeriesInstance::Choice::AsAsked
                    : pick == -2  ? SeriesInstance::Choice::Skip
                                  : SeriesInstance::Choice::Alternative;
            i.alternative = std::max(pick, 0);
        });
        Q_EMIT choice->currentIndexChanged(choice->currentIndex());
    }
    // The reason column takes the room left and wraps; the choice box keeps a fixed width
    // (its longer alternatives are elided) so both stay in view.
    for (int column : {0, 1})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(3, 300);
    m_table->resizeRowsToContents();
    const int failing = m_plan.failing();
    const QString rule = m_seriesId.isEmpty() ? m_request.rule.text() + u". "_s : QString();
    m_summary->setText(rule + (failing == 0 ? tr("Every visit can be booked as asked.")
                                    : tr("%n visit(s) cannot be booked as asked: pick an alternative or skip them. "
                                         "Nothing is saved yet.",
                                         nullptr, failing)));
}

void SeriesDialog::save()
{
    const SeriesOutcome outcome =
            m_seriesId.isEmpty() ? m_series.book(m_request, m_plan.instances, m_session) : m_series.move(m_plan.instances, m_session);
    if (!outcome.ok()) {
        m_summary->setText(outcome.message);
        return;
    }
    m_changed = true;
    accept();
}

// ----- FamilyDialog -----

FamilyDialog::FamilyDialog(FamilyBooking &family, const UserSession &session, ScheduleNames names,
                           QList<Patient> members, const QString &bookedPatientId,
                           const QList<AppointmentType> &types, const QString &firstTypeId, const QDate &from,
                           const QString &clinicId, QWidget *parent)
    : QDialog(parent), m_family(family), m_session(session), m_names(std::move(names)), m_members(std::move(members)),
      m_clinicId(clinicId)
{
    setObjectName(u"familyDialog"_s);
    setWindowTitle(tr("Book the family together"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QFormLayout;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const bool booked = m_members.at(i).id == bookedPatientId;
        auto *who = new QCheckBox(booked ? tr("%1 (has this visit)").arg(m_members.at(i).name) : m_members.at(i).name,
                                  this);
        who->setChecked(!booked);
        auto *what = new QComboBox(this);
        for (const AppointmentType &t : types)
            what->addItem(t.name, t.id);
        what->setCurrentIndex(std::max(0, what->findData(firstTypeId)));
        m_who.append(who);
        m_what.append(what);
        grid->addRow(who, what);
    }
    m_arrangement = new QComboBox(this);
    m_arrangement->setObjectName(u"familyArrangement"_s);
    m_arrangement->addItem(tr("One after another"), int(scheduling::GroupRequest::Arrangement::BackToBack));
    m_arrangement->addItem(tr("At the same time, neighbouring chairs"),
                           int(scheduling::GroupRequest::Arrangement::SideBySide));
    grid->addRow(tr("How:"), m_arrangement);
    m_from = new QDateEdit(from, this);
    m_from->setCalendarPopup(true);
    grid->addRow(tr("From:"), m_from);
    layout->addLayout(grid);
    auto *findButton = new QPushButton(tr("&Find times for everyone"), this);
    findButton->setObjectName(u"familyFindButton"_s);
    connect(findButton, &QPushButton::clicked, this, &FamilyDialog::find);
    layout->addWidget(findButton, 0, Qt::AlignLeft);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"familyProposals"_s);
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *bookButton = buttons->addButton(tr("&Book them all"), QDialogButtonBox::AcceptRole);
    bookButton->setObjectName(u"familyBookButton"_s);
    connect(bookButton, &QPushButton::clicked, this, &FamilyDialog::book);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(700, 480);
}

scheduling::GroupRequest FamilyDialog::request() const
{
    scheduling::GroupRequest r;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_who.at(i)->isChecked())
            r.members.append({m_members.at(i).id, m_what.at(i)->currentData().toString(), 0});
    }
    r.arrangement = scheduling::GroupRequest::Arrangement(m_arrangement->currentData().toInt());
    r.from = m_from->date();
    r.days = 14;
    r.limit = 6;
    r.clinicId = m_clinicId;
    return r;
}

void FamilyDialog::find()
{
    m_list->clear();
    m_found.clear();
    m_searched = request();
    const FamilyOpeningsOutcome outcome = m_family.openings(m_searched, m_session);
    m_error->setText(outcome.error);
    if (!outcome.error.isEmpty())
        return;
    m_found = outcome.openings;
    if (m_found.isEmpty())
        m_error->setText(tr("No day in the next two weeks fits everyone; try another start day or book them "
                            "one by one."));
    QHash<QString, QString> names;
    for (const Patient &p : std::as_const(m_members))
        names.insert(p.id, p.name);
    for (const scheduling::GroupOpening &g : std::as_const(m_found)) {
        QStringList lines;
        for (qsizetype i = 0; i < g.placements.size(); ++i)
            lines << names.value(m_searched.members.at(i).patientId) + u": "_s + m_names.placement(g.placements.at(i));
        m_list->addItem(lines.join(u"\n"_s));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void FamilyDialog::book()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_found.size()) {
        m_error->setText(tr("Find times first, then pick one."));
        return;
    }
    const FamilyOutcome outcome = m_family.book(m_searched, m_found.at(row), m_session);
    if (!outcome.ok()) {
        m_error->setText(outcome.message);
        return;
    }
    m_changed = true;
    accept();
}

// ----- AbsenceDialog -----

AbsenceDialog::AbsenceDialog(AbsenceService &absence, const UserSession &session, ScheduleNames names,
                             const QList<Provider> &providers, const QString &providerId, const QDate &date,
                             QWidget *parent)
    : QDialog(parent), m_absence(absence), m_session(session), m_names(std::move(names))
{
    setObjectName(u"absenceDialog"_s);
    setWindowTitle(tr("Provider away"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"absenceProvider"_s);
    for (const Provider &p : providers)
        m_provider->addItem(p.name, p.id);
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(providerId)));
    m_date = new QDateEdit(date, this);
    m_date->setCalendarPopup(true);
    m_date->setObjectName(u"absenceDate"_s);
    auto *away = new QPushButton(tr("&Mark away"), this);
    away->setObjectName(u"absenceMarkButton"_s);
    m_markAway = away;
    auto *back = new QPushButton(tr("Bac&k at work"), this);
    back->setObjectName(u"absenceClearButton"_s);
    m_backAtWork = back;
    top->addWidget(new QLabel(tr("Provider:"), this));
    top->addWidget(m_provider);
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_date);
    top->addWidget(away);
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    m_state = new QLabel(this);
    m_state->setObjectName(u"absenceState"_s);
    layout->addWidget(m_state);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"absenceTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Visit"), tr("Patient"), tr("Type"), tr("Proposal"), tr("Other options")});
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *applyOne = buttons->addButton(tr("Apply &selected"), QDialogButtonBox::ActionRole);
    applyOne->setObjectName(u"absenceApplySelected"_s);
    m_applySelected = applyOne;
    QPushButton *applyEvery = buttons->addButton(tr("Apply &all"), QDialogButtonBox::ActionRole);
    applyEvery->setObjectName(u"absenceApplyAll"_s);
    m_applyAll = applyEvery;
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(away, &QPushButton::clicked, this, &AbsenceDialog::markAway);
    connect(back, &QPushButton::clicked, this, &AbsenceDialog::backAtWork);
    connect(applyOne, &QPushButton::clicked, this, &AbsenceDialog::applySelected);
    connect(applyEvery, &QPushButton::clicked, this, &AbsenceDialog::applyAll);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AbsenceDialog::load);
    connect(m_date, &QDateEdit::dateChanged, this, &AbsenceDialog::load);
    resize(980, 480);
    load();
}

void AbsenceDialog::markAway()
{
    QString error;
    if (!m_absence.markAbsent(m_provider->currentData().toString(), m_date->date(), m_session, &error)) {
        m_error->setText(error);
        return;
    }
    m_changed = true;
    load();
}

void AbsenceDialog::backAtWork()
{
    QString error;
    if (!m_absence.clearAbsence(m_provider->currentData().toString(), m_date->date(), m_session, &error)) {
        m_error->setText(error);
        return;
    }
    m_changed = true;
    load();
}

void AbsenceDialog::load()
{
    m_review = m_absence.review(m_provider->currentData().toString(), m_date->date(), m_session);
    m_table->setRowCount(0);
    m_error->setText(m_review.ok() ? QString() : m_review.message);
    const QString day = localformat::longDate(m_date->date());
    const int visits = int(m_review.proposals.size());
    // Proposals only once the provider is marked away: before that the visits stay where they
    // are, and the table lists them so staff see what marking away would mean.
    m_state->setText(!m_review.absent
                             ? tr("%1 works on %2 as usual, %n visit(s) booked. Mark them away to see where each visit "
                                  "could go.", nullptr, visits)
                                       .arg(m_provider->currentText(), day)
                             : tr("%1 is away on %2; %n visit(s) to move.", nullptr, visits)
                                       .arg(m_provider->currentText(), day));
    m_markAway->setEnabled(!m_review.absent);
    m_backAtWork->setEnabled(m_review.absent);
    m_applySelected->setEnabled(m_review.absent && visits > 0);
    m_applyAll->setEnabled(m_review.absent && visits > 0);
    m_table->setColumnHidden(3, !m_review.absent);
    m_table->setColumnHidden(4, !m_review.absent);
    // The last column shown takes the room left: the type before marking away, the other
    // options after.
    m_table->horizontalHeader()->setSectionResizeMode(2, m_review.absent ? QHeaderView::Interactive
                                                                         : QHeaderView::Stretch);
    m_table->setRowCount(visits);
    for (int row = 0; row < m_review.proposals.size(); ++row) {
        const AbsenceProposal &p = m_review.proposals.at(row);
        QString visit = when(p.appointment.startUtc, m_names.zone);
        if (p.emergency)
            visit = tr("Emergency · %1").arg(visit);
        QString proposal;
        switch (p.kind) {
        case AbsenceProposal::Kind::Reassign:
            proposal = tr("Same time with %1 · %2")
                               .arg(m_names.providers.value(p.target.providerId), m_names.chairs.value(p.target.chairId));
            break;
        case AbsenceProposal::Kind::Reschedule:
            proposal = tr("Move to %1").arg(m_names.placement(p.target));
            break;
        case AbsenceProposal::Kind::NoPlace:
            proposal = tr("No place in the next %n day(s): call the patient", nullptr, AbsenceService::kRescheduleDays);
            break;
        }
        QStringList others;
        for (qsizetype a = p.kind == AbsenceProposal::Kind::Reschedule ? 1 : 0; a < p.alternatives.size(); ++a)
            others << m_names.placement(p.alternatives.at(a));
        // One option to a line, so a narrow column wraps between options, not inside them.
        m_table->setItem(row, 0, cell(visit));
        m_table->setItem(row, 1, cell(p.patientName));
        m_table->setItem(row, 2, cell(p.typeName));
        m_table->setItem(row, 3, cell(proposal));
        for (QString &o : others)
            o.prepend(u"• "_s);
        m_table->setItem(row, 4, cell(others.join(u'\n')));
    }
    // The other options stretch and wrap, so every column stays in view.
    for (int column : {0, 1, 2, 3})
        if (m_table->horizontalHeader()->sectionResizeMode(column) != QHeaderView::Stretch)
            m_table->resizeColumnToContents(column);
    m_table->setWordWrap(true);
    m_table->resizeRowsToContents();
}

void AbsenceDialog::apply(const QList<AbsenceProposal> &proposals)
{
    if (proposals.isEmpty()) {
        m_error->setText(tr("Pick the visits to move first."));
        return;
    }
    const AbsenceOutcome outcome = m_absence.apply(proposals, m_session);
    if (!outcome.ok()) {
        m_error->setText(outcome.message);
        return;
    }
    m_changed = true;
    load();
}

void AbsenceDialog::applySelected()
{
    QList<AbsenceProposal> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (int row = 0; row < m_review.proposals.size(); ++row) {
        if (std::any_of(rows.cbegin(), rows.cend(), [row](const QModelIndex &i) { return i.row() == row; }))
            chosen.append(m_review.proposals.at(row));
    }
    apply(chosen);
}

void AbsenceDialog::applyAll()
{
    apply(m_review.proposals);
}

} // namespace chairside
