#include "core/domain/LogoStrip.h"

namespace osiedle::core {

std::optional<LogoFormat> LogoStrip::detect(const QByteArray& data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n")) {
        return LogoFormat::Png;
    }
    if (data.startsWith("\xff\xd8\xff")) {
        return LogoFormat::Jpeg;
    }
    // An SVG is XML text: after an optional byte order mark, an XML declaration, comments or a
    // doctype, its root element is <svg>. The first kilobytes are enough to tell.
    QByteArray head = data.left(4096);
    if (head.startsWith("\xef\xbb\xbf")) {
        head.remove(0, 3);
    }
    head = head.trimmed();
    if (head.startsWith('<') && head.contains("<svg")) {
        return LogoFormat::Svg;
    }
    return std::nullopt;
}

Result<LogoStrip> LogoStrip::fromBytes(const QByteArray& data, const QString& name)
{
    if (data.isEmpty()) {
        return Error{tr("%1 is empty: choose the image file of the logo strip.").arg(name)};
    }
    if (data.size() > maxBytes) {
        return Error{tr("%1 is too large for a logo strip (%2 MB; at most %3 MB).")
                         .arg(name)
                         .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(maxBytes / (1024 * 1024))};
    }
    const auto format = detect(data);
    if (!format) {
        return Error{tr("%1 is not a PNG, JPEG or SVG image.").arg(name)};
    }
    return LogoStrip{data, *format};
}

QString LogoStrip::formatKey(LogoFormat format)
{
    switch (format) {
    case LogoFormat::Png:
        return QStringLiteral("png");
    case LogoFormat::Jpeg:
        return QStringLiteral("jpeg");
    case LogoFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<LogoFormat> LogoStrip::parseFormatKey(const QString& key)
{
    for (const LogoFormat format : {LogoFormat::Png, LogoFormat::Jpeg, LogoFormat::Svg}) {
        if (formatKey(format) == key) {
            return format;
        }
    }
    return std::nullopt;
}

} // namespace osiedle::core
