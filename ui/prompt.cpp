#include "prompt.h"

#include <QInputDialog>
#include <QMessageBox>

namespace chairside {

namespace {
QStringList &queued()
{
    static QStringList answers;
    return answers;
}
QStringList &shown()
{
    static QStringList messages;
    return messages;
}
} // namespace

void Prompt::setNextAnswers(const QStringList &answers)
{
    queued() = answers;
    shown().clear();
}

QStringList Prompt::lastMessages()
{
    return shown();
}

std::optional<QString> Prompt::scripted(const QString &message)
{
    if (queued().isEmpty())
        return std::nullopt;
    shown().append(message);
    return queued().takeFirst();
}

bool Prompt::confirm(QWidget *parent, const QString &title, const QString &text, Default answer)
{
    if (const std::optional<QString> scriptedAnswer = scripted(text))
        return *scriptedAnswer == QLatin1String("yes");
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 answer == Default::Yes ? QMessageBox::Yes : QMessageBox::No)
            == QMessageBox::Yes;
}

std::optional<int> Prompt::choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    if (const std::optional<QString> answer = scripted(label)) {
        bool ok = false;
        const int index = answer->toInt(&ok);
        return ok && index >= 0 && index < items.size() ? std::optional<int>(index) : std::nullopt;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(picked));
}

void Prompt::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (scripted(text))
        return;
    QMessageBox::information(parent, title, text);
}

} // namespace chairside
