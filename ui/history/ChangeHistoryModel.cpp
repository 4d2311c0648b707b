#include "ui/history/ChangeHistoryModel.h"

#include "core/history/ChangeAction.h"
#include "core/history/ChangeHistoryText.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/StorageError.h"

#include <QStringList>

namespace osiedle::ui {

using core::ChangeHistoryText;

ChangeHistoryModel::ChangeHistoryModel(core::Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

void ChangeHistoryModel::setFilter(const core::ChangeFilter& filter)
{
    m_filter = filter;
    reload();
}

void ChangeHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    try {
        m_rows = core::ChangeLogRepository(m_db).entries(m_filter, pageSize);
    } catch (const core::StorageError&) {
        m_rows.clear(); // a file that cannot be read shows no history rather than a wrong one
    }
    m_more = m_rows.size() == pageSize;
    endResetModel();
}

int ChangeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const core::ChangeEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return ChangeHistoryText::time(e.at);
        case Person:
            return e.person;
        case Action:
            return QStringLiteral("%1 · %2").arg(core::ChangeActions::labelOfKey(e.action),
                                                 ChangeHistoryText::operation(e.operation));
        case Record:
            return ChangeHistoryText::record(e);
        case Change:
            return ChangeHistoryText::summary(e);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Change) {
            QStringList lines;
            for (const core::FieldChange& f : e.fields) {
                const QString name = ChangeHistoryText::field(e.recordKind, f.column);
                lines << (e.operation == QLatin1String("update") || (!f.before.isNull() && !f.after.isNull())
                              ? tr("%1: %2 → %3")
                                    .arg(name, ChangeHistoryText::value(e.recordKind, f.column, f.before),
                                         ChangeHistoryText::value(e.recordKind, f.column, f.after))
                              : tr("%1: %2").arg(name,
                                                 ChangeHistoryText::value(e.recordKind, f.column,
                                                                          f.after.isNull() ? f.before : f.after)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Person || index.column() == Time) {
            return tr("Program: %1").arg(e.program);
        }
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("When");
    case Person:
        return tr("Who");
    case Action:
        return tr("What was done");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

bool ChangeHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ChangeHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty()) {
        return;
    }
    QList<core::ChangeEntry> next;
    try {
        next = core::ChangeLogRepository(m_db).entries(m_filter, pageSize, m_rows.last().id);
    } catch (const core::StorageError&) {
        next.clear();
    }
    m_more = next.size() == pageSize;
    if (next.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(next.size()) - 1);
    m_rows.append(next);
    endInsertRows();
}

} // namespace osiedle::ui
