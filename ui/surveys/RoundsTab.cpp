#include "ui/surveys/RoundsTab.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/SurveyRoundService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/ListExport.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"
#include "ui/surveys/AnswerGrid.h"
#include "ui/surveys/AnswerGridModel.h"
#include "ui/surveys/AnswerImportDialog.h"
#include "ui/surveys/RoundDialog.h"
#include "ui/surveys/RoundListModel.h"
#include "ui/surveys/SurveyDocuments.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QPushButton* button(const QString& text, const QString& name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

RoundsTab::RoundsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_runDialog([](QDialog& d) { return d.exec(); }),
      m_instrumentFilter(new QComboBox), m_search(new QLineEdit), m_model(new RoundListModel(this)),
      m_list(new QTableView), m_roundTitle(new QLabel), m_find(new QLineEdit), m_grid(new AnswerGrid(context)),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("roundsTab"));
    m_instrumentFilter->setObjectName(QStringLiteral("roundInstrumentFilter"));
    m_search->setObjectName(QStringLiteral("roundSearch"));
    m_search->setPlaceholderText(tr("Search questionnaires, courses, OSS"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("roundList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_roundTitle->setObjectName(QStringLiteral("roundTitle"));
    m_roundTitle->setWordWrap(true); // a long OSS name must not widen the window
    QFont bold = m_roundTitle->font();
    bold.setBold(true);
    m_roundTitle->setFont(bold);
    m_find->setObjectName(QStringLiteral("findForm"));
    m_find->setPlaceholderText(tr("Find a form by code or name (Ctrl+F), Enter"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(320);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_instrumentFilter);
    filters->addWidget(m_search, 1);
    auto* add = button(tr("New round…"), QStringLiteral("newRound"));
    auto* edit = button(tr("Change…"), QStringLiteral("editRound"));
    auto* remove = button(tr("Delete"), QStringLiteral("deleteRound"));
    auto* newcomers = button(tr("Add newcomers"), QStringLiteral("addNewcomers"));
    newcomers->setToolTip(tr("Add those of the course or OSS on the round's date who are not respondents yet"));
    auto* print = button(tr("Blank forms"), QStringLiteral("printForms"));
    auto* printMenu = new QMenu(print);
    printMenu->addAction(tr("Print preview…"), this, [this] { printForms(false); });
    printMenu->addAction(tr("Save as PDF…"), this, [this] { printForms(true); });
    print->setMenu(printMenu);
    auto* import = button(tr("Import answers…"), QStringLiteral("importAnswers"));
    auto* results = button(tr("Results"), QStringLiteral("showResults"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, remove, newcomers, print, import, results}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    ListExport::addButton(context, m_list, buttons, tr("rounds.xlsx"), QStringLiteral("exportRounds"));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_list);
    topLayout->addLayout(buttons);

    auto* help = new QLabel(tr("Type the answers of each form: 1–5 · 1 or T yes, 0, 2 or N no · a test's answer 1, 2, "
                               "3… or a, b, c… — the cursor moves to the next item, after the last to the next form · "
                               "Enter next form · Delete clears · Ctrl+Z undoes"));
    help->setWordWrap(true);
    auto* gridHead = new QHBoxLayout;
    gridHead->addWidget(m_roundTitle, 1);
    gridHead->addWidget(m_find);
    ListExport::addButton(context, m_grid, gridHead, tr("answers.xlsx"), QStringLiteral("exportAnswers"));
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(gridHead);
    bottomLayout->addWidget(help);
    bottomLayout->addWidget(m_grid, 1);
    bottomLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (m_grid->findForm(m_find->text())) {
            m_message->clear();
        }
    });
    connect(m_grid, &AnswerGrid::message, m_message, &QLabel::setText);
    connect(m_grid->gridModel(), &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    connect(add, &QPushButton::clicked, this, &RoundsTab::newRound);
    connect(edit, &QPushButton::clicked, this, &RoundsTab::editRound);
    connect(m_list, &QTableView::doubleClicked, this, &RoundsTab::editRound);
    connect(remove, &QPushButton::clicked, this, &RoundsTab::deleteRound);
    connect(newcomers, &QPushButton::clicked, this, &RoundsTab::addNewcomers);
    connect(import, &QPushButton::clicked, this, &RoundsTab::importAnswers);
    connect(results, &QPushButton::clicked, this, [this] {
        if (currentRound() != 0) {
            emit resultsWanted(currentRound());
        }
    });
    connect(m_instrumentFilter, &QComboBox::currentIndexChanged, this, &RoundsTab::reload);
    connect(m_search, &QLineEdit::textChanged, this, &RoundsTab::reload);
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Surveys || topic == core::Topic::Training || topic == core::Topic::SocialCoops) {
            reloadInstruments();
            reload();
        }
    });
    reloadInstruments();
    reload();
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RoundsTab::onChosen);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    onChosen();
}

void RoundsTab::error(const QString& message)
{
    m_context.prompt.error(this, tr("Rounds"), message);
}

void RoundsTab::reloadInstruments()
{
    const QVariant keep = m_instrumentFilter->currentData();
    const QSignalBlocker blocker(m_instrumentFilter);
    m_instrumentFilter->clear();
    m_instrumentFilter->addItem(tr("All questionnaires and tests"), QVariant());
    try {
        for (const core::InstrumentSummary& s : core::InstrumentRepository(m_context.db).list()) {
            m_instrumentFilter->addItem(s.name, s.id);
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    m_instrumentFilter->setCurrentIndex(std::max(0, m_instrumentFilter->findData(keep)));
}

void RoundsTab::reload()
{
    core::SurveyRoundFilter filter;
    if (m_instrumentFilter->currentData().isValid()) {
        filter.instrumentId = m_instrumentFilter->currentData().toLongLong();
    }
    filter.search = m_search->text();
    const qint64 keep = currentRound() != 0 ? currentRound() : m_grid->gridModel()->roundId();
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        try {
            m_model->setRounds(core::SurveyRoundRepository(m_context.db).list(filter));
        } catch (const core::StorageError& e) {
            error(e.message());
        }
        m_list->resizeColumnsToContents();
        m_list->setColumnWidth(RoundListModel::Instrument,
                               std::min(m_list->columnWidth(RoundListModel::Instrument), 260));
        m_list->setColumnWidth(RoundListModel::Group, std::min(m_list->columnWidth(RoundListModel::Group), 300));
        if (const int row = m_model->rowOf(keep); row >= 0) {
            m_list->setCurrentIndex(m_model->index(row, 0));
        }
    }
    if (currentRound() != m_grid->gridModel()->roundId()) {
        onChosen();
    }
}

qint64 RoundsTab::currentRound() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->roundAt(current.row()).round.id : 0;
}

bool RoundsTab::selectRound(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void RoundsTab::onChosen()
{
    const qint64 id = currentRound();
    m_message->clear();
    if (id == 0) {
        m_roundTitle->setText(tr("Choose a round to type its forms in."));
        m_grid->setRound(0);
        return;
    }
    const core::SurveyRoundSummary& s = m_model->roundAt(m_list->currentIndex().row());
    m_roundTitle->setText(
        tr("%1 – %2 round of %3 – %4")
            .arg(s.instrumentName, core::label(s.round.kind), core::shown::date(s.round.date), s.groupName));
    m_grid->setRound(id);
}

void RoundsTab::newRound()
{
    core::SurveyRound round;
    round.date = QDate::currentDate();
    if (m_instrumentFilter->currentData().isValid()) {
        round.instrumentId = m_instrumentFilter->currentData().toLongLong();
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    auto created = std::make_shared<qint64>(0);
    RoundDialog dialog(
        *db, round,
        [db, changes, created](const core::SurveyRound& wanted) -> core::Status {
            const auto id = core::SurveyRoundService(*db, changes).create(wanted);
            if (!id) {
                return id.error();
            }
            *created = *id;
            return {};
        },
        this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted || *created == 0) {
        return;
    }
    try {
        core::SurveyRoundRepository rounds(*db);
        const auto stored = rounds.find(*created);
        if (stored) {
            const core::RoundRecord record{*stored, rounds.respondents(*created), {}};
            m_context.undo.push(new UndoableEdit(
                tr("New round of %1").arg(core::shown::date(stored->date)), serviceStep([db, changes, id = *created] {
                    const auto removed = core::SurveyRoundService(*db, changes).remove(id);
                    return removed ? core::Status() : core::Status(removed.error());
                }),
                serviceStep([db, changes, record] { return core::SurveyRoundService(*db, changes).restore(record); }),
                [this](const QString& m) { error(m); }));
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    reload();
    selectRound(*created);
}

void RoundsTab::editRound()
{
    const qint64 id = currentRound();
    if (id == 0) {
        return;
    }
    const core::SurveyRound before = m_model->roundAt(m_list->currentIndex().row()).round;
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    RoundDialog dialog(
        *db, before,
        [db, changes](const core::SurveyRound& wanted) {
            return core::SurveyRoundService(*db, changes).update(wanted);
        },
        this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    const core::SurveyRound after = dialog.round();
    m_context.undo.push(new UndoableEdit(
        tr("Change round of %1").arg(core::shown::date(before.date)),
        serviceStep([db, changes, before] { return core::SurveyRoundService(*db, changes).update(before); }),
        serviceStep([db, changes, after] { return core::SurveyRoundService(*db, changes).update(after); }),
        [this](const QString& m) { error(m); }));
}

void RoundsTab::deleteRound()
{
    const qint64 id = currentRound();
    if (id == 0) {
        return;
    }
    const core::SurveyRoundSummary s = m_model->roundAt(m_list->currentIndex().row());
    if (!m_context.prompt.confirm(
            this, tr("Delete round"),
            tr("Delete the %1 round of %2 (%3) with its %n form(s) entered?", nullptr, s.formsReturned)
                .arg(core::label(s.round.kind), core::shown::date(s.round.date), s.instrumentName))) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto removed = core::SurveyRoundService(*db, changes).remove(id);
    if (!removed) {
        error(removed.error().message);
        return;
    }
    const core::RoundRecord record = *removed;
    m_context.undo.push(new UndoableEdit(
        tr("Delete round of %1").arg(core::shown::date(s.round.date)),
        serviceStep([db, changes, record] { return core::SurveyRoundService(*db, changes).restore(record); }),
        serviceStep([db, changes, id] {
            const auto again = core::SurveyRoundService(*db, changes).remove(id);
            return again ? core::Status() : core::Status(again.error());
        }),
        [this](const QString& m) { error(m); }));
}

void RoundsTab::addNewcomers()
{
    const qint64 id = currentRound();
    if (id == 0) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto added = core::SurveyRoundService(*db, changes).addNewcomers(id);
    if (!added) {
        error(added.error().message);
        return;
    }
    if (added->isEmpty()) {
        m_context.prompt.information(this, tr("Add newcomers"), tr("Everybody of the group is a respondent already."));
        return;
    }
    const QList<qint64> people = *added;
    auto again = std::make_shared<QList<qint64>>(people);
    m_context.undo.push(
        new UndoableEdit(tr("Add %n respondent(s)", nullptr, int(people.size())), serviceStep([db, changes, id, again] {
                             return core::SurveyRoundService(*db, changes).removeRespondents(id, *again);
                         }),
                         serviceStep([db, changes, id, again] {
                             const auto done = core::SurveyRoundService(*db, changes).addNewcomers(id);
                             if (done) {
                                 *again = *done;
                             }
                             return done ? core::Status() : core::Status(done.error());
                         }),
                         [this](const QString& m) { error(m); }));
    m_context.prompt.information(this, tr("Add newcomers"),
                                 tr("%n respondent(s) added to the round.", nullptr, int(people.size())));
}

void RoundsTab::importAnswers()
{
    const qint64 id = currentRound();
    if (id == 0) {
        return;
    }
    AnswerImportDialog dialog(m_context, id, this);
    m_runDialog(dialog);
}

bool RoundsTab::printForms(bool toPdf, const QString& pdfPath)
{
    const qint64 id = currentRound();
    if (id == 0) {
        error(tr("Choose a round first."));
        return false;
    }
    auto printer = SurveyDocuments::blankForms(m_context.db, id);
    if (!printer) {
        error(printer.error().message);
        return false;
    }
    if (!toPdf && pdfPath.isEmpty()) {
        (*printer)->preview(this);
        return true;
    }
    QString path = pdfPath;
    if (path.isEmpty()) {
        path = m_context.prompt.saveFileName(this, tr("Save as PDF"), tr("questionnaires.pdf"), tr("PDF (*.pdf)"));
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
