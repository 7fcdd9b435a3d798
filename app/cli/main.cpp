#include "clicommands.h"

#include "services/practicecache.h"
#include "translations/language.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    chairside::PracticeCache::hardenProcess(); // before any key or patient record is in memory
    QCoreApplication app(argc, argv);
    // Quiet by default; QT_LOGGING_RULES="chairside.*=true" turns diagnostics back on.
    QLoggingCategory::setFilterRules(QStringLiteral("chairside.*.info=false\nchairside.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Chairside"));
    QCoreApplication::setApplicationName(QStringLiteral("chairside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // Messages, errors and --help in the system's language, or the one --lang names.
    QString languageError;
    const QString language = chairside::language::startLanguage(argc, argv, {}, &languageError);
    if (language.isEmpty() || !chairside::language::use(language, &languageError)) {
        err << "chairside-cli: " << languageError << Qt::endl;
        return 2;
    }
    return chairside::cli::run(QCoreApplication::arguments(), out, err);
}
