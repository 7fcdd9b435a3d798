// Dentrix REST replies: lists of appointments, operatories, providers, types and patients, a
// single appointment, an OAuth2 token, an error body, availability, preferences, the waitlist.
#include "fuzztarget.h"

#include "sync/dentrixcodec.h"

#include <cstdlib>

using namespace chairside::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const DentrixCodec codec(QTimeZone("America/Chicago"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto check = [](bool read, const QString &why) {
        if (!read && why.isEmpty())
            std::abort();
    };
    QString why;
    check(codec.appointments(body, &why).has_value(), why);
    why.clear();
    check(codec.appointment(body, &why).has_value(), why);
    why.clear();
    check(codec.operatories(body, &why).has_value(), why);
    why.clear();
    check(codec.providers(body, &why).has_value(), why);
    why.clear();
    check(codec.appointmentTypes(body, &why).has_value(), why);
    why.clear();
    check(codec.patients(body, &why).has_value(), why);
    why.clear();
    check(DentrixCodec::token(body, &why).has_value(), why);
    why.clear();
    check(codec.slots(body, &why).has_value(), why);
    why.clear();
    check(codec.preferences(body, &why).has_value(), why);
    why.clear();
    check(codec.waitlist(body, &why).has_value(), why);
    (void)DentrixCodec::errorMessage(body);
    return 0;
}
