// osiedle_icon_render: draws the application icon's SVG into the PNG sizes of the hicolor
// theme and into a Windows .ico, at build time, so that the SVG is the icon's one source.
//
//   osiedle_icon_render png SVG SIZE OUT.png
//   osiedle_icon_render ico OUT.ico SMALL.svg LARGE.svg
//
// The .ico holds 16, 24 and 32 px drawn from the small SVG (simplified for few pixels) and 48,
// 64, 128 and 256 px drawn from the large one: the small sizes as 32-bit bitmaps (every Windows
// tool reads those), 256 px as PNG (the form Windows expects for that size).

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>
#include <vector>

namespace {

QImage render(const QString& svgPath, int size)
{
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        return {};
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

void appendLe16(QByteArray& out, int value)
{
    const auto v = qToLittleEndian(static_cast<quint16>(value));
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

void appendLe32(QByteArray& out, qint64 value)
{
    const auto v = qToLittleEndian(static_cast<quint32>(value));
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// A 32-bit icon bitmap: BITMAPINFOHEADER (height counts the colour rows and the mask rows),
// the BGRA rows bottom-up, then the 1-bit AND mask (all zero: the alpha channel decides).
QByteArray iconBitmap(const QImage& image)
{
    const int size = image.width();
    QByteArray out;
    appendLe32(out, 40);
    appendLe32(out, size);
    appendLe32(out, 2 * size);
    appendLe16(out, 1);
    appendLe16(out, 32);
    appendLe32(out, 0); // BI_RGB
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 0);
    for (int y = size - 1; y >= 0; --y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < size; ++x) {
            const QRgb pixel = line[x];
            out.append(static_cast<char>(qBlue(pixel)));
            out.append(static_cast<char>(qGreen(pixel)));
            out.append(static_cast<char>(qRed(pixel)));
            out.append(static_cast<char>(qAlpha(pixel)));
        }
    }
    const int maskStride = ((size + 31) / 32) * 4;
    out.append(QByteArray(maskStride * size, '\0'));
    return out;
}

QByteArray png(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

int fail(const char* message, const QString& detail)
{
    std::fprintf(stderr, "osiedle_icon_render: %s: %s\n", message, qPrintable(detail));
    return 1;
}

int writePng(const QString& svg, int size, const QString& out)
{
    const QImage image = render(svg, size);
    if (image.isNull()) {
        return fail("cannot read the SVG", svg);
    }
    return writeFile(out, png(image)) ? 0 : fail("cannot write", out);
}

int writeIco(const QString& out, const QString& smallSvg, const QString& largeSvg)
{
    struct Entry {
        int size;
        QByteArray data;
    };
    std::vector<Entry> entries;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QImage image = render(size <= 32 ? smallSvg : largeSvg, size);
        if (image.isNull()) {
            return fail("cannot read the SVG", size <= 32 ? smallSvg : largeSvg);
        }
        entries.push_back({size, size == 256 ? png(image) : iconBitmap(image)});
    }
    QByteArray ico;
    appendLe16(ico, 0);
    appendLe16(ico, 1); // an icon, not a cursor
    appendLe16(ico, static_cast<int>(entries.size()));
    qint64 offset = 6 + 16 * static_cast<qint64>(entries.size());
    for (const Entry& entry : entries) {
        ico.append(static_cast<char>(entry.size == 256 ? 0 : entry.size)); // 0 means 256
        ico.append(static_cast<char>(entry.size == 256 ? 0 : entry.size));
        ico.append('\0'); // no palette
        ico.append('\0');
        appendLe16(ico, 1);  // colour planes
        appendLe16(ico, 32); // bits per pixel
        appendLe32(ico, entry.data.size());
        appendLe32(ico, offset);
        offset += entry.data.size();
    }
    for (const Entry& entry : entries) {
        ico.append(entry.data);
    }
    return writeFile(out, ico) ? 0 : fail("cannot write", out);
}

} // namespace

int main(int argc, char* argv[])
{
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode == QLatin1String("png") && argc == 5) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[3]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            return fail("not a size in pixels", QString::fromLocal8Bit(argv[3]));
        }
        return writePng(QString::fromLocal8Bit(argv[2]), size, QString::fromLocal8Bit(argv[4]));
    }
    if (mode == QLatin1String("ico") && argc == 5) {
        return writeIco(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                        QString::fromLocal8Bit(argv[4]));
    }
    std::fprintf(stderr, "usage: osiedle_icon_render png SVG SIZE OUT.png\n"
                         "       osiedle_icon_render ico OUT.ico SMALL.svg LARGE.svg\n");
    return 2;
}
