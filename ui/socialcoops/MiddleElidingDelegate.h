#pragma once

#include <QStyledItemDelegate>

namespace osiedle::ui {

/// Shortens a cell's text in the middle, keeping its distinctive end: the names of SMs and
/// OSSs share their beginning ("Osiedlowa Spółdzielnia Socjalna …") and differ at the end
/// ("… „Nowa Szansa” w Pruszkowie").
class MiddleElidingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace osiedle::ui
