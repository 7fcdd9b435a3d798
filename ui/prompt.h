#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace chairside {

// Questions the schedule asks staff (confirm a cancellation, pick a reason). Tests queue the
// answers instead of clicking a modal box: an answer set with setNextAnswers is used, in order,
// instead of showing the dialog.
class Prompt
{
public:
    // Which answer Enter gives: No where saying yes loses something, Yes where it only
    // confirms what staff just asked for.
    enum class Default { No, Yes };
    [[nodiscard]] static bool confirm(QWidget *parent, const QString &title, const QString &text,
                                      Default answer = Default::No);
    // One of `items` (shown as given), or empty when staff backs out.
    [[nodiscard]] static std::optional<int> choose(QWidget *parent, const QString &title, const QString &label,
                                                   const QStringList &items);
    static void inform(QWidget *parent, const QString &title, const QString &text);

    // "yes"/"no" for confirm, an item's index for choose, anything for inform.
    static void setNextAnswers(const QStringList &answers);
    [[nodiscard]] static QStringList lastMessages();

private:
    static std::optional<QString> scripted(const QString &message);
};

} // namespace chairside
