#pragma once

#include "core/services/SetupProgress.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace osiedle::ui {

struct AppContext;

/// The start page of a project: the steps of setting it up in the order the project runs
/// (project details → partners and office staff → housing cooperatives and institutions →
/// participants → courses → social cooperatives → work orders and debts), each with a tick once
/// the file holds its data and buttons to where it is done. The ticks follow the data.
/// Widgets are named "step<N>Tick", "step<N>Summary" (N from 1) and the buttons "go_<target>".
class StartSection : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    explicit StartSection(AppContext& context, QWidget* parent = nullptr);

    QString statusText() const { return m_status; }
    const core::SetupProgress& progress() const { return m_progress; }

signals:
    void statusTextChanged(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    /// The project in a few lines, with its leader and partners named; read on every refresh.
    QString projectSummary() const;

    AppContext& m_context;
    core::SetupProgress m_progress;
    QList<QLabel*> m_ticks;
    QList<QLabel*> m_summaries;
    QLabel* m_heading = nullptr;
    QLabel* m_project = nullptr; ///< the project's summary: title, contract, dates, partnership
    QLabel* m_error = nullptr;
    QString m_status;
    bool m_stale = false;
};

} // namespace osiedle::ui
