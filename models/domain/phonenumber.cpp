#include "phonenumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace chairside::phonenumber {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::phonenumber)
};

// The library's one instance; its own log is silenced, since what it would log is the number.
PhoneNumberUtil &util()
{
    static PhoneNumberUtil *const instance = [] {
        PhoneNumberUtil *u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger());
        return u;
    }();
    return *instance;
}

} // namespace

Reading read(const QString &typed, const QString &region)
{
    Reading out;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        out.error = Text::tr("No phone number was given.");
        return out;
    }
    PhoneNumber number;
    const auto parsed = util().Parse(text.toStdString(), region.toUpper().toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        out.error = Text::tr("\"%1\" is not a phone number. Type the number with its area code, for example "
                       "(512) 555-0100, or + and the country code for a number from abroad.")
                            .arg(text.left(40));
        return out;
    }
    if (!util().IsValidNumber(number)) {
        out.error = Text::tr("\"%1\" cannot be a real phone number (check the digits and the area code; "
                       "a number from abroad starts with + and its country code).")
                            .arg(text.left(40));
        return out;
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    return out;
}

QString display(const QString &stored, const QString &region)
{
    if (stored.trimmed().isEmpty())
        return {};
    PhoneNumber number;
    const std::string wanted = region.toUpper().toStdString();
    if (util().Parse(stored.toStdString(), wanted, &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsPossibleNumber(number))
        return stored;
    std::string regionOfNumber;
    util().GetRegionCodeForNumber(number, &regionOfNumber);
    std::string shown;
    util().Format(number, regionOfNumber == wanted ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                  &shown);
    return QString::fromStdString(shown);
}

QString regionOf(const QTimeZone &zone)
{
    const QLocale::Territory territory = zone.isValid() ? zone.territory() : QLocale::AnyTerritory;
    if (territory == QLocale::AnyTerritory)
        return u"US"_s;
    const QString code = QLocale::territoryToCode(territory);
    return code.size() == 2 ? code : u"US"_s;
}

} // namespace chairside::phonenumber
