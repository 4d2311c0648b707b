#include "ui/common/LogoStripImage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QSvgRenderer>

namespace osiedle::ui {

LogoStripImage::LogoStripImage(const core::LogoStrip& strip)
{
    if (strip.format == core::LogoFormat::Svg) {
        m_svg = std::make_unique<QSvgRenderer>(strip.data);
        if (m_svg->isValid()) {
            m_svg->setAspectRatioMode(Qt::KeepAspectRatio);
            const QRectF box = m_svg->viewBoxF();
            m_size = box.isEmpty() ? QSizeF(m_svg->defaultSize()) : box.size();
        }
        return;
    }
    // Decoding the whole image tells a cut-off file, whose header alone may look fine.
    if (m_image.loadFromData(strip.data, strip.format == core::LogoFormat::Png ? "PNG" : "JPEG")) {
        m_size = m_image.size();
    }
}

LogoStripImage::~LogoStripImage() = default;

void LogoStripImage::paint(QPainter& painter, const QRectF& box) const
{
    if (isNull() || box.isEmpty()) {
        return;
    }
    const QSizeF fitted = m_size.scaled(box.size(), Qt::KeepAspectRatio);
    const QRectF target(box.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    if (m_svg) {
        m_svg->render(&painter, target);
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image); // one image object: a PDF embeds it once for all pages
    painter.restore();
}

QPixmap LogoStripImage::preview(const QSize& size) const
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

core::Result<core::LogoStrip> LogoStripImage::load(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return core::Error{tr("Cannot read %1: %2").arg(name, file.errorString())};
    }
    // A file past the limit is refused from its first bytes past it, not read whole.
    auto strip = core::LogoStrip::fromBytes(file.read(core::LogoStrip::maxBytes + 1), name);
    if (!strip) {
        return strip;
    }
    if (const core::Status drawable = check(*strip, name); !drawable) {
        return drawable.error();
    }
    return strip;
}

core::Status LogoStripImage::check(const core::LogoStrip& strip, const QString& name)
{
    if (LogoStripImage(strip).isNull()) {
        return core::Error{tr("%1 cannot be drawn: the image is damaged or incomplete.").arg(name)};
    }
    return {};
}

} // namespace osiedle::ui
