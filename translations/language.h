#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QLocale;

// The language Chairside speaks: its own catalogue and Qt's (standard buttons and dialogs),
// plus the locale dates, times, weekday and month names and the first day of the week follow.
namespace chairside::language {

// The languages with a catalogue: "en" and "es".
QStringList available();

// "es" or "en" from what a person typed ("es", "ES", "es_MX", "español"…); nothing otherwise.
std::optional<QString> parse(const QString &text);

// The system locale's language when Chairside has it, else English.
QString systemLanguage();

// The locale for a language: the system's own when it speaks that language, else the language
// as used in the system's country when Qt knows that pairing (Spanish on a US machine is es_US),
// else the language in the United States (US practices are the ones the PMSs serve).
QLocale localeFor(const QString &language);

// Makes `language` current for the whole application: replaces the installed translators
// (each install sends QEvent::LanguageChange to every widget) and sets the default QLocale.
// False, with what went wrong, when the catalogue cannot be loaded; the previous language stays.
bool use(const QString &language, QString *error);

// The language last passed to use(), or "en" before that.
QString current();

// `source` (marked with QT_TRANSLATE_NOOP under `context`) in `language`, whatever language
// the program itself speaks: for messages to patients, who may speak another language than
// the staff. English, or a text the catalogue lacks, gives `source` itself.
QString translate(const QString &language, const char *context, const char *source);

// The name of a language in that language, for menus: "English", "Español".
QString nativeName(const QString &language);

// The language a program starts in: `--lang X` / `--lang=X` in argv when given, else
// `preferred` (a saved choice; empty for none), else the system's. A --lang that names no
// catalogue is reported through `error` and the result is empty.
QString startLanguage(int argc, char **argv, const QString &preferred, QString *error);

} // namespace chairside::language
