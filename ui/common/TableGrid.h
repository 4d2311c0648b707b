#pragma once

class QTextDocument;
class QTextTable;

namespace osiedle::ui {

/// The 1-pixel grid of printed tables (`border="1"` with `border-collapse: collapse`), drawn as
/// half-pixel borders of the cells instead.
///
/// Why: for a collapsed border Qt's text layout asks each cell's neighbours for their edges, and
/// every such question looks the cell up among all cells of its table; a table of a thousand
/// rows then spends most of its layout and drawing there (at scale 100 the indicator report's
/// data-quality table took 1.3 s of its 1.8 s of printing). Cells that carry their own borders
/// are drawn without asking their neighbours.
///
/// The page stays the same: the collapsed grid gives every cell half the line (0.5 px) beside
/// its padding and the table one pixel of border and one of frame on each side; here each cell
/// has a 0.5 px border of its own, no spacing, and the table's margins take the two pixels. So
/// every column, row and page break falls where it did, and two neighbouring half-pixel lines
/// make the one-pixel line between cells. Only the outer frame is half as thick.
class TableGrid {
public:
    /// Converts every table of `document` drawn with the collapsed 1-pixel grid whose cells have
    /// no borders of their own; leaves the others as they are. Call before the document is laid
    /// out (each change would otherwise lay it out again).
    static void useCellBorders(QTextDocument& document);
    /// Whether `table` is drawn with the collapsed 1-pixel grid and its cells have no borders of
    /// their own.
    static bool hasCollapsedGrid(QTextTable& table);
};

} // namespace osiedle::ui
