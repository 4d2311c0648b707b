#pragma once

#include "core/common/Result.h"
#include "ui/training/CourseListModel.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
class AttendanceGrid;
class CourseEditor;
class DocumentPrinter;
class EnrolmentActions;
class EnrolmentListModel;
class SessionListModel;

/// The training section: the courses by support form (search and filter), and for the chosen
/// course its form, its sessions (schedule generator, sessions added, moved, deleted), its
/// participants (enrolment, withdrawal) and the attendance grid; the attendance lists,
/// certificates and course summary are previewed, printed or saved as PDF from here.
class TrainingSection : public QWidget {
    Q_OBJECT

public:
    TrainingSection(AppContext& context, QWidget* parent = nullptr);
    ~TrainingSection() override;

    /// Shows a course (0: none); false when it is not listed with the current filter.
    bool selectCourse(qint64 courseId);
    qint64 currentCourse() const { return m_courseId; }
    AttendanceGrid* attendanceGrid() const { return m_grid; }

    /// How dialogs are run: exec() by default; tests replace it to fill and accept them.
    void setDialogRunner(std::function<int(QDialog&)> runner) { m_runDialog = std::move(runner); }

    // The actions of the buttons, callable directly.
    void newCourse();
    void deleteCourse();
    void generateSchedule();
    void addSession();
    void editSession();
    void deleteSession();
    void enrol();
    void withdraw();
    void cancelWithdrawal();
    void removeEnrolment();
    enum class Document { AttendanceLists, AttendanceListOfSession, Certificates, CertificateOfParticipant, Summary };
    /// Builds a document of the current course; with `pdfPath` writes it there, otherwise
    /// asks for a PDF file (toPdf) or shows the print preview.
    bool printDocument(Document document, bool toPdf, const QString& pdfPath = {});

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    QWidget* buildCourseList();
    QWidget* buildSessionsTab();
    QWidget* buildParticipantsTab();
    QWidget* buildAttendanceTab();
    QPushButton* printButton(const QString& text, const QString& name, Document document);
    /// Reads the course list off the window's thread; showCourses() shows it.
    void reloadCourses();
    /// Shows the courses read, the course chosen before (or asked for meanwhile) chosen again.
    void showCourses(CourseListModel::Rows rows);
    void reloadCourse();
    void onCourseChosen();
    int selectedRow(QTableView* view) const;
    void error(const QString& message);
    core::Result<std::unique_ptr<DocumentPrinter>> buildDocument(Document document);

    AppContext& m_context;
    qint64 m_courseId = 0;
    bool m_listed = false;         ///< the course list has come at least once
    bool m_loadingCourses = false; ///< a read of the course list is under way
    qint64 m_selectWhenListed = 0; ///< the course to choose when the list comes
    std::function<int(QDialog&)> m_runDialog;
    QComboBox* m_formFilter;
    QLineEdit* m_search;
    QTableView* m_courseView;
    CourseListModel* m_courses;
    QLabel* m_courseTitle;
    QTabWidget* m_tabs;
    CourseEditor* m_editor;
    QTableView* m_sessionView;
    SessionListModel* m_sessions;
    QLabel* m_sessionSummary;
    QTableView* m_enrolmentView;
    EnrolmentListModel* m_enrolments;
    AttendanceGrid* m_grid;
    std::unique_ptr<EnrolmentActions> m_enrolmentActions;
};

} // namespace osiedle::ui
