#pragma once

#include "storeboundary.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace chairside::store {

// Where the cache's 256-bit key lives. The product uses the OS keychain; the key never
// touches the disk, settings or logs.
class CacheKeyStore
{
public:
    // Locked: the keychain runs but its collection is locked (no desktop sign-in unlocked it).
    // NoService: no keychain service answers in this session. Refused: the keychain or the
    // person at the prompt refused access. Unavailable: any other failure.
    enum class Status { Ok, NotFound, Unavailable, Locked, NoService, Refused };
    struct ReadResult
    {
        Status status = Status::Unavailable;
        QByteArray key; // wipe with secureWipe() after use
        QString error;  // what the keychain said, for an actionable message
    };

    virtual ~CacheKeyStore() = default;
    [[nodiscard]] virtual ReadResult readKey(const QString &cacheId) = 0;
    [[nodiscard]] virtual Status writeKey(const QString &cacheId, const QByteArray &key, QString *error) = 0;
    [[nodiscard]] virtual Status deleteKey(const QString &cacheId, QString *error) = 0;
    // A short name of where keys live, for messages ("the system keychain").
    [[nodiscard]] virtual QString describe() const = 0;
};

// The OS keychain through QtKeychain: service "Chairside", one entry "cache-<id>" per cache.
// Calls block (with a nested event loop) until the keychain answers or 20 s pass.
class KeychainCacheKeyStore final : public CacheKeyStore
{
public:
    static constexpr const char *kService = "Chairside";
    static QString entryName(const QString &cacheId);

    ReadResult readKey(const QString &cacheId) override;
    Status writeKey(const QString &cacheId, const QByteArray &key, QString *error) override;
    Status deleteKey(const QString &cacheId, QString *error) override;
    QString describe() const override;

    // What the session's Secret Service says of itself: NoService when none answers, Locked
    // when its default collection is locked (or there is none to store into), else Ok. A
    // locked collection hides its entries, so "not found" is only believed after this.
    [[nodiscard]] static Status secretServiceState();
};

// Keys held in process memory only. For benchmarks and throw-away caches that must not
// outlive the process; never used for a practice's cache.
class MemoryCacheKeyStore final : public CacheKeyStore
{
public:
    ~MemoryCacheKeyStore() override;
    ReadResult readKey(const QString &cacheId) override;
    Status writeKey(const QString &cacheId, const QByteArray &key, QString *error) override;
    Status deleteKey(const QString &cacheId, QString *error) override;
    QString describe() const override;

private:
    QHash<QString, QByteArray> m_keys;
};

} // namespace chairside::store
