#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chairside::sync {

// A PMS connection's secrets.
struct PmsCredentials
{
    QString identity; // Open Dental developer key; Dentrix OAuth client id; Eaglesoft user name
    QString secret;   // Open Dental customer key; Dentrix client secret; Eaglesoft password
    QString apiKey;   // Dentrix X-API-Key; NexHealth's API key; empty for the others
};

// Whether `credentials` hold everything `pms` needs; what it needs, in words, for a person.
[[nodiscard]] bool credentialsComplete(const QString &pms, const PmsCredentials &credentials);
[[nodiscard]] QString credentialsWanted(const QString &pms);

// Reads the secrets for `pms` as given on standard input: Open Dental "DEVELOPERKEY/CUSTOMERKEY"
// on one line; Dentrix the client id, client secret and API key on three lines; Eaglesoft the
// user name and password on two lines; NexHealth the API key on one. Empty with what is
// expected when they are incomplete.
[[nodiscard]] std::optional<PmsCredentials> parseCredentials(const QString &pms, const QStringList &lines,
                                                             QString *error);

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
