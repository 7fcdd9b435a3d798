#include "cachekeystore.h"

#include "securebytes.h"

#include <QCoreApplication>
#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "chairside.store.keychain")

namespace chairside::store {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::CacheKeyStore)
};


constexpr int kKeychainTimeoutMs = 20000;

// Runs a QtKeychain job to completion; false when the keychain did not answer in time.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext file instead of the keychain
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

CacheKeyStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CacheKeyStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CacheKeyStore::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CacheKeyStore::Status::Refused;
    case QKeychain::NoBackendAvailable:
        return CacheKeyStore::Status::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return CacheKeyStore::Status::Unavailable;
    }
    return CacheKeyStore::Status::Unavailable;
}

// A failure, told apart by asking the Secret Service itself what state it is in.
CacheKeyStore::Status refine(CacheKeyStore::Status status)
{
    if (status == CacheKeyStore::Status::Ok)
        return status;
    const CacheKeyStore::Status service = KeychainCacheKeyStore::secretServiceState();
    // "Not found" stands unless the Secret Service says it is locked (a locked collection
    // hides its entries); a session without the Secret Service may keep keys elsewhere
    // (KWallet), so its absence never turns "not found" into "no service".
    if (status == CacheKeyStore::Status::NotFound)
        return service == CacheKeyStore::Status::Locked ? service : status;
    return service == CacheKeyStore::Status::Ok ? status : service;
}

} // namespace

CacheKeyStore::Status KeychainCacheKeyStore::secretServiceState()
{
#ifdef Q_OS_LINUX
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Status::NoService;
    const QString serviceName = u"org.freedesktop.secrets"_s;
    // Short answers only: this runs on the thread that opens the cache (the window's).
    constexpr int kProbeMs = 3000;
    QDBusConnectionInterface *daemon = bus.interface();
    daemon->setTimeout(kProbeMs);
    if (!daemon->isServiceRegistered(serviceName).value()
        && !daemon->activatableServiceNames().value().contains(serviceName))
        return Status::NoService;
    QDBusMessage alias = QDBusMessage::createMethodCall(serviceName, u"/org/freedesktop/secrets"_s,
                                                        u"org.freedesktop.Secret.Service"_s, u"ReadAlias"_s);
    alias << u"default"_s;
    const QDBusMessage aliasReply = bus.call(alias, QDBus::Block, kProbeMs);
    if (aliasReply.type() != QDBusMessage::ReplyMessage || aliasReply.arguments().isEmpty())
        return Status::NoService;
    const QString collection = qvariant_cast<QDBusObjectPath>(aliasReply.arguments().constFirst()).path();
    if (collection.isEmpty() || collection == u"/")
        return Status::Locked; // nothing unlocked to keep keys in until someone signs in
    QDBusMessage get = QDBusMessage::createMethodCall(serviceName, collection, u"org.freedesktop.DBus.Properties"_s,
                                                      u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusMessage lockedReply = bus.call(get, QDBus::Block, kProbeMs);
    if (lockedReply.type() == QDBusMessage::ReplyMessage && !lockedReply.arguments().isEmpty()
        && qvariant_cast<QDBusVariant>(lockedReply.arguments().constFirst()).variant().toBool())
        return Status::Locked;
#endif
    return Status::Ok;
}

QString KeychainCacheKeyStore::entryName(const QString &cacheId)
{
    return u"cache-"_s + cacheId;
}

CacheKeyStore::ReadResult KeychainCacheKeyStore::readKey(const QString &cacheId)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(entryName(cacheId));
    ReadResult result;
    if (!runJob(job)) {
        result.status = Status::Unavailable;
        result.error = Text::tr("the keychain did not answer within %1 seconds").arg(kKeychainTimeoutMs / 1000);
        return result;
    }
    result.status = refine(statusFor(job.error()));
    if (result.status == Status::Ok) {
        result.key = job.binaryData();
    } else {
        result.error = job.errorString();
        qCInfo(lcKeychain) << "keychain read failed for cache" << cacheId << "code" << int(job.error());
    }
    return result;
}

CacheKeyStore::Status KeychainCacheKeyStore::writeKey(const QString &cacheId, const QByteArray &key, QString *error)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
    job.setKey(entryName(cacheId));
    job.setBinaryData(key);
    if (!runJob(job)) {
        if (error)
            *error = Text::tr("the keychain did not answer within %1 seconds").arg(kKeychainTimeoutMs / 1000);
        return Status::Unavailable;
    }
    const Status status = refine(statusFor(job.error()));
    if (status != Status::Ok && error)
        *error = job.errorString();
    return status;
}

CacheKeyStore::Status KeychainCacheKeyStore::deleteKey(const QString &cacheId, QString *error)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    job.setKey(entryName(cacheId));
    if (!runJob(job)) {
        if (error)
            *error = Text::tr("the keychain did not answer within %1 seconds").arg(kKeychainTimeoutMs / 1000);
        return Status::Unavailable;
    }
    const Status status = statusFor(job.error());
    if (status != Status::Ok && error)
        *error = job.errorString();
    return status;
}

QString KeychainCacheKeyStore::describe() const
{
    return Text::tr("the system keychain");
}

MemoryCacheKeyStore::~MemoryCacheKeyStore()
{
    for (QByteArray &key : m_keys)
        secureWipe(key);
}

CacheKeyStore::ReadResult MemoryCacheKeyStore::readKey(const QString &cacheId)
{
    const auto it = m_keys.constFind(cacheId);
    if (it == m_keys.constEnd())
        return {Status::NotFound, {}, Text::tr("no key held for this cache in memory")};
    return {Status::Ok, QByteArray(it->constData(), it->size()), {}};
}

CacheKeyStore::Status MemoryCacheKeyStore::writeKey(const QString &cacheId, const QByteArray &key, QString *)
{
    secureWipe(m_keys[cacheId]);
    m_keys[cacheId] = QByteArray(key.constData(), key.size());
    return Status::Ok;
}

CacheKeyStore::Status MemoryCacheKeyStore::deleteKey(const QString &cacheId, QString *)
{
    secureWipe(m_keys[cacheId]);
    m_keys.remove(cacheId);
    return Status::Ok;
}

QString MemoryCacheKeyStore::describe() const
{
    return Text::tr("process memory");
}

} // namespace chairside::store
