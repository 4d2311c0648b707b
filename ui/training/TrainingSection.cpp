#include "ui/training/TrainingSection.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/CourseService.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ColumnFit.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/SignatoryChoice.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/training/AttendanceGrid.h"
#include "ui/training/AttendanceGridModel.h"
#include "ui/training/CourseEditor.h"
#include "ui/training/CourseListModel.h"
#include "ui/training/EnrolmentActions.h"
#include "ui/training/EnrolmentListModel.h"
#include "ui/training/ScheduleDialog.h"
#include "ui/training/SessionDialog.h"
#include "ui/training/SessionListModel.h"
#include "ui/training/TrainingDocuments.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QTableView* tableView(const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QPushButton* button(const QString& text, const QString& name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

TrainingSection::TrainingSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_runDialog([](QDialog& d) { return d.exec(); }),
      m_formFilter(new QComboBox), m_search(new QLineEdit), m_courses(new CourseListModel(this)),
      m_courseTitle(new QLabel), m_tabs(new QTabWidget), m_editor(new CourseEditor(context)),
      m_sessions(new SessionListModel(context.db, this)), m_sessionSummary(new QLabel),
      m_enrolments(new EnrolmentListModel(context.db, this)), m_grid(new AttendanceGrid(context))
{
    setObjectName(QStringLiteral("trainingSection"));
    m_courseView = tableView(QStringLiteral("courseList"), m_courses);
    m_sessionView = tableView(QStringLiteral("sessionList"), m_sessions);
    m_enrolmentView = tableView(QStringLiteral("enrolmentList"), m_enrolments);
    m_enrolmentActions = std::make_unique<EnrolmentActions>(context, this, m_enrolmentView, m_enrolments);
    m_tabs->setObjectName(QStringLiteral("courseTabs"));
    m_courseTitle->setObjectName(QStringLiteral("courseTitle"));
    QFont titleFont = m_courseTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_courseTitle->setFont(titleFont);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(m_courseTitle, 1);
    printRow->addWidget(
        printButton(tr("Attendance lists"), QStringLiteral("printAttendanceLists"), Document::AttendanceLists));
    printRow->addWidget(printButton(tr("Certificates"), QStringLiteral("printCertificates"), Document::Certificates));
    printRow->addWidget(printButton(tr("Course summary"), QStringLiteral("printSummary"), Document::Summary));
    rightLayout->addLayout(printRow);
    rightLayout->addWidget(m_tabs);
    m_tabs->addTab(m_editor, tr("&Course"));
    m_tabs->addTab(buildSessionsTab(), tr("&Sessions"));
    m_tabs->addTab(buildParticipantsTab(), tr("&Participants"));
    m_tabs->addTab(buildAttendanceTab(), tr("&Attendance"));

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(buildCourseList());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_editor, &CourseEditor::saved, this, [this](qint64 id) {
        reloadCourses();
        selectCourse(id);
    });
    // The course's sessions and enrolments are read again when the list comes (showCourses).
    m_afterChange = new RefreshWhenShown(this, [this] { reloadCourses(); });
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Training) {
            m_afterChange->request();
        } else if (topic == core::Topic::SocialCoops || topic == core::Topic::Project) {
            m_editor->reloadChoices();
        }
    });
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, false); // until a course is chosen
    }
    // The first course is chosen when the list comes.
    reloadCourses();
}

TrainingSection::~TrainingSection() = default;

QWidget* TrainingSection::buildCourseList()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    m_formFilter->setObjectName(QStringLiteral("supportFormFilter"));
    m_formFilter->addItem(tr("All support forms"), QVariant());
    try {
        for (const core::SupportForm& f : core::CourseRepository(m_context.db).supportForms()) {
            m_formFilter->addItem(f.name, f.id);
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    m_search->setObjectName(QStringLiteral("courseSearch"));
    m_search->setPlaceholderText(tr("Search courses, trainers, places, OSS"));
    m_search->setClearButtonEnabled(true);
    m_courseView->horizontalHeader()->setStretchLastSection(false);
    m_courseView->setSortingEnabled(false);
    auto* buttons = new QHBoxLayout;
    auto* add = button(tr("New course"), QStringLiteral("newCourse"));
    auto* remove = button(tr("Delete course"), QStringLiteral("deleteCourse"));
    EmptyListHint::attach(m_courseView,
                          tr("The project's classes, training and courses will be listed here, each with its "
                             "sessions, enrolled participants, attendance and certificates."),
                          {{add, tr("Add a course")}},
                          EmptyListHint::whenNone(m_context.db, &core::SetupCounts::courses));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    ListExport::addButton(m_context, m_courseView, buttons, tr("courses.xlsx"), QStringLiteral("exportCourses"));
    layout->addWidget(m_formFilter);
    layout->addWidget(m_search);
    layout->addWidget(m_courseView);
    layout->addLayout(buttons);
    connect(m_formFilter, &QComboBox::currentIndexChanged, this, &TrainingSection::reloadCourses);
    connect(m_search, &QLineEdit::textChanged, this, &TrainingSection::reloadCourses);
    connect(m_courseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingSection::onCourseChosen);
    connect(add, &QPushButton::clicked, this, &TrainingSection::newCourse);
    connect(remove, &QPushButton::clicked, this, &TrainingSection::deleteCourse);
    return panel;
}

QWidget* TrainingSection::buildSessionsTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_sessionSummary->setObjectName(QStringLiteral("sessionSummary"));
    auto* buttons = new QHBoxLayout;
    auto* generate = button(tr("Generate schedule…"), QStringLiteral("generateSchedule"));
    auto* add = button(tr("Add session…"), QStringLiteral("addSession"));
    auto* edit = button(tr("Change or move…"), QStringLiteral("editSession"));
    auto* remove = button(tr("Delete session"), QStringLiteral("deleteSession"));
    for (QPushButton* b : {generate, add, edit, remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(printButton(tr("Attendance list of this session"), QStringLiteral("printSessionList"),
                                   Document::AttendanceListOfSession));
    ListExport::addButton(m_context, m_sessionView, buttons, tr("sessions.xlsx"), QStringLiteral("exportSessions"));
    layout->addWidget(m_sessionSummary);
    layout->addWidget(m_sessionView);
    layout->addLayout(buttons);
    connect(generate, &QPushButton::clicked, this, &TrainingSection::generateSchedule);
    connect(add, &QPushButton::clicked, this, &TrainingSection::addSession);
    connect(edit, &QPushButton::clicked, this, &TrainingSection::editSession);
    connect(remove, &QPushButton::clicked, this, &TrainingSection::deleteSession);
    connect(m_sessionView, &QTableView::doubleClicked, this, &TrainingSection::editSession);
    return tab;
}

QWidget* TrainingSection::buildParticipantsTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* buttons = new QHBoxLayout;
    auto* enrol = button(tr("Enrol…"), QStringLiteral("enrol"));
    auto* withdraw = button(tr("Withdraw…"), QStringLiteral("withdraw"));
    auto* back = button(tr("Cancel withdrawal"), QStringLiteral("cancelWithdrawal"));
    auto* remove = button(tr("Remove enrolment"), QStringLiteral("removeEnrolment"));
    for (QPushButton* b : {enrol, withdraw, back, remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(printButton(tr("Certificate of this participant"), QStringLiteral("printCertificate"),
                                   Document::CertificateOfParticipant));
    ListExport::addButton(m_context, m_enrolmentView, buttons, tr("enrolments.xlsx"),
                          QStringLiteral("exportEnrolments"));
    layout->addWidget(m_enrolmentView);
    layout->addLayout(buttons);
    connect(enrol, &QPushButton::clicked, this, &TrainingSection::enrol);
    connect(withdraw, &QPushButton::clicked, this, &TrainingSection::withdraw);
    connect(back, &QPushButton::clicked, this, &TrainingSection::cancelWithdrawal);
    connect(remove, &QPushButton::clicked, this, &TrainingSection::removeEnrolment);
    return tab;
}

QWidget* TrainingSection::buildAttendanceTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    auto* help = new QLabel(tr("P or 1 present · U or 2 excused · N or 3 absent · Space toggles · Delete clears · "
                               "Ctrl+Shift+A everyone present · Ctrl+Z undoes"));
    help->setWordWrap(true);
    auto* allPresent = new QToolButton;
    allPresent->setObjectName(QStringLiteral("allPresentButton"));
    allPresent->setDefaultAction(m_grid->allPresentAction());
    allPresent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(help, 1);
    row->addWidget(allPresent);
    ListExport::addButton(m_context, m_grid, row, tr("attendance.xlsx"), QStringLiteral("exportAttendance"));
    layout->addLayout(row);
    layout->addWidget(m_grid);
    return tab;
}

QPushButton* TrainingSection::printButton(const QString& text, const QString& name, Document document)
{
    auto* b = button(text, name);
    auto* menu = new QMenu(b);
    menu->addAction(tr("Print preview…"), this, [this, document] { printDocument(document, false); });
    menu->addAction(tr("Save as PDF…"), this, [this, document] { printDocument(document, true); });
    b->setMenu(menu);
    return b;
}

void TrainingSection::error(const QString& message)
{
    m_context.prompt.error(this, tr("Training"), message);
}

int TrainingSection::selectedRow(QTableView* view) const
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TrainingSection::reloadCourses()
{
    core::CourseFilter filter;
    if (m_formFilter->currentData().isValid()) {
        filter.supportFormId = m_formFilter->currentData().toLongLong();
    }
    filter.search = m_search->text();
    // Off the window's thread: at scale 100 (4 000 courses with their counts) the read took
    // about 50 ms and more on a busy machine. A newer filter or change drops this read.
    m_loadingCourses = true;
    m_context.reads().read<CourseListModel::Rows>(
        this, QStringLiteral("courses"), [filter](core::Database& db) { return CourseListModel::read(db, filter); },
        [this](CourseListModel::Rows rows) { showCourses(std::move(rows)); });
}

void TrainingSection::showCourses(CourseListModel::Rows rows)
{
    m_loadingCourses = false;
    const qint64 before = m_courseId;
    const qint64 keep = m_selectWhenListed != 0 ? m_selectWhenListed : m_courseId;
    m_selectWhenListed = 0;
    int row = -1;
    {
        const QSignalBlocker blocker(m_courseView->selectionModel());
        m_courses->show(std::move(rows));
        ColumnFit::toContents(*m_courseView);
        m_courseView->setColumnWidth(CourseListModel::Name,
                                     std::min(m_courseView->columnWidth(CourseListModel::Name), 320));
        row = m_courses->rowOf(keep);
        if (row < 0 && !m_listed && m_courses->rowCount() > 0) {
            row = 0; // the section opens on the first course
        }
        if (row >= 0) {
            m_courseView->setCurrentIndex(m_courses->index(row, 0));
        }
    }
    const bool first = !m_listed;
    m_listed = true;
    const qint64 now = row >= 0 ? m_courses->courseAt(row).course.id : 0;
    if (first || now != before) {
        onCourseChosen();
    } else {
        reloadCourse();
    }
}

bool TrainingSection::selectCourse(qint64 courseId)
{
    if (m_loadingCourses) {
        m_selectWhenListed = courseId; // chosen when the list comes
    }
    const int row = m_courses->rowOf(courseId);
    if (row < 0) {
        return false;
    }
    m_courseView->setCurrentIndex(m_courses->index(row, 0));
    if (m_courseId != courseId) {
        onCourseChosen();
    }
    return true;
}

void TrainingSection::onCourseChosen()
{
    const int row = selectedRow(m_courseView);
    m_courseId = row >= 0 ? m_courses->courseAt(row).course.id : 0;
    if (row >= 0) {
        m_editor->showCourse(m_courses->courseAt(row).course);
    }
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, m_courseId != 0);
    }
    m_grid->setCourse(m_courseId);
    reloadCourse();
}

void TrainingSection::reloadCourse()
{
    m_sessions->load(m_courseId);
    m_enrolments->load(m_courseId);
    ColumnFit::toContents(*m_sessionView);
    ColumnFit::toContents(*m_enrolmentView);
    const int row = m_courses->rowOf(m_courseId);
    if (row < 0) {
        m_courseTitle->setText(m_courseId == 0 ? tr("New course") : QString());
        m_sessionSummary->clear();
        return;
    }
    const core::CourseSummary& summary = m_courses->courseAt(row);
    m_courseTitle->setText(summary.course.name);
    const int missing = summary.course.plannedMinutes - m_sessions->scheduledMinutes();
    m_sessionSummary->setText(
        tr("%1 sessions, %2 of %3 planned hours scheduled%4")
            .arg(m_sessions->rowCount())
            .arg(core::shown::hours(m_sessions->scheduledMinutes()), core::shown::hours(summary.course.plannedMinutes),
                 missing > 0 ? tr(" (%1 h still to schedule)").arg(core::shown::hours(missing)) : QString()));
}

void TrainingSection::newCourse()
{
    const QSignalBlocker blocker(m_courseView->selectionModel());
    m_courseView->clearSelection();
    m_courseView->setCurrentIndex({});
    m_courseId = 0;
    core::Course course;
    if (m_formFilter->currentData().isValid()) {
        course.supportFormId = m_formFilter->currentData().toLongLong();
    }
    m_editor->showCourse(course);
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, false);
    }
    m_grid->setCourse(0);
    reloadCourse();
    m_tabs->setCurrentIndex(0);
    if (auto* name = m_editor->findChild<QLineEdit*>(QStringLiteral("courseName"))) {
        name->setFocus();
    }
}

void TrainingSection::deleteCourse()
{
    const int row = selectedRow(m_courseView);
    if (row < 0) {
        return;
    }
    const core::CourseSummary summary = m_courses->courseAt(row);
    if (!m_context.prompt.confirm(this, tr("Delete course"),
                                  tr("Delete the course \"%1\" with its %2 sessions, its enrolments and all their "
                                     "attendance? This cannot be undone.")
                                      .arg(summary.course.name)
                                      .arg(summary.sessionCount))) {
        return;
    }
    if (const auto done = core::CourseService(m_context.db, &m_context.changes).remove(summary.course.id); !done) {
        error(done.error().message);
        return;
    }
    m_context.undo.clear(); // earlier edits may refer to what was deleted
    reloadCourses();        // no course is chosen once the list without it comes
}

void TrainingSection::generateSchedule()
{
    if (m_courseId == 0) {
        return;
    }
    ScheduleDialog dialog(m_context.db, m_courseId, this);
    dialog.setPrompt(&m_context.prompt);
    core::ScheduleRequest request{{2, 4}, QTime(16, 0), 240, referenceDay(m_context.db), 0};
    if (m_sessions->rowCount() > 0) {
        request.from = m_sessions->sessionAt(m_sessions->rowCount() - 1).date.addDays(1);
    }
    dialog.setRequest(request);
    if (m_runDialog(dialog) != QDialog::Accepted || dialog.schedule().sessions.isEmpty()) {
        return;
    }
    const qint64 course = m_courseId;
    const auto planned = dialog.schedule().sessions;
    const QString topic = dialog.topic();
    auto ids = std::make_shared<QList<qint64>>();
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    auto add = [db, changes, course, planned, topic, ids](QString* message) {
        const auto added = core::CourseService(*db, changes).addSessions(course, planned, topic);
        if (!added) {
            *message = added.error().message;
            return false;
        }
        *ids = *added;
        return true;
    };
    auto remove = [db, changes, ids](QString* message) {
        for (const qint64 id : *ids) {
            if (const auto done = core::CourseService(*db, changes).removeSession(id); !done) {
                *message = done.error().message;
                return false;
            }
        }
        return true;
    };
    QString message;
    if (!add(&message)) {
        error(message);
        return;
    }
    m_context.undo.push(new UndoableEdit(tr("Generate %1 sessions").arg(planned.size()), remove, add,
                                         [this](const QString& m) { error(m); }));
    m_tabs->setCurrentIndex(1);
}

void TrainingSection::addSession()
{
    if (m_courseId == 0) {
        return;
    }
    core::Session session;
    session.courseId = m_courseId;
    session.minutes = 240;
    session.date = referenceDay(m_context.db);
    SessionDialog dialog(session, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    const core::Session wanted = dialog.session();
    const auto id = core::CourseService(m_context.db, &m_context.changes).addSession(wanted);
    if (!id) {
        error(id.error().message);
        return;
    }
    auto current = std::make_shared<qint64>(*id);
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    m_context.undo.push(new UndoableEdit(
        tr("Add session on %1").arg(core::shown::date(wanted.date)),
        [db, changes, current](QString* message) {
            const auto done = core::CourseService(*db, changes).removeSession(*current);
            if (!done) {
                *message = done.error().message;
            }
            return done.ok();
        },
        [db, changes, current, wanted](QString* message) {
            const auto done = core::CourseService(*db, changes).addSession(wanted);
            if (!done) {
                *message = done.error().message;
                return false;
            }
            *current = *done;
            return true;
        },
        [this](const QString& m) { error(m); }));
}

void TrainingSection::editSession()
{
    const int row = selectedRow(m_sessionView);
    if (row < 0) {
        return;
    }
    const core::Session before = m_sessions->sessionAt(row);
    SessionDialog dialog(before, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    const core::Session after = dialog.session();
    if (const auto done = core::CourseService(m_context.db, &m_context.changes).updateSession(after); !done) {
        error(done.error().message);
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    auto step = [db, changes](core::Session value) {
        return [db, changes, value](QString* message) {
            const auto done = core::CourseService(*db, changes).updateSession(value);
            if (!done) {
                *message = done.error().message;
            }
            return done.ok();
        };
    };
    m_context.undo.push(new UndoableEdit(tr("Change session of %1").arg(core::shown::date(before.date)), step(before),
                                         step(after), [this](const QString& m) { error(m); }));
}

void TrainingSection::deleteSession()
{
    const int row = selectedRow(m_sessionView);
    if (row < 0) {
        return;
    }
    const core::Session session = m_sessions->sessionAt(row);
    if (!m_context.prompt.confirm(
            this, tr("Delete session"),
            tr("Delete the session of %1 and its attendance marks?").arg(core::shown::date(session.date)))) {
        return;
    }
    if (const auto done = core::CourseService(m_context.db, &m_context.changes).removeSession(session.id); !done) {
        error(done.error().message);
        return;
    }
    m_context.undo.clear(); // attendance marks of the session are gone with it
}

void TrainingSection::enrol()
{
    if (m_courseId != 0) {
        m_enrolmentActions->enrol(m_courseId, m_runDialog);
    }
}

void TrainingSection::withdraw()
{
    m_enrolmentActions->withdraw();
}

void TrainingSection::cancelWithdrawal()
{
    m_enrolmentActions->cancelWithdrawal();
}

void TrainingSection::removeEnrolment()
{
    m_enrolmentActions->removeEnrolment();
}

core::Result<std::unique_ptr<DocumentPrinter>> TrainingSection::buildDocument(Document document)
{
    if (m_courseId == 0) {
        return core::Error{tr("Choose a course first.")};
    }
    switch (document) {
    case Document::AttendanceLists:
        return TrainingDocuments::attendanceLists(m_context.db, m_courseId);
    case Document::AttendanceListOfSession: {
        const int row = selectedRow(m_sessionView);
        if (row < 0) {
            return core::Error{tr("Choose the session in the list first.")};
        }
        return TrainingDocuments::attendanceLists(m_context.db, m_courseId, m_sessions->sessionAt(row).id);
    }
    case Document::Certificates:
    case Document::CertificateOfParticipant: {
        std::optional<qint64> participant;
        if (document == Document::CertificateOfParticipant) {
            const int row = selectedRow(m_enrolmentView);
            if (row < 0) {
                return core::Error{tr("Choose the participant in the list first.")};
            }
            participant = m_enrolments->enrolmentAt(row).enrolment.participantId;
        }
        const SignatoryChoice signs = SignatoryChoice::ask(m_context, this, tr("Certificates"));
        if (signs.cancelled) {
            return core::Error{};
        }
        return TrainingDocuments::certificates(m_context.db, m_courseId, participant, signs.signatory);
    }
    case Document::Summary:
        return TrainingDocuments::courseSummary(m_context.db, m_courseId);
    }
    return core::Error{};
}

bool TrainingSection::printDocument(Document document, bool toPdf, const QString& pdfPath)
{
    auto printer = buildDocument(document);
    if (!printer) {
        if (!printer.error().message.isEmpty()) { // empty: the user cancelled
            error(printer.error().message);
        }
        return false;
    }
    if (!toPdf && pdfPath.isEmpty()) {
        (*printer)->preview(this);
        return true;
    }
    QString path = pdfPath;
    if (path.isEmpty()) {
        path = m_context.prompt.saveFileName(this, tr("Save as PDF"), tr("document.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    if (const auto written = (*printer)->writePdf(path); !written) {
        error(written.error().message);
        return false;
    }
    return true;
}

} // namespace osiedle::ui
