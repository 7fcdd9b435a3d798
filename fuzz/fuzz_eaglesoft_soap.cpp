// Eaglesoft SOAP replies: envelopes, faults, and every list and single-appointment result.
#include "fuzztarget.h"

#include "sync/eaglesoftcodec.h"

#include <cstdlib>

using namespace chairside::sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const EaglesoftCodec codec(QTimeZone("America/Chicago"));
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto check = [](bool read, const QString &why) {
        if (!read && why.isEmpty())
            std::abort();
    };
    QString why;
    check(soap::read(body, &why).has_value(), why);
    why.clear();
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
    check(codec.slots(body, &why).has_value(), why);
    why.clear();
    check(codec.preferences(body, &why).has_value(), why);
    why.clear();
    check(codec.waitlist(body, &why).has_value(), why);
    return 0;
}
