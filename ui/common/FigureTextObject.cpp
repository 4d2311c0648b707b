#include "ui/common/FigureTextObject.h"

#include <QGraphicsScene>
#include <QPainter>

namespace osiedle::ui {

QSizeF FigureTextObject::intrinsicSize(QTextDocument* /*doc*/, int /*posInDocument*/, const QTextFormat& format)
{
    return format.property(sizeProperty).toSizeF();
}

void FigureTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* /*doc*/,
                                  int /*posInDocument*/, const QTextFormat& format)
{
    QGraphicsScene* scene = m_scenes.value(format.intProperty(idProperty));
    if (scene == nullptr) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene->render(painter, rect, scene->sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace osiedle::ui
