#pragma once

#include "core/common/Result.h"
#include "core/domain/LogoStrip.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QRectF>
#include <QSizeF>
#include <memory>

class QPainter;
class QSvgRenderer;

namespace osiedle::ui {

/// A project's logo strip (PNG, JPEG or SVG, as the office loaded it) decoded once, to be
/// drawn on every page of a document and on screen. Also checks that a file really is an
/// image that can be drawn before it is stored.
class LogoStripImage {
    Q_DECLARE_TR_FUNCTIONS(LogoStripImage)

public:
    explicit LogoStripImage(const core::LogoStrip& strip);
    ~LogoStripImage();
    LogoStripImage(const LogoStripImage&) = delete;
    LogoStripImage& operator=(const LogoStripImage&) = delete;

    /// True when the strip cannot be drawn (damaged or incomplete image).
    bool isNull() const { return m_size.isEmpty(); }
    /// The strip's own size (pixels, or the SVG's size), for its proportions.
    QSizeF size() const { return m_size; }
    /// Draws the strip as large as fits in `box`, keeping its proportions, centred.
    void paint(QPainter& painter, const QRectF& box) const;
    /// A picture of the strip fitting `size` on white, for the settings dialog.
    QPixmap preview(const QSize& size) const;

    /// Reads an image file as a logo strip; the error names the file and what is wrong (not an
    /// image, damaged, empty, too large).
    static core::Result<core::LogoStrip> load(const QString& path);
    /// Checks that the strip can be drawn; `name` is how the error calls it.
    static core::Status check(const core::LogoStrip& strip, const QString& name);

private:
    QImage m_image;
    std::unique_ptr<QSvgRenderer> m_svg;
    QSizeF m_size;
};

} // namespace osiedle::ui
