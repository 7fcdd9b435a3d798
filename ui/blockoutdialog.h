#pragma once

#include "domain/practice.h"

#include <QDialog>
#include <QTimeZone>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace chairside {

struct SchedulePage;

// A blockout's label, its day and times, once or weekly (the weekdays and an until date),
// and what it keeps: the whole practice, a chair or a provider. It only gathers the answer:
// `submit` (the window's call into the service) says whether it was taken, and a refusal
// stays in the dialog with its reason so nothing typed is lost.
class BlockoutDialog final : public QDialog
{
    Q_OBJECT
public:
    // `submit` returns empty when the blockout was saved, else why not.
    using Submit = std::function<QString(const Block &)>;

    BlockoutDialog(const SchedulePage &page, const QTimeZone &zone, const Block &initial, Submit submit,
                   QWidget *parent = nullptr);

    // The blockout as the form now says (its id and left-out dates kept).
    [[nodiscard]] Block block() const;
    // Staff may read it but not change it: every field is shown read-only, with why.
    void setReadOnly(const QString &why);

    void accept() override;

private:
    void updateRepeat();

    Block m_initial;
    QTimeZone m_zone;
    Submit m_submit;
    QLineEdit *m_label = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_repeat = nullptr;
    std::array<QCheckBox *, 7> m_days{};
    QCheckBox *m_hasUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace chairside
