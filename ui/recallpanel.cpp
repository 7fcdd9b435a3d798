#include "recallpanel.h"

#include "sidepanels.h"

#include "itemmodels/recallmodel.h"
#include "services/access.h"
#include "services/patientmessaging.h"
#include "services/recallservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The earliest a date filter goes: shown as "any" (no bound).
const QDate kAnyDate(2000, 1, 1);

} // namespace

RecallPanel::RecallPanel(RecallService &recalls, QWidget *parent)
    : QWidget(parent), m_recalls(recalls), m_model(new RecallModel(this)), m_provider(new QComboBox(this)),
      m_type(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_book(new QPushButton(this)), m_contact(new QPushButton(this)),
      m_send(new QPushButton(this))
{
    m_provider->setObjectName(u"recallProviderComboBox"_s);
    m_type->setObjectName(u"recallTypeComboBox"_s);
    m_from->setObjectName(u"recallFromDateEdit"_s);
    m_to->setObjectName(u"recallToDateEdit"_s);
    m_view->setObjectName(u"recallView"_s);
    m_count->setObjectName(u"recallCountLabel"_s);
    m_book->setObjectName(u"recallBookButton"_s);
    m_contact->setObjectName(u"recallContactButton"_s);
    m_send->setObjectName(u"recallMessageButton"_s);
    m_send->setVisible(false);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
    }
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);

    // The panel shares the window with the day at 1280 pixels: nothing in it may ask for more
    // width than the other side panels do (long names and Spanish labels shorten or wrap).
    for (QComboBox *combo : {m_provider, m_type}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_count->setWordWrap(true);
    m_view->header()->setMinimumSectionSize(40);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_provider, 1);
    filters->addWidget(m_type, 1);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(m_to, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_book);
    actions->addWidget(m_contact);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_send, 0, Qt::AlignLeft);

    for (QComboBox *box : {m_provider, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &RecallPanel::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &RecallPanel::reload);
    connect(m_book, &QPushButton::clicked, this, [this] { book(currentRow()); });
    connect(m_contact, &QPushButton::clicked, this, &RecallPanel::showContactMenu);
    connect(m_send, &QPushButton::clicked, this, [this] { sendMessage(currentRow()); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { book(index.row()); });
    retranslate();
}

void RecallPanel::setSession(const UserSession &session)
{
    m_session = session;
    enableActions();
}

void RecallPanel::setMessaging(MessagingService *messaging)
{
    m_messaging = messaging;
    enableActions();
}

void RecallPanel::enableActions()
{
    const bool fill = roleMay(m_session.role, Access::FillBook);
    m_book->setEnabled(fill);
    m_contact->setEnabled(fill);
    // Offered only while texts or e-mails can go out.
    m_send->setVisible(m_messaging && m_messaging->connected());
    m_send->setEnabled(fill);
}

void RecallPanel::sendMessage(int row)
{
    if (!m_messaging)
        return;
    if (row < 0 || row >= m_model->rowCount()) {
        Q_EMIT message(tr("Choose a patient in the recall list first."), true);
        return;
    }
    const RecallDue &d = m_model->at(row).due;
    QString error;
    const std::optional<ContactRecord> sent = m_messaging->sendRecall(d.recall.patientId, m_session, &error);
    if (!sent) {
        Q_EMIT message(error, true);
        return;
    }
    Q_EMIT message(sent->channel == ContactChannel::Email ? tr("Recall e-mail to %1 is on its way.").arg(d.patientName)
                                                          : tr("Recall text to %1 is on its way.").arg(d.patientName),
                   false);
    Q_EMIT contactsRecorded();
    reload();
}

void RecallPanel::fillChoices()
{
    if (m_choicesRead)
        return;
    m_choicesRead = true;
    QString error;
    const QSignalBlocker blockProvider(m_provider);
    const QSignalBlocker blockType(m_type);
    m_provider->clear();
    m_provider->addItem(tr("All hygienists and providers"), QString());
    for (const Provider &p : m_recalls.providers(&error))
        m_provider->addItem(p.name, p.id);
    m_type->clear();
    m_type->addItem(tr("All recall types"), QString());
    for (const RecallType &t : m_recalls.types(&error))
        m_type->addItem(t.name, t.id);
    if (!error.isEmpty())
        Q_EMIT message(error, true);
}

void RecallPanel::reload()
{
    if (!roleMay(m_session.role, Access::ReadWaitlist)) {
        m_model->setRows({}, {});
        m_count->clear();
        return;
    }
    fillChoices();
    enableActions();
    RecallListRequest request;
    request.providerId = m_provider->currentData().toString();
    request.recallTypeId = m_type->currentData().toString();
    if (m_from->date() > kAnyDate)
        request.from = m_from->date();
    if (m_to->date() > kAnyDate)
        request.to = m_to->date();
    QString error;
    std::optional<RecallListResult> result = m_recalls.list(request, m_session, &error);
    if (!result) {
        m_model->setRows({}, {});
        m_count->setText(error);
        Q_EMIT message(error, true);
        return;
    }
    const int overdue = int(std::count_if(result->rows.cbegin(), result->rows.cend(), [](const RecallListRow &r) {
        return r.standing == RecallStanding::Overdue;
    }));
    m_count->setText(result->more ? tr("%n due (more; narrow the dates)", nullptr, int(result->rows.size()))
                                  : tr("%n due, %1 overdue", nullptr, int(result->rows.size())).arg(overdue));
    m_model->setRows(std::move(result->rows), result->zone);
}

int RecallPanel::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void RecallPanel::book(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        Q_EMIT message(tr("Choose a patient in the recall list first."), true);
        return;
    }
    const RecallDue &d = m_model->at(row).due;
    QString error;
    const QString typeId = m_recalls.typeToBook(d.recall.recallTypeId, &error);
    if (typeId.isEmpty()) {
        Q_EMIT message(error.isEmpty() ? tr("No appointment type satisfies the %1 recall; set its visits in the "
                                            "practice file.")
                                                 .arg(d.recallTypeName)
                                       : error,
                       true);
        return;
    }
    VisitToBook visit;
    visit.patientId = d.recall.patientId;
    visit.patientName = d.patientName;
    visit.typeId = typeId;
    visit.providerId = d.usualProviderId;
    visit.chairId = d.usualChairId;
    Q_EMIT bookRequested(visit);
}

void RecallPanel::recordContact(int row, ContactOutcome outcome)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const RecallDue &d = m_model->at(row).due;
    QString error;
    if (!m_recalls.recordContact(d.recall.patientId, ContactChannel::Phone, outcome, {}, m_session, &error)) {
        Q_EMIT message(error, true);
        return;
    }
    Q_EMIT message(tr("Recall call with %1 noted: %2.").arg(d.patientName, contactOutcomeText(outcome)), false);
    Q_EMIT contactsRecorded();
    reload();
}

void RecallPanel::showContactMenu()
{
    const int row = currentRow();
    if (row < 0) {
        Q_EMIT message(tr("Choose a patient in the recall list first."), true);
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"recallContactMenu"_s);
    for (const ContactOutcome outcome : {ContactOutcome::NoAnswer, ContactOutcome::LeftMessage,
                                         ContactOutcome::Declined, ContactOutcome::Accepted}) {
        QAction *action = menu.addAction(contactOutcomeText(outcome));
        connect(action, &QAction::triggered, this, [this, row, outcome] { recordContact(row, outcome); });
    }
    menu.exec(m_contact->mapToGlobal(QPoint(0, m_contact->height())));
}

void RecallPanel::retranslate()
{
    m_book->setText(tr("Book…"));
    m_book->setToolTip(tr("Book the patient's recall visit, with their usual hygienist and chair first"));
    m_contact->setText(tr("Record contact"));
    m_contact->setToolTip(tr("Note a recall call and how it went"));
    m_send->setText(tr("Send recall message"));
    m_send->setToolTip(tr("Text or e-mail the patient, by the way they prefer, that a visit is due"));
    m_from->setSpecialValueText(tr("Due from: any"));
    m_to->setSpecialValueText(tr("Due to: the next days"));
    m_view->setAccessibleName(tr("Patients due for a recall visit, the most overdue first"));
    if (m_provider->count() > 0)
        m_provider->setItemText(0, tr("All hygienists and providers"));
    if (m_type->count() > 0)
        m_type->setItemText(0, tr("All recall types"));
}

void RecallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->headerDataChanged(Qt::Horizontal, 0, RecallModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace chairside
