#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace osiedle::ui {

/// A date that may be left empty: a check box turns the date field on.
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    std::optional<QDate> value() const;
    void setValue(const std::optional<QDate>& date, const QDate& suggestion = QDate::currentDate());
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* checkBox() const { return m_check; }

private:
    QCheckBox* m_check;
    QDateEdit* m_date;
};

} // namespace osiedle::ui
