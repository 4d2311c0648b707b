#pragma once

#include "core/domain/EvictionCase.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The eviction-case tab of the tenant's page: court, case signature, right to a social flat,
/// eviction date (with the winter-protection notice), notes, the dated stages, and the next
/// stage (only those that may follow are offered; the service refuses any other with a reason).
class EvictionPanel : public QWidget {
    Q_OBJECT

public:
    EvictionPanel(AppContext& context, QWidget* parent = nullptr);

    void show(qint64 participantId, std::optional<qint64> accountId, const QDate& on);

public slots:
    void openCase();
    void saveCase();
    void addStage();

private:
    void refresh();
    void showWinterNotice();

    AppContext& m_context;
    qint64 m_participantId = 0;
    std::optional<qint64> m_accountId;
    QDate m_on;
    std::optional<core::EvictionCase> m_case;
    QPushButton* m_open;
    QWidget* m_details;
    QLineEdit* m_court;
    QLineEdit* m_signature;
    QComboBox* m_socialFlat;
    QCheckBox* m_hasEvictionDate;
    QDateEdit* m_evictionOn;
    QLineEdit* m_notes;
    QLabel* m_winter;
    QTableWidget* m_stages;
    QComboBox* m_nextStage;
    QDateEdit* m_stageDate;
    QLineEdit* m_stageNotes;
    QLabel* m_error;
};

} // namespace osiedle::ui
