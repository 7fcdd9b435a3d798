#include "pmsadapter.h"

#include <QCoreApplication>
#include <QTimer>

namespace chairside::sync {

void PmsAdapter::listSchedules(const QDate &, const QDate &, SchedulesDone done)
{
    PmsError e;
    e.kind = PmsError::Kind::Unsupported;
    e.message = QCoreApplication::translate("chairside::sync::PmsAdapter",
                                            "This practice system's schedules are not read; Chairside's own hours "
                                            "apply.");
    QTimer::singleShot(0, this, [done = std::move(done), e] { done({}, e); });
}

} // namespace chairside::sync
