#include "pmscredentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

const QString kService = u"Chairside PMS"_s;

QString entry(const QString &cacheId, const QString &pms)
{
    return cacheId + u'/' + pms;
}

bool finish(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *error = QCoreApplication::translate("chairside::sync::PmsCredentialStore",
                                             "The keychain did not answer; unlock it and try again.");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

bool PmsCredentialStore::write(const QString &cacheId, const QString &pms, const PmsCredentials &credentials,
                               QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(entry(cacheId, pms));
    job.setBinaryData(QJsonDocument(QJsonObject{{u"identity"_s, credentials.identity},
                                                {u"secret"_s, credentials.secret},
                                                {u"apiKey"_s, credentials.apiKey}})
                              .toJson(QJsonDocument::Compact));
    return finish(job, error);
}

std::optional<PmsCredentials> PmsCredentialStore::read(const QString &cacheId, const QString &pms, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(entry(cacheId, pms));
    if (!finish(job, error)) {
        if (job.error() == QKeychain::EntryNotFound)
            *error = QCoreApplication::translate("chairside::sync::PmsCredentialStore",
                                                 "No keys are stored for %1; connect with `chairside-cli pms connect`.")
                             .arg(pms);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(job.binaryData()).object();
    PmsCredentials c{o.value(u"identity"_s).toString(), o.value(u"secret"_s).toString(),
                     o.value(u"apiKey"_s).toString()};
    const bool complete = credentialsComplete(pms, c);
    if (!complete) {
        *error = QCoreApplication::translate("chairside::sync::PmsCredentialStore",
                                             "The stored keys for %1 are incomplete; connect again.")
                         .arg(pms);
        return std::nullopt;
    }
    return c;
}

namespace {

class CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::PmsCredentialStore)
};

} // namespace

bool credentialsComplete(const QString &pms, const PmsCredentials &c)
{
    if (pms == u"nexhealth" || pms.endsWith(u"sendgrid"))
        return !c.apiKey.isEmpty();
    return !c.identity.isEmpty() && !c.secret.isEmpty() && (pms != u"dentrix" || !c.apiKey.isEmpty());
}

QString credentialsWanted(const QString &pms)
{
    if (pms == u"opendental")
        return CredentialText::tr("Open Dental's developer key and the practice's customer key.");
    if (pms == u"dentrix")
        return CredentialText::tr("the OAuth client id, client secret and API key.");
    if (pms == u"eaglesoft")
        return CredentialText::tr("the user name and password.");
    return CredentialText::tr("the practice's NexHealth API key.");
}

std::optional<PmsCredentials> parseCredentials(const QString &pms, const QStringList &lines, QString *error)
{
    auto line = [&](int i) { return i < lines.size() ? lines.at(i).trimmed() : QString(); };
    PmsCredentials c;
    if (pms == u"opendental") {
        const QString keys = line(0);
        const qsizetype slash = keys.indexOf(u'/');
        if (slash > 0 && slash < keys.size() - 1)
            return PmsCredentials{keys.left(slash), keys.mid(slash + 1), {}};
        *error = CredentialText::tr("give the keys on the first line of standard input as DEVELOPERKEY/CUSTOMERKEY.");
        return std::nullopt;
    }
    if (pms == u"dentrix") {
        c = {line(0), line(1), line(2)};
        if (!c.identity.isEmpty() && !c.secret.isEmpty() && !c.apiKey.isEmpty())
            return c;
        *error = CredentialText::tr("give the OAuth client id, client secret and API key on three lines of standard input.");
        return std::nullopt;
    }
    if (pms == u"eaglesoft") {
        // The password is taken as typed: only the line break ends it.
        c = {line(0), lines.size() > 1 ? QString(lines.at(1)).remove(u'\r') : QString(), {}};
        if (!c.identity.isEmpty() && !c.secret.isEmpty())
            return c;
        *error = CredentialText::tr("give the user name and password on two lines of standard input.");
        return std::nullopt;
    }
    if (pms == u"nexhealth") {
        c.apiKey = line(0);
        if (!c.apiKey.isEmpty())
            return c;
        *error = CredentialText::tr("give NexHealth's API key on the first line of standard input.");
        return std::nullopt;
    }
    *error = CredentialText::tr("the practice system must be opendental, dentrix, eaglesoft or nexhealth.");
    return std::nullopt;
}

} // namespace chairside::sync
