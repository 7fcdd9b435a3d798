#pragma once

#include "clicommands.h"

#include "domain/appointment.h"
#include "services/bookingservice.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace chairside::cli {

// One parsed invocation of a command: its own options, the arguments after its name, and
// the options every command takes (--data-dir, --user, --lang, --json, --help).
struct CommandLine
{
    QTextStream &out;
    QTextStream &err;
    QCommandLineParser &parser;
    QHash<QString, const QCommandLineOption *> options;
    QStringList args;
    QString dataDir;
    QString user;

    [[nodiscard]] bool has(const QString &name) const
    {
        const QCommandLineOption *o = options.value(name);
        return o && parser.isSet(*o);
    }
    [[nodiscard]] QString value(const QString &name) const
    {
        const QCommandLineOption *o = options.value(name);
        return o ? parser.value(*o) : QString();
    }
    [[nodiscard]] bool json() const { return has(QStringLiteral("json")); }
    // False, with the missing ones named on stderr, unless every option in `names` is given.
    [[nodiscard]] bool require(const QString &command, const QStringList &names) const;
};

// One command of chairside-cli: its name ("cancel", "waitlist add"), what it does, its
// options, its exit codes and the function that runs it. The table (commandTable()) is the
// one list `help`, `--help` and the dispatcher read.
struct Command
{
    struct Option
    {
        QString name;
        QString valueName;                  // empty for a flag
        std::function<QString()> describe; // in the program's language
    };

    QString name;
    std::function<QString()> summary; // one line, in the program's language
    QString synopsis;                 // the options as typed (never translated)
    QList<Option> options;
    int args = 0;                     // arguments after the name
    bool json = false;                // takes --json
    QList<int> exitCodes;             // besides 0
    std::function<int(CommandLine &)> run;
};

// The commands, in the order `help` lists them.
[[nodiscard]] const QList<Command> &commandTable();

// The commands that fill the book: waitlist, offers, the unscheduled list, the dashboard.
void appendFillCommands(QList<Command> &table);
// `patient add` and `patient edit`.
void appendPatientCommands(QList<Command> &table);
// `recall list`.
void appendRecallCommands(QList<Command> &table);
// `messaging connect`, `messaging status`, `messaging quiet-hours` and `worker`.
void appendMessagingCommands(QList<Command> &table);

// How times and appointments are printed for scripts (`--json`): the practice's local time
// as YYYY-MM-DDTHH:MM, ids kept.
[[nodiscard]] QString localStamp(const QDateTime &utc, const QTimeZone &zone);
[[nodiscard]] QJsonObject appointmentJson(const Appointment &a, const QTimeZone &zone);

// --reason's value as a cancellation reason; empty, with what to give on `err`, otherwise.
[[nodiscard]] std::optional<CancelReason> cancelReasonOption(const QString &text, QTextStream &err);

// What an exit code means, in the program's language.
[[nodiscard]] QString exitCodeText(int code);

} // namespace chairside::cli
