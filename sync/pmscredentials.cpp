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
    job.setBinaryData(QJsonDocument(QJsonObject{{u"developerKey"_s, credentials.developerKey},
                                                {u"customerKey"_s, credentials.customerKey}})
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
    PmsCredentials c{o.value(u"developerKey"_s).toString(), o.value(u"customerKey"_s).toString()};
    if (c.developerKey.isEmpty() || c.customerKey.isEmpty()) {
        *error = QCoreApplication::translate("chairside::sync::PmsCredentialStore",
                                             "The stored keys for %1 are incomplete; connect again.")
                         .arg(pms);
        return std::nullopt;
    }
    return c;
}

} // namespace chairside::sync
