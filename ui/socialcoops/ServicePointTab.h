#pragma once

#include "core/services/SocialCoopService.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The service point of one OSS (opened, address, services offered) and its sales to
/// residents, local businesses and institutions, with the totals of the month and the year.
class ServicePointTab : public QWidget {
    Q_OBJECT

public:
    ServicePointTab(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent = nullptr);

    void reload();
    void savePoint();
    void addSale();
    void removeSale(int row);
    QTableWidget* sales() const { return m_sales; }

private:
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_coopId;
    QDate m_day;
    core::SocialCoopService m_service;
    QCheckBox* m_open;
    QDateEdit* m_opened;
    QLineEdit* m_address;
    QPlainTextEdit* m_services;
    QTableWidget* m_sales;
    QLabel* m_totals;
    QList<core::ServiceSale> m_rows;
};

} // namespace osiedle::ui
