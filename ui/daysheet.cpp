#include "daysheet.h"

#include "itemmodels/schedulemodel.h"
#include "domain/localformat.h"
#include "services/dashboardservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPrinter>
#include <QTextDocument>
#include <QTime>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::DaySheet)
};

QString oneLine(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u' ', QChar(0x00A0));
    return escaped;
}

// "$1,265 of $4,000 (32%)", or the amount alone where no goal is set.
QString againstGoal(qint64 cents, qint64 goalCents, const std::optional<int> &percent)
{
    if (!percent)
        return localformat::dollars(cents);
    return Text::tr("%1 of %2 (%3%)").arg(localformat::dollars(cents), localformat::dollars(goalCents)).arg(*percent);
}

// The day's and the week's scheduled production per provider and for the practice.
QString productionTable(const Production &production, bool grayscale)
{
    QString out = u"<h3>"_s + Text::tr("Scheduled production").toHtmlEscaped() + u"</h3>"_s;
    out += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    const QString heads[] = {Text::tr("Provider"), localformat::shortDay(production.day),
                             Text::tr("Week of %1").arg(localformat::shortDay(production.weekFrom))};
    const int widths[] = {30, 35, 35};
    for (int i = 0; i < 3; ++i)
        out += u"<th align='left' width='"_s + QString::number(widths[i]) + u"%'"_s
                + (grayscale ? QString() : u" bgcolor='#eef1f5'"_s) + u">"_s + heads[i].toHtmlEscaped() + u"</th>"_s;
    out += u"</tr>"_s;
    auto row = [&out](const QString &name, const ProductionFigures &f, bool bold) {
        const QString open = bold ? u"<b>"_s : QString();
        const QString close = bold ? u"</b>"_s : QString();
        out += u"<tr><td>"_s + open + oneLine(name) + close + u"</td><td>"_s + open
                + oneLine(againstGoal(f.dayCents, f.dayGoalCents, f.dayPercent())) + close + u"</td><td>"_s + open
                + oneLine(againstGoal(f.weekCents, f.weekGoalCents, f.weekPercent())) + close + u"</td></tr>"_s;
    };
    for (const ProductionFigures &f : production.providers)
        row(f.name, f, false);
    row(Text::tr("Practice"), production.practice, true);
    out += u"</table>"_s;
    if (production.practice.weekUnpriced > 0)
        out += u"<p><i>"_s
                + Text::tr("%n visit(s) this week are of types with no fee set; they add nothing.", nullptr,
                           production.practice.weekUnpriced)
                          .toHtmlEscaped()
                + u"</i></p>"_s;
    return out;
}

} // namespace

QString DaySheet::html(const ScheduleModel &model, bool grayscale, const Production *production)
{
    QString out = u"<html><body style='font-family: sans-serif; font-size: 9pt'>"_s;
    if (production)
        out += productionTable(*production, grayscale);
    QDate shownDate;
    for (int l = 0; l < model.laneCount(); ++l) {
        const ScheduleModel::Lane &lane = model.lane(l);
        if (lane.date != shownDate) {
            shownDate = lane.date;
            out += u"<h2>"_s + QLocale().toString(lane.date, QLocale::LongFormat).toHtmlEscaped() + u"</h2>"_s;
        }
        const QString accent = grayscale || !lane.color.isValid() ? u"#000000"_s : lane.color.name();
        out += u"<h3 style='color:"_s + accent + u"'>"_s + lane.title.toHtmlEscaped();
        if (!lane.subtitle.isEmpty())
            out += u" — "_s + lane.subtitle.toHtmlEscaped();
        out += u"</h3>"_s;
        if (lane.tiles.isEmpty()) {
            out += u"<p><i>"_s + Text::tr("Nothing booked.").toHtmlEscaped() + u"</i></p>"_s;
            continue;
        }
        out += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
        const QString heads[] = {Text::tr("Time"), Text::tr("Patient"), Text::tr("Type"), Text::tr("Length"),
                                 model.laneMode() == ScheduleModel::LaneMode::Chairs ? Text::tr("Provider") : Text::tr("Chair"),
                                 Text::tr("Status"), Text::tr("Notes")};
        const int widths[] = {15, 20, 17, 7, 16, 8, 17}; // per cent of the line
        for (int i = 0; i < 7; ++i)
            out += u"<th align='left' width='"_s + QString::number(widths[i]) + u"%'"_s
                    + (grayscale ? QString() : u" bgcolor='#eef1f5'"_s) + u">"_s + heads[i].toHtmlEscaped()
                    + u"</th>"_s;
        out += u"</tr>"_s;
        for (int r = 0; r < lane.tiles.size(); ++r) {
            const PageAppointment &p = model.tile(l, r);
            const Appointment &a = p.shown.appointment;
            // Times, names and lengths stay on one line (no-break spaces); types and notes wrap.
            out += u"<tr><td>"_s + oneLine(localformat::time(p.startMinute) + u"–"_s + localformat::time(p.startMinute + a.minutes))
                    + u"</td><td>"_s + oneLine(p.shown.patientName) + u"</td><td>"_s + p.shown.typeName.toHtmlEscaped()
                    + u"</td><td>"_s + oneLine(Text::tr("%1 min").arg(a.minutes)) + u"</td><td>"_s
                    + (model.laneMode() == ScheduleModel::LaneMode::Chairs ? p.shown.providerName : p.shown.chairName)
                              .toHtmlEscaped()
                    + u"</td><td>"_s + appointmentStatusText(a.status).toHtmlEscaped()
                    + u"</td><td>"_s
                    + a.notes.toHtmlEscaped() + u"</td></tr>"_s;
        }
        out += u"</table>"_s;
    }
    out += u"</body></html>"_s;
    return out;
}

void DaySheet::print(const ScheduleModel &model, QPrinter &printer, bool grayscale, const Production *production)
{
    if (grayscale)
        printer.setColorMode(QPrinter::GrayScale);
    QTextDocument document;
    document.setHtml(html(model, grayscale, production));
    document.print(&printer);
}

bool DaySheet::writePdf(const ScheduleModel &model, const QString &path, bool grayscale, QString *error,
                        const Production *production)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    print(model, printer, grayscale, production);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = Text::tr("The PDF could not be written to %1; check that the folder exists and has room.").arg(path);
        return false;
    }
    return true;
}

} // namespace chairside
