#pragma once

#include <QObject>

namespace osiedle::core {

/// What part of the project a change touched. Views refresh on the topics they show.
enum class Topic {
    Project,
    Institutions,
    HousingCoops,
    Participants,
    Training,
    Consultations,
    SocialCoops,
    WorkOrders,
    Debts,
    Products,
    Indicators,
    Periods,
    Surveys, ///< questionnaires and tests: instruments, rounds, answers
};

/// Services announce committed changes here, after their transaction commits, so that lists
/// and cards refresh without polling. One per open project file; lives in the UI thread.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void notify(Topic topic) { emit changed(topic); }

signals:
    void changed(osiedle::core::Topic topic);
};

} // namespace osiedle::core
