#pragma once

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectTimeline.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QPushButton;

namespace osiedle::ui {

class RefreshWhenShown;

class DateEdit;

struct AppContext;
class DocumentPrinter;

/// The project timeline: a Gantt chart of recruitment, courses, founding steps, agreements,
/// products and events, with print preview and PDF export (A4 landscape).
class TimelineSection : public QWidget {
    Q_OBJECT

public:
    explicit TimelineSection(AppContext& context, QWidget* parent = nullptr);
    ~TimelineSection() override;

    /// The day the chart treats as today (the project's reference day unless the user, or a
    /// test, dates it otherwise).
    void setToday(const QDate& today);
    QGraphicsScene* scene() const { return m_scene.get(); }
    const QList<core::TimelineItem>& items() const { return m_items; }
    QGraphicsView* view() const { return m_view; }
    /// Scrolls to the top-left corner: the lane names and the date axis in view.
    void scrollToStart();

public slots:
    void refresh();
    void showPrintPreview();
    void saveAsPdf();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    void onChanged(core::Topic topic);
    /// Builds the chart of m_items as seen on m_today.
    void showChart();
    std::unique_ptr<DocumentPrinter> createPrinter() const;

    AppContext& m_context;
    QDate m_today;
    DateEdit* m_asOf = nullptr;
    QList<core::TimelineItem> m_items;
    std::unique_ptr<QGraphicsScene> m_scene;
    QGraphicsView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    bool m_shown = false;
};

} // namespace osiedle::ui
