// NexHealth Synchronizer API replies: the {code, description, error, data} envelope around
// lists of appointments (visits and blocks), operatories, providers, types, patients and
// working hours, a single appointment, a location, a token, an error body.
#include "fuzztarget.h"

#include "sync/nexhealthcodec.h"

#include <cstdlib>

using namespace chairside::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const NexHealthCodec codec(QTimeZone("America/Chicago"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto check = [](bool read, const QString &why) {
        if (!read && why.isEmpty())
            std::abort();
    };
    QString why;
    check(codec.appointments(body, &why).has_value(), why);
    why.clear();
    check(codec.blocks(body, &why).has_value(), why);
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
    check(codec.workingHours(body, QDate(2026, 12, 1), QDate(2026, 12, 31), &why).has_value(), why);
    why.clear();
    check(NexHealthCodec::location(body, &why).has_value(), why);
    why.clear();
    check(NexHealthCodec::token(body, &why).has_value(), why);
    (void)NexHealthCodec::errorMessage(body);
    return 0;
}
