#pragma once

#include <QString>

#include <optional>

namespace chairside::sync {

// A PMS connection's secrets: for Open Dental the developer and customer keys.
struct PmsCredentials
{
    QString developerKey;
    QString customerKey;
};

// Keeps PMS secrets in the operating system's keychain, per cache and PMS, and nowhere else
// (not in settings, the cache or logs). Calls block until the keychain answers (20 s at most).
class PmsCredentialStore
{
public:
    [[nodiscard]] static bool write(const QString &cacheId, const QString &pms, const PmsCredentials &credentials,
                                    QString *error);
    // Empty with a reason when there are none or the keychain cannot be reached.
    [[nodiscard]] static std::optional<PmsCredentials> read(const QString &cacheId, const QString &pms, QString *error);
};

} // namespace chairside::sync
