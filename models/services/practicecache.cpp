#include "practicecache.h"

#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/processhardening.h"

namespace chairside {

PracticeCache::PracticeCache(std::unique_ptr<store::CacheKeyStore> keys, std::unique_ptr<store::Cache> cache)
    : m_keys(std::move(keys)), m_cache(std::move(cache))
{
}

PracticeCache::~PracticeCache()
{
    m_cache.reset(); // closed before the key store it was opened with goes
}

PracticeCache::Opened PracticeCache::open(const QString &dataDir, Mode mode, const Clock &clock, KeyPlace keys)
{
    std::unique_ptr<store::CacheKeyStore> keyStore;
    if (keys == KeyPlace::Keychain)
        keyStore = std::make_unique<store::KeychainCacheKeyStore>();
    else
        keyStore = std::make_unique<store::MemoryCacheKeyStore>();
    store::Cache::OpenResult opened = store::Cache::open(
            dataDir, *keyStore,
            mode == Mode::CreateIfMissing ? store::Cache::OpenMode::CreateIfMissing : store::Cache::OpenMode::OpenExisting,
            nullptr, clock);
    Opened out;
    out.notice = opened.notice;
    if (!opened.cache) {
        out.error = opened.error.message;
        return out;
    }
    out.cache.reset(new PracticeCache(std::move(keyStore), std::move(opened.cache)));
    return out;
}

bool PracticeCache::existsIn(const QString &dataDir)
{
    return !store::Cache::findCacheFile(dataDir).isEmpty();
}

void PracticeCache::hardenProcess()
{
    store::disableCoreDumps();
}

store::Cache &PracticeCache::store()
{
    return *m_cache;
}

QString PracticeCache::cacheId() const
{
    return m_cache->cacheId();
}

QString PracticeCache::filePath() const
{
    return m_cache->filePath();
}

bool PracticeCache::openedOnFullDisk() const
{
    return m_cache->openedOnFullDisk();
}

} // namespace chairside
