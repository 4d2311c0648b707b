#pragma once

#include "core/storage/ConsultationRepository.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
class ConsultationListModel;

/// The consultation point: the log of consultations with filters (OSS, area, adviser, period),
/// totals per area and per OSS for the period, and the follow-ups that are due.
class ConsultationsSection : public QWidget {
    Q_OBJECT

public:
    ConsultationsSection(AppContext& context, QWidget* parent = nullptr);

    /// How dialogs are run: exec() by default; tests replace it.
    void setDialogRunner(std::function<int(QDialog&)> runner) { m_runDialog = std::move(runner); }
    core::ConsultationFilter filter() const;
    void setPeriod(const QDate& from, const QDate& to);

    void addConsultation();
    void editConsultation();
    void deleteConsultation();
    void markFollowUpDone();
    void refresh();
    /// Navigator::showRecords: "follow-ups" opens the follow-ups due.
    Q_INVOKABLE void showRecords(const QString& what);

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    QWidget* buildFilters();
    QWidget* buildLog();
    QWidget* buildTotals();
    QWidget* buildFollowUps();
    struct Read;
    void reloadChoices();
    /// Shows what refresh() read.
    void showRead(Read read);
    bool save(const core::Consultation& consultation, const core::Consultation* before);
    void error(const QString& message);

    AppContext& m_context;
    std::function<int(QDialog&)> m_runDialog;
    QComboBox* m_coop;
    QComboBox* m_area;
    QComboBox* m_adviser;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTabWidget* m_tabs;
    ConsultationListModel* m_log;
    QTableView* m_logView;
    QLabel* m_logSummary;
    QTableWidget* m_byArea;
    QTableWidget* m_byCoop;
    ConsultationListModel* m_followUps;
    QTableView* m_followUpView;
    QDateEdit* m_dueUntil;
};

} // namespace osiedle::ui
