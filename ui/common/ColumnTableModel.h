#pragma once

#include "core/common/ShortNames.h"
#include "ui/common/ListExport.h"
#include "ui/common/PagedTableModel.h"

#include <QList>

namespace osiedle::ui {

/// A PagedTableModel whose columns are a table: for each, its title, its usual width, whether
/// it is right-aligned (numbers) and how a row shows in it. A list that needs nothing more
/// derives from it and passes the table to the constructor (columns in the order of its Column
/// enum and of its ListSpec's sort keys).
template <typename Row> class ColumnTableModel : public PagedTableModel<Row> {
public:
    struct ColumnSpec {
        QString (*title)();            ///< the header, translated when asked
        int width;                     ///< usual width in average characters (ListModel::WidthRole)
        bool alignRight;               ///< numbers
        QVariant (*value)(const Row&); ///< what the cell shows
        /// A cooperative's or an institution's name: shown with its legal form abbreviated
        /// ("SM „Zodiak” w Ciechanowie"), whole in the tooltip.
        bool name = false;
    };

    ColumnTableModel(core::Database& db, core::ListSpec spec, typename PagedTableModel<Row>::Reader reader,
                     QList<ColumnSpec> columns, QObject* parent = nullptr)
        : PagedTableModel<Row>(db, std::move(spec), reader, parent), m_columns(std::move(columns))
    {}

    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= this->rowCount() || index.column() >= m_columns.size()) {
            return {};
        }
        const ColumnSpec& column = m_columns[index.column()];
        if (role == Qt::TextAlignmentRole && column.alignRight) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::DisplayRole) {
            const QVariant value = column.value(this->rowAt(index.row()));
            return column.name ? QVariant(core::abbreviatedName(value.toString())) : value;
        }
        if (role == ListExport::WholeTextRole && column.name) {
            return column.value(this->rowAt(index.row())); // exports carry the whole name
        }
        if (role == Qt::ToolTipRole && column.name) {
            const QString whole = column.value(this->rowAt(index.row())).toString();
            return whole != core::abbreviatedName(whole) ? QVariant(whole) : QVariant();
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) {
            return {};
        }
        if (role == ListModel::WidthRole) {
            return m_columns[section].width;
        }
        return role == Qt::DisplayRole ? QVariant(m_columns[section].title()) : QVariant();
    }

private:
    QList<ColumnSpec> m_columns;
};

} // namespace osiedle::ui
