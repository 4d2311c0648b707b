#pragma once

#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace osiedle::ui {

struct AppContext;

/// One entry of the navigation list: a stable id (used by tests and settings), the title shown
/// and the factory of the section's widget. Features add their line in Sections.cpp.
struct SectionEntry {
    QString id;
    QString title;
    std::function<QWidget*(AppContext& context, QWidget* parent)> create;
};

/// The sections in navigation order: start, dashboard, housing-coops, social-coops, participants,
/// training, surveys, consultations, work-orders, debts, products, timeline, reports.
QList<SectionEntry> allSections();

} // namespace osiedle::ui
