#pragma once

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

class QGraphicsScene;

namespace osiedle::ui {

/// Draws a QGraphicsScene (a chart) as an inline object of a QTextDocument, so that figures
/// flow with the text and stay vector graphics in a PDF. Used by DocumentPrinter; the scenes
/// are owned elsewhere and must outlive the document's drawing.
class FigureTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// The object type registered with a document's layout.
    static constexpr int type = QTextFormat::UserObject + 71;
    /// Char format properties of a figure: its id and its size in layout units.
    static constexpr int idProperty = QTextFormat::UserProperty + 71;
    static constexpr int sizeProperty = QTextFormat::UserProperty + 72;

    using QObject::QObject;

    void addScene(int id, QGraphicsScene* scene) { m_scenes.insert(id, scene); }

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    QHash<int, QGraphicsScene*> m_scenes;
};

} // namespace osiedle::ui
