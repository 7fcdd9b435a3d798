#pragma once

#include <QString>

namespace chairside {

// The language chosen in Settings on this computer for this person: "en", "es", or empty for
// the computer's own. Kept with the other window settings (not in the cache: it is about the
// workstation, not the practice).
QString savedLanguage();
void saveLanguage(const QString &language);

} // namespace chairside
