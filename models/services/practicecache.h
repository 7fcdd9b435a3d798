#pragma once

#include <QString>

#include <memory>

namespace chairside {

class Clock;

namespace store {
class Cache;
class CacheKeyStore;
} // namespace store

// The practice's encrypted cache as the window and the command line hold it. They open it
// here, keep it open while they work and hand it to the services (PracticeServices, or a
// service built on its own) as an opaque handle: the store behind it is the services' and the
// sync's alone, so nothing in ui/ or app/ reads or writes the cache but through a service.
class PracticeCache
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };
    // Where the cache's key lives: the OS keychain (every practice's cache), or this process's
    // memory only (a throw-away cache that must not outlive the process: the self-test).
    enum class KeyPlace { Keychain, ProcessMemory };

    struct Opened
    {
        std::unique_ptr<PracticeCache> cache;
        QString error;  // why it did not open, in the user's language, with what to do
        QString notice; // something staff should hear once though it opened (see store::Cache)
    };

    // `clock` dates what opening records (the schema upgrades it applies).
    [[nodiscard]] static Opened open(const QString &dataDir, Mode mode, const Clock &clock,
                                     KeyPlace keys = KeyPlace::Keychain);
    // Whether `dataDir` holds a cache file, opened or not.
    [[nodiscard]] static bool existsIn(const QString &dataDir);
    // Keeps keys and patient data out of core dumps (store::disableCoreDumps); the first
    // thing either program does.
    static void hardenProcess();

    ~PracticeCache();
    PracticeCache(const PracticeCache &) = delete;
    PracticeCache &operator=(const PracticeCache &) = delete;

    // The handle the services are built on.
    [[nodiscard]] store::Cache &store();
    [[nodiscard]] QString cacheId() const;
    [[nodiscard]] QString filePath() const;
    // Opened for reading only because its disk is full (every write will say so).
    [[nodiscard]] bool openedOnFullDisk() const;

private:
    PracticeCache(std::unique_ptr<store::CacheKeyStore> keys, std::unique_ptr<store::Cache> cache);

    std::unique_ptr<store::CacheKeyStore> m_keys;
    std::unique_ptr<store::Cache> m_cache;
};

} // namespace chairside
