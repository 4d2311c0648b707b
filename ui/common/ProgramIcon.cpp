#include "ui/common/ProgramIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace osiedle::ui {

QIcon ProgramIcon::icon()
{
    QSvgRenderer small(QStringLiteral(":/icons/osiedle-small.svg"));
    QSvgRenderer large(QStringLiteral(":/icons/osiedle.svg"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        (size <= 32 ? small : large).render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace osiedle::ui
