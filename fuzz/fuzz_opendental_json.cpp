// Open Dental API v1 replies: appointments, operatories, providers, appointment types, patients,
// schedules and scheduleops.
#include "fuzztarget.h"

#include "sync/opendentalcodec.h"

#include <cstdlib>

using namespace chairside::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const OpenDentalCodec codec(QTimeZone("America/Chicago"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto check = [](bool read, const QString &why) {
        if (!read && why.isEmpty())
            std::abort(); // refused without saying why
    };
    QString why;
    check(codec.appointments(body, &why).has_value(), why);
    why.clear();
    check(codec.operatories(body, &why).has_value(), why);
    why.clear();
    check(codec.providers(body, &why).has_value(), why);
    why.clear();
    check(codec.appointmentTypes(body, &why).has_value(), why);
    why.clear();
    check(codec.patients(body, &why).has_value(), why);
    why.clear();
    bool named = false;
    check(codec.schedules(body, &named, &why).has_value(), why);
    why.clear();
    check(codec.scheduleOps(body, &why).has_value(), why);
    return 0;
}
