// Renders the application's SVG icon to the PNG sizes desktop menus and installers use.
// Usage: chairside-iconrender ICON.svg OUTDIR SIZE...  (writes OUTDIR/<size>x<size>/chairside.png,
// and OUTDIR/chairside.ico from the largest size for the Windows installers)
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: chairside-iconrender ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "chairside-iconrender: %s is not a readable SVG\n", qPrintable(args.at(1)));
        return 2;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/chairside.png"))) {
            std::fprintf(stderr, "chairside-iconrender: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    QImage largest(256, 256, QImage::Format_ARGB32_Premultiplied);
    largest.fill(Qt::transparent);
    QPainter painter(&largest);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!largest.save(args.at(2) + QStringLiteral("/chairside.ico"), "ICO")) {
        std::fprintf(stderr, "chairside-iconrender: cannot write the .ico\n");
        return 1;
    }
    return 0;
}
