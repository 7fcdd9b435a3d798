#pragma once

#include <QString>

class QPrinter;

namespace chairside {

struct Production;
class ScheduleModel;

// The printable day sheet: the day's scheduled production against goal per provider (when
// given), then for each lane of the model (chair or provider), its appointments with times,
// patients, types, lengths and notes. Grayscale drops every colour.
class DaySheet
{
public:
    [[nodiscard]] static QString html(const ScheduleModel &model, bool grayscale, const Production *production = nullptr);
    // Prints to a printer or, with QPrinter::PdfFormat and an output file, a PDF.
    static void print(const ScheduleModel &model, QPrinter &printer, bool grayscale,
                      const Production *production = nullptr);
    // Writes a PDF; false with *error when the file cannot be written.
    [[nodiscard]] static bool writePdf(const ScheduleModel &model, const QString &path, bool grayscale, QString *error,
                                       const Production *production = nullptr);
};

} // namespace chairside
