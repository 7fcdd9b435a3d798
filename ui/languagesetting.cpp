#include "languagesetting.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace chairside {

QString savedLanguage()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

} // namespace chairside
