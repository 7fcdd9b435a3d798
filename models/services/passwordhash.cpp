#include "passwordhash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace chairside::passwordhash {

QByteArray newSalt()
{
    QByteArray salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        return {};
    return salt;
}

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return {};
    return out;
}

bool matches(const QByteArray &password, const QByteArray &salt, int iterations, const QByteArray &expected)
{
    const QByteArray got = derive(password, salt, iterations);
    return !got.isEmpty() && got.size() == expected.size()
            && CRYPTO_memcmp(got.constData(), expected.constData(), size_t(got.size())) == 0;
}

} // namespace chairside::passwordhash
