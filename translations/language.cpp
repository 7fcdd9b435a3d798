#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <QHash>
#include <QMutex>

#include <memory>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace chairside::language {

namespace {

QString g_current = u"en"_s;
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

QLocale::Language qtLanguage(const QString &language)
{
    return language == u"es" ? QLocale::Spanish : QLocale::English;
}

} // namespace

QStringList available()
{
    return {u"en"_s, u"es"_s};
}

std::optional<QString> parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == u"español" || t == u"espanol" || t == u"spanish")
        return u"es"_s;
    if (t == u"english" || t == u"inglés" || t == u"ingles")
        return u"en"_s;
    const QString code = t.section(u'_', 0, 0).section(u'-', 0, 0).section(u'.', 0, 0);
    if (available().contains(code))
        return code;
    return std::nullopt;
}

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    for (const QString &l : available()) {
        if (system.language() == qtLanguage(l))
            return l;
    }
    return u"en"_s;
}

QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = qtLanguage(language);
    if (system.language() == wanted)
        return system;
    if (system.language() != QLocale::C && system.territory() != QLocale::AnyTerritory) {
        const QLocale local(wanted, system.territory());
        if (local.language() == wanted && local.territory() == system.territory())
            return local;
    }
    return QLocale(wanted, QLocale::UnitedStates);
}

bool use(const QString &language, QString *error)
{
    if (!available().contains(language)) {
        *error = QCoreApplication::translate("chairside::language", "There is no \"%1\" catalogue; use one of %2.")
                         .arg(language, available().join(u", "_s));
        return false;
    }
    const QLocale locale = localeFor(language);
    auto own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u":/i18n/chairside_"_s + language + u".qm"_s)) {
        delete own;
        *error = QCoreApplication::translate("chairside::language",
                                             "The %1 catalogue built into Chairside could not be loaded; "
                                             "reinstall Chairside.")
                         .arg(nativeName(language));
        return false;
    }
    // Qt's own words (OK, Cancel, the file and print dialogs): from Qt's translations folder;
    // English needs none, and a missing qtbase catalogue leaves those few words in English.
    QTranslator *qt = nullptr;
    if (language != u"en") {
        qt = new QTranslator(QCoreApplication::instance());
        // Qt's own folder (Linux packages), beside the program (windeployqt), in the bundle (macOS).
        const QString here = QCoreApplication::applicationDirPath();
        const QStringList folders = {QLibraryInfo::path(QLibraryInfo::TranslationsPath), here + u"/translations"_s,
                                     here + u"/../Resources/translations"_s};
        const bool loaded = std::any_of(folders.cbegin(), folders.cend(), [&](const QString &folder) {
            return qt->load(locale, u"qtbase"_s, u"_"_s, folder);
        });
        if (!loaded) {
            delete qt;
            qt = nullptr;
        }
    }
    QLocale::setDefault(locale);
    if (g_qt) {
        QCoreApplication::removeTranslator(g_qt);
        delete g_qt;
    }
    if (g_own) {
        QCoreApplication::removeTranslator(g_own);
        delete g_own;
    }
    g_current = language;
    g_own = own;
    g_qt = qt;
    if (qt)
        QCoreApplication::installTranslator(qt);
    // Installed last so it is asked first, and its LanguageChange is the one widgets act on.
    QCoreApplication::installTranslator(own);
    return true;
}

QString current()
{
    return g_current;
}

QString nativeName(const QString &language)
{
    return language == u"es" ? u"Español"_s : u"English"_s;
}

QString startLanguage(int argc, char **argv, const QString &preferred, QString *error)
{
    QString asked;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 || std::strcmp(argv[i], "-lang") == 0) {
            asked = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
            if (asked.isEmpty())
                asked = u"?"_s;
            break;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            asked = QString::fromLocal8Bit(argv[i] + 7);
            break;
        }
    }
    if (!asked.isEmpty()) {
        if (const std::optional<QString> l = parse(asked))
            return *l;
        *error = QCoreApplication::translate("chairside::language", "--lang \"%1\" is not a language Chairside speaks; "
                                                                    "use es or en.")
                         .arg(asked);
        return {};
    }
    if (const std::optional<QString> l = parse(preferred))
        return *l;
    return systemLanguage();
}

QString translate(const QString &language, const char *context, const char *source)
{
    // One catalogue per language, loaded on first use and kept: patient messages are
    // prepared one after another, often in the same language.
    static QHash<QString, std::shared_ptr<QTranslator>> catalogues;
    static QMutex mutex;
    if (language != u"en" && available().contains(language)) {
        QMutexLocker lock(&mutex);
        std::shared_ptr<QTranslator> &catalogue = catalogues[language];
        if (!catalogue) {
            catalogue = std::make_shared<QTranslator>();
            if (!catalogue->load(u":/i18n/chairside_"_s + language + u".qm"_s))
                qWarning("chairside: the %s catalogue could not be loaded", qPrintable(language));
        }
        const QString text = catalogue->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace chairside::language
