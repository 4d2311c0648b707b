#include "ui/training/AttendanceGrid.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "ui/common/AppContext.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/training/AttendanceGridModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPointer>
#include <QUndoStack>

namespace osiedle::ui {

using core::AttendanceStatus;

AttendanceGrid::AttendanceGrid(AppContext& context, QWidget* parent)
    : QTableView(parent), m_context(context), m_model(new AttendanceGridModel(context.db, &context.changes, this)),
      m_allPresent(new QAction(tr("All present"), this))
{
    setObjectName(QStringLiteral("attendanceGrid"));
    setModel(m_model);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    horizontalHeader()->setDefaultSectionSize(52);
    horizontalHeader()->setMinimumSectionSize(40);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_allPresent->setObjectName(QStringLiteral("allPresentAction"));
    m_allPresent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_allPresent->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_allPresent->setToolTip(tr("Mark everyone present on the session of the current column (Ctrl+Shift+A)"));
    addAction(m_allPresent);
    connect(m_allPresent, &QAction::triggered, this, [this] { markCurrentColumnAllPresent(); });

    // Changes made elsewhere (another window, an import) reload the grid; its own do not.
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Training && !m_model->saving() && m_model->courseId() != 0) {
            const QModelIndex current = currentIndex();
            m_model->reload();
            if (current.isValid()) {
                setCurrentIndex(m_model->index(current.row(), current.column()));
            }
        }
    });
}

void AttendanceGrid::setCourse(qint64 courseId)
{
    m_model->load(courseId);
    resizeColumnToContents(m_model->sessionCount());
    if (m_model->participantCount() > 0 && m_model->sessionCount() > 0) {
        setCurrentIndex(m_model->index(0, 0));
    }
}

void AttendanceGrid::showError(const QString& message)
{
    m_context.prompt.error(this, tr("Attendance"), message);
}

void AttendanceGrid::moveDown()
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() + 1 < m_model->participantCount()) {
        setCurrentIndex(m_model->index(current.row() + 1, current.column()));
    }
}

bool AttendanceGrid::markCurrent(std::optional<AttendanceStatus> mark)
{
    const QModelIndex current = currentIndex();
    if (!m_model->isMarkCell(current)) {
        return false;
    }
    const qint64 session = m_model->sessionAt(current.column());
    const qint64 participant = m_model->participantAt(current.row());
    const auto previous = m_model->markAt(current.row(), current.column());
    if (previous == mark) {
        return true;
    }
    if (const auto saved = m_model->setMark(session, participant, mark); !saved) {
        showError(saved.error().message);
        return false;
    }
    QPointer<AttendanceGridModel> model = m_model;
    auto step = [model, session, participant](std::optional<AttendanceStatus> value) {
        return [model, session, participant, value](QString* error) {
            if (!model) {
                *error = tr("The attendance grid is closed.");
                return false;
            }
            const auto done = model->setMark(session, participant, value);
            if (!done) {
                *error = done.error().message;
            }
            return done.ok();
        };
    };
    const QString name = m_model->headerData(current.row(), Qt::Vertical).toString();
    m_context.undo.push(new UndoableEdit(tr("Attendance of %1").arg(name), step(previous), step(mark),
                                         [this](const QString& message) { showError(message); }));
    return true;
}

bool AttendanceGrid::markCurrentColumnAllPresent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.column() >= m_model->sessionCount()) {
        return false;
    }
    const qint64 session = m_model->sessionAt(current.column());
    const auto previous = m_model->markAllPresent(session);
    if (!previous) {
        showError(previous.error().message);
        return false;
    }
    if (previous->isEmpty()) {
        return true;
    }
    QPointer<AttendanceGridModel> model = m_model;
    QList<QPair<qint64, std::optional<AttendanceStatus>>> allPresent;
    for (const auto& change : *previous) {
        allPresent.append({change.first, AttendanceStatus::Present});
    }
    auto step = [model, session](const QList<QPair<qint64, std::optional<AttendanceStatus>>>& marks) {
        return [model, session, marks](QString* error) {
            if (!model) {
                *error = tr("The attendance grid is closed.");
                return false;
            }
            const auto done = model->restore(session, marks);
            if (!done) {
                *error = done.error().message;
            }
            return done.ok();
        };
    };
    const QString date = core::shown::date(m_model->session(current.column()).date);
    m_context.undo.push(new UndoableEdit(tr("All present on %1").arg(date), step(*previous), step(allPresent),
                                         [this](const QString& message) { showError(message); }));
    return true;
}

void AttendanceGrid::keyPressEvent(QKeyEvent* event)
{
    // The action's shortcut normally takes this key first; without an active window it comes here.
    if (event->key() == Qt::Key_A && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        markCurrentColumnAllPresent();
        event->accept();
        return;
    }
    const bool plain = (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (plain && m_model->isMarkCell(currentIndex())) {
        std::optional<std::optional<AttendanceStatus>> mark;
        switch (event->key()) {
        case Qt::Key_P:
        case Qt::Key_O: // obecny
        case Qt::Key_1:
            mark = AttendanceStatus::Present;
            break;
        case Qt::Key_U:
        case Qt::Key_E:
        case Qt::Key_2:
            mark = AttendanceStatus::Excused;
            break;
        case Qt::Key_N:
        case Qt::Key_A:
        case Qt::Key_3:
            mark = AttendanceStatus::Absent;
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            mark = std::optional<AttendanceStatus>();
            break;
        case Qt::Key_Space: {
            const auto now = m_model->markAt(currentIndex().row(), currentIndex().column());
            markCurrent(now == AttendanceStatus::Present ? AttendanceStatus::Absent : AttendanceStatus::Present);
            event->accept();
            return;
        }
        default:
            break;
        }
        if (mark) {
            if (markCurrent(*mark)) {
                moveDown();
            }
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace osiedle::ui
