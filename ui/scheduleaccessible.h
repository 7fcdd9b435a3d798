#pragma once

class QAccessibleInterface;
class QObject;
class QString;

namespace chairside {

// Screen-reader support for the schedule view: the view is a list whose items are the
// appointment tiles, each named with its patient, type, time, provider and status (and any
// conflict), with its place on screen. Installed once per application.
void installScheduleAccessibility();
QAccessibleInterface *scheduleAccessibleFactory(const QString &className, QObject *object);

} // namespace chairside
