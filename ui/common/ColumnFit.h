#pragma once

class QTableView;

namespace osiedle::ui {

/// Sizes a table's columns to their contents as QTableView::resizeColumnsToContents() does (the
/// widest of the rows it looks at, or the header when wider), measuring only the rows whose
/// texts are the longest of each column. Qt lays out the text of every cell of the first 1 000
/// rows to find the widest, which at scale 100 (40 000 consultations, 4 000 courses, ten columns)
/// held the window 50-100 ms; the widest text is among the longest in characters, so measuring
/// those gives the same widths for a small part of the work.
class ColumnFit {
public:
    /// Sizes every shown column of `view` (not the last one when the header stretches it).
    static void toContents(QTableView& view);
    /// How many of a column's longest texts are measured.
    static constexpr int measured = 12;
};

} // namespace osiedle::ui
