#include "ui/common/ColumnFit.h"

#include <QHeaderView>
#include <QTableView>
#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace osiedle::ui {

void ColumnFit::toContents(QTableView& view)
{
    QAbstractItemModel* model = view.model();
    if (model == nullptr) {
        return;
    }
    const QModelIndex root = view.rootIndex();
    QHeaderView* header = view.horizontalHeader();
    const int columns = model->columnCount(root);
    const int rows = model->rowCount(root);
    // The rows Qt looks at: as many as the vertical header's precision (1 000 by default).
    const int precision = view.verticalHeader()->resizeContentsPrecision();
    const int looked = precision <= 0 ? rows : std::min(rows, precision);
    int stretched = -1;
    if (header->stretchLastSection()) {
        for (int visual = header->count() - 1; visual >= 0; --visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual))) {
                stretched = header->logicalIndex(visual);
                break;
            }
        }
    }
    using Candidate = std::pair<qsizetype, int>; // the text's length, its row
    std::vector<Candidate> longest;
    for (int column = 0; column < columns; ++column) {
        if (view.isColumnHidden(column) || column == stretched) {
            continue;
        }
        longest.clear();
        for (int row = 0; row < looked; ++row) {
            if (view.isRowHidden(row)) {
                continue;
            }
            const qsizetype length = model->index(row, column, root).data(Qt::DisplayRole).toString().size();
            if (longest.size() < std::size_t(measured)) {
                longest.emplace_back(length, row);
                std::push_heap(longest.begin(), longest.end(), std::greater<>());
            } else if (length > longest.front().first) {
                std::pop_heap(longest.begin(), longest.end(), std::greater<>());
                longest.back() = {length, row};
                std::push_heap(longest.begin(), longest.end(), std::greater<>());
            }
        }
        int hint = 0;
        for (const auto& [length, row] : longest) {
            hint = std::max(hint, view.sizeHintForIndex(model->index(row, column, root)).width());
        }
        if (view.showGrid()) {
            ++hint;
        }
        const int headerHint = header->isHidden() ? 0 : header->sectionSizeHint(column);
        header->resizeSection(
            column, std::clamp(std::max(hint, headerHint), header->minimumSectionSize(), header->maximumSectionSize()));
    }
}

} // namespace osiedle::ui
