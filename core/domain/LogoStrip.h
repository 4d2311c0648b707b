#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace osiedle::core {

/// The image formats a logo strip may have.
enum class LogoFormat { Png, Jpeg, Svg };

/// The strip of logos that EU-funded documents carry at the top of every page, as the office's
/// own image file (kept inside the project file, byte for byte, so an SVG stays vector on
/// paper). Core checks what it can without a graphics library: the size and the format's
/// signature; the UI also checks that the image can be drawn before storing it.
struct LogoStrip {
    Q_DECLARE_TR_FUNCTIONS(LogoStrip)

public:
    /// Larger files are refused: a strip is a few hundred kilobytes at most, and it is stored
    /// in the project file and drawn on every page.
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;

    QByteArray data;
    LogoFormat format = LogoFormat::Png;

    /// The format from the file's first bytes (PNG and JPEG signatures, an SVG document);
    /// nullopt when it is none of them.
    static std::optional<LogoFormat> detect(const QByteArray& data);
    /// A strip from a file's bytes; the error names the file (`name`) and what is wrong.
    static Result<LogoStrip> fromBytes(const QByteArray& data, const QString& name);

    static QString formatKey(LogoFormat format);
    static std::optional<LogoFormat> parseFormatKey(const QString& key);

    friend bool operator==(const LogoStrip&, const LogoStrip&) = default;
};

} // namespace osiedle::core
