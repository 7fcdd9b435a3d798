#include "clisession.h"

#include "clicommands.h"
#include "secretinput.h"

#include "services/localsession.h"
#include "services/useraccounts.h"
#include "services/practicecache.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

} // namespace

std::optional<UserSession> actAs(store::Cache &cache, const Clock &clock, const QString &userName,
                                 std::optional<Access> access, QTextStream &err, int *exitCode)
{
    UserAccounts accounts(cache, clock);
    QString error;
    const std::optional<bool> hasUsers = accounts.hasUsers(&error);
    if (!hasUsers) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        *exitCode = CacheUnavailable;
        return std::nullopt;
    }
    UserSession session;
    if (!*hasUsers) {
        if (!userName.isEmpty()) {
            err << Text::tr("chairside-cli: this cache has no staff accounts yet, so there is no \"%1\" to sign in as; "
                            "leave out --user, or add the office manager first with `chairside-cli users add`.")
                           .arg(userName)
                << Qt::endl;
            *exitCode = BadInput;
            return std::nullopt;
        }
        session = operatingSystemSession();
    } else {
        if (userName.isEmpty()) {
            err << Text::tr("chairside-cli: this cache has staff accounts: sign in with --user NAME (the password is read "
                            "from the terminal, or from the first line of stdin).")
                << Qt::endl;
            *exitCode = SignInFailed;
            return std::nullopt;
        }
        QByteArray password = readSecretLine(Text::tr("Password for %1: ").arg(userName));
        const std::optional<SignedIn> signedIn =
                accounts.signIn(userName, password, operatingSystemSession().workstation, &error);
        if (!signedIn) {
            err << u"chairside-cli: "_s << error << Qt::endl;
            *exitCode = SignInFailed;
            return std::nullopt;
        }
        session = signedIn->session;
    }
    if (access) {
        if (const std::optional<QString> denied = refuseUnlessAllowed(cache, clock, session, *access)) {
            err << u"chairside-cli: "_s << *denied << Qt::endl;
            *exitCode = Denied;
            return std::nullopt;
        }
    }
    return session;
}

std::unique_ptr<PracticeCache> openSignedIn(const QString &dataDir, const Clock &clock, const QString &userName,
                                            std::optional<Access> access, UserSession *session, QTextStream &err,
                                            int *exitCode)
{
    PracticeCache::Opened opened = PracticeCache::open(dataDir, PracticeCache::Mode::OpenExisting, clock);
    if (!opened.cache) {
        err << Text::tr("chairside-cli: cannot open the cache: ") << opened.error << Qt::endl;
        *exitCode = CacheUnavailable;
        return nullptr;
    }
    if (!opened.notice.isEmpty())
        err << QStringLiteral("chairside-cli: ") << opened.notice << Qt::endl;
    const std::optional<UserSession> signedIn = actAs(opened.cache->store(), clock, userName, access, err, exitCode);
    if (!signedIn)
        return nullptr;
    *session = *signedIn;
    return std::move(opened.cache);
}

} // namespace chairside::cli
