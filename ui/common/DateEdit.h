#pragma once

#include <QDateEdit>
#include <QStringList>

namespace osiedle::ui {

/// A QDateEdit that takes a date typed from left to right as typed. QDateEdit checks each
/// section against the date it still holds, so typing "31052013" over 30.06.2013 gives
/// 30.05.2013 (June has no 31st) and "29022012" gives 28.02.2012, without a word. This one
/// collects the day, month and year typed from the day section on ("31052013", "31.05.2013",
/// "1.5.2013") and, once the year has four digits, sets exactly that date. A typed date that
/// does not exist or lies outside the minimum and maximum is not replaced by a nearby one: the
/// field goes back to the date it held and says why (tooltip, problem(), dateRejected()).
/// Shown as dd.MM.yyyy, calendar popup on.
class DateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);

    /// Why the last date typed was not taken; empty once a date was taken or set.
    QString problem() const { return m_problem; }

signals:
    void dateRejected(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    bool typedFromDay() const;
    void takeTyped();
    void reject(const QString& message);

    bool m_typing = false;
    QStringList m_parts; ///< day, month and year digits typed so far
    QDate m_before;      ///< the date held when the typing began
    QString m_problem;
};

} // namespace osiedle::ui
