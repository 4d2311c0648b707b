#pragma once

#include "core/services/SocialCoopService.h"

#include <QWidget>

class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The SM–OSS cooperation agreements of one OSS: signed, valid from–to, scope, inauguration;
/// the form to enter them (their dates are also the last founding steps) and the printable
/// summary.
class AgreementTab : public QWidget {
    Q_OBJECT

public:
    AgreementTab(AppContext& context, qint64 socialCoopId, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    void editAgreement(int row);
    void removeAgreement(int row);
    void printSummary(int row);

private:
    void showError(const QString& message);

    AppContext& m_context;
    qint64 m_coopId;
    core::SocialCoopService m_service;
    QTableWidget* m_table;
    QList<core::CooperationAgreement> m_rows;
};

} // namespace osiedle::ui
