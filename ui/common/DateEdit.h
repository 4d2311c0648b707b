#pragma once

#include <QDateEdit>

namespace osiedle::ui {

/// A QDateEdit that takes a date typed from left to right as typed. QDateEdit checks each
/// section against the date it still holds, so typing "31052013" over 30.06.2013 gives
/// 30.05.2013 (June has no 31st) and "29022012" gives 28.02.2012, without a word. This one
/// collects the eight digits typed from the day section on (separators allowed) and, once
/// they make a valid date, sets exactly that date. Shown as dd.MM.yyyy, calendar popup on.
class DateEdit : public QDateEdit {
public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QString m_typed; ///< digits typed from the day section on
};

} // namespace osiedle::ui
