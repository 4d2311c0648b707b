#include "ui/products/CompetitionTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/CompetitionService.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UserPrompt.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/products/ProductsWidgets.h"
#include "ui/products/RecordPanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace osiedle::ui {

using products::boxed;
using products::button;
using products::cell;
using products::number;
using products::RecordPanel;
using products::table;

namespace {

// How each kind of record is saved, removed and put back through CompetitionService.
template <typename T> struct Ops;

template <> struct Ops<core::Competition> {
    static core::Result<qint64> save(core::CompetitionService& s, const core::Competition& r)
    {
        return s.saveCompetition(r);
    }
    static auto remove(core::CompetitionService& s, qint64 id) { return s.removeCompetition(id); }
    static void put(core::CompetitionSnapshot& snapshot, const core::Competition& r) { snapshot.competition = r; }
};

template <> struct Ops<core::CompetitionCategory> {
    static core::Result<qint64> save(core::CompetitionService& s, const core::CompetitionCategory& r)
    {
        return s.saveCategory(r);
    }
    static auto remove(core::CompetitionService& s, qint64 id) { return s.removeCategory(id); }
    static void put(core::CompetitionSnapshot& snapshot, const core::CompetitionCategory& r)
    {
        snapshot.categories = {r};
    }
};

template <> struct Ops<core::CompetitionCriterion> {
    static core::Result<qint64> save(core::CompetitionService& s, const core::CompetitionCriterion& r)
    {
        return s.saveCriterion(r);
    }
    static auto remove(core::CompetitionService& s, qint64 id) { return s.removeCriterion(id); }
    static void put(core::CompetitionSnapshot& snapshot, const core::CompetitionCriterion& r)
    {
        snapshot.criteria = {r};
    }
};

template <> struct Ops<core::Juror> {
    static core::Result<qint64> save(core::CompetitionService& s, const core::Juror& r) { return s.saveJuror(r); }
    static auto remove(core::CompetitionService& s, qint64 id) { return s.removeJuror(id); }
    static void put(core::CompetitionSnapshot& snapshot, const core::Juror& r) { snapshot.jurors = {r}; }
};

template <> struct Ops<core::Nomination> {
    static core::Result<qint64> save(core::CompetitionService& s, const core::Nomination& r)
    {
        return s.saveNomination(r);
    }
    static auto remove(core::CompetitionService& s, qint64 id) { return s.removeNomination(id); }
    static void put(core::CompetitionSnapshot& snapshot, const core::Nomination& r) { snapshot.nominations = {r}; }
};

template <typename T> std::optional<T> byId(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id) {
            return item;
        }
    }
    return std::nullopt;
}

QSpinBox* spin(const QString& name, int min, int max, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    return s;
}

// The names without the words they all begin with ("Osiedlowa Spółdzielnia Socjalna …"), so a
// narrow header shows what tells them apart; a single name is kept whole.
QStringList withoutCommonWords(const QStringList& names)
{
    if (names.size() < 2) {
        return names;
    }
    QList<QStringList> words;
    qsizetype common = std::numeric_limits<qsizetype>::max();
    for (const QString& name : names) {
        words << name.split(QLatin1Char(' '));
        common = std::min(common, words.last().size() - 1); // keep at least one word
    }
    qsizetype shared = 0;
    while (shared < common && std::all_of(words.cbegin(), words.cend(),
                                          [&](const QStringList& w) { return w[shared] == words.first()[shared]; })) {
        ++shared;
    }
    QStringList shortened;
    for (const QStringList& w : words) {
        shortened << w.mid(shared).join(QLatin1Char(' '));
    }
    return shortened;
}

QLineEdit* line(const QString& name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

} // namespace

CompetitionTab::CompetitionTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_competition(new QComboBox(this)), m_category(new QComboBox(this)),
      m_categoryInfo(new QLabel(this)), m_setup(new QTabWidget(this)),
      m_editionName(line(QStringLiteral("editionName"), this)),
      m_editionYear(spin(QStringLiteral("editionYear"), 0, 2100, this)),
      m_announced(line(QStringLiteral("editionAnnounced"), this)),
      m_decided(line(QStringLiteral("editionDecided"), this)),
      m_editionNotes(line(QStringLiteral("editionNotes"), this)), m_editionMessage(new QLabel(this)),
      m_grid(new QTableWidget(this)),
      m_ranking(
          table(QStringLiteral("rankingTable"), {tr("Place"), tr("Nomination"), tr("Score"), tr("Remarks")}, this)),
      m_message(new QLabel(this))
{
    m_competition->setObjectName(QStringLiteral("competitionCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setMinimumContentsLength(30);
    m_setup->setObjectName(QStringLiteral("competitionSetup"));
    m_grid->setObjectName(QStringLiteral("scoreGrid"));
    // Long nominee names elide in a bounded header so the points columns stay in view.
    m_grid->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 34);
    m_grid->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_message->setObjectName(QStringLiteral("competitionMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Edition:"), this));
    top->addWidget(m_competition, 1);
    top->addWidget(new QLabel(tr("Category:"), this));
    top->addWidget(m_category, 1);
    top->addWidget(m_categoryInfo);
    top->addStretch();
    auto* resultsPreview = button(tr("Results: print preview"), QStringLiteral("resultsPreview"), this);
    auto* resultsPdf = button(tr("Results: save as PDF"), QStringLiteral("resultsPdf"), this);
    auto* sheetPreview = button(tr("Scoring sheet: print preview"), QStringLiteral("sheetPreview"), this);
    auto* sheetPdf = button(tr("Scoring sheet: save as PDF"), QStringLiteral("sheetPdf"), this);
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(resultsPreview);
    printRow->addWidget(resultsPdf);
    printRow->addWidget(sheetPreview);
    printRow->addWidget(sheetPdf);
    printRow->addStretch();
    ListExport::addButton(m_context, m_ranking, printRow, tr("competition-ranking.xlsx"),
                          QStringLiteral("exportRanking"));

    m_setup->addTab(buildEditionForm(), tr("Edition"));
    buildPanels();
    auto* right = new QSplitter(Qt::Vertical, this);
    auto* gridBox = new QGroupBox(tr("Scoring (type the points of each juror for each criterion)"), this);
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(4, 4, 4, 4);
    gridLayout->addWidget(m_grid);
    gridLayout->addWidget(m_message);
    right->addWidget(gridBox);
    right->addWidget(boxed(tr("Ranking"), m_ranking, this));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_setup);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({300, 750}); // in proportion: the scoring grid and the ranking get the room
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(printRow);

    connect(m_competition, &QComboBox::currentIndexChanged, this, [this] {
        m_newEdition = false;
        fillCategories();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &CompetitionTab::fillCategory);
    connect(m_grid, &QTableWidget::itemChanged, this, &CompetitionTab::scoreEdited);
    connect(resultsPreview, &QPushButton::clicked, this, [this] { printResults(false); });
    connect(resultsPdf, &QPushButton::clicked, this, [this] { printResults(true); });
    connect(sheetPreview, &QPushButton::clicked, this, [this] { printSheet(false); });
    connect(sheetPdf, &QPushButton::clicked, this, [this] { printSheet(true); });
    m_nomineesRefresh = new RefreshWhenShown(this, [this] { fillNominees(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Products) {
            // points typed in the grid only change the ranking; the grid stays as typed
            if (m_scoring) {
                fillRanking();
            } else {
                refresh();
            }
        } else if (topic == core::Topic::Participants || topic == core::Topic::SocialCoops) {
            m_nomineesRefresh->request();
        }
    });
    refresh();
}

QWidget* CompetitionTab::buildEditionForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout;
    m_editionYear->setSpecialValueText(tr("(none)"));
    m_announced->setPlaceholderText(tr("DD.MM.YYYY"));
    m_decided->setPlaceholderText(tr("DD.MM.YYYY"));
    m_editionMessage->setObjectName(QStringLiteral("editionMessage"));
    m_editionMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    m_editionMessage->setWordWrap(true);
    form->addRow(tr("Name"), m_editionName);
    form->addRow(tr("Year"), m_editionYear);
    form->addRow(tr("Announced on"), m_announced);
    form->addRow(tr("Results on"), m_decided);
    form->addRow(tr("Notes"), m_editionNotes);
    auto* newButton = button(tr("New edition"), QStringLiteral("editionNew"), page);
    auto* saveButton = button(tr("Save"), QStringLiteral("editionSave"), page);
    auto* removeButton = button(tr("Remove edition"), QStringLiteral("editionRemove"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* column = new QVBoxLayout(page);
    column->addLayout(form);
    column->addWidget(m_editionMessage);
    column->addLayout(buttons);
    column->addStretch();
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_newEdition = true;
        showEdition();
    });
    connect(saveButton, &QPushButton::clicked, this, &CompetitionTab::saveEdition);
    connect(removeButton, &QPushButton::clicked, this, &CompetitionTab::removeEdition);
    return page;
}

void CompetitionTab::buildPanels()
{
    m_categoryPanel = new RecordPanel(QStringLiteral("category"), {tr("Category"), tr("For"), tr("Awards")}, this);
    m_categoryKind = new QComboBox(this);
    m_categoryKind->setObjectName(QStringLiteral("categoryKind"));
    for (core::CompetitionCategoryKind kind : core::allValues<core::CompetitionCategoryKind>()) {
        m_categoryKind->addItem(core::label(kind), static_cast<int>(kind));
    }
    m_categoryName = line(QStringLiteral("categoryName"), this);
    m_awards = spin(QStringLiteral("categoryAwards"), 0, 100, this);
    m_categoryPanel->addField(tr("For"), m_categoryKind, QStringLiteral("kind"));
    m_categoryPanel->addField(tr("Name"), m_categoryName, QStringLiteral("name"));
    m_categoryPanel->addField(tr("Number of awards"), m_awards, QStringLiteral("awards"));
    m_setup->addTab(m_categoryPanel, tr("Categories"));

    m_criterionPanel = new RecordPanel(QStringLiteral("criterion"), {tr("Criterion"), tr("Max"), tr("Weight")}, this);
    m_criterionName = line(QStringLiteral("criterionName"), this);
    m_maxPoints = spin(QStringLiteral("criterionMax"), 1, 1000, this);
    m_weight = spin(QStringLiteral("criterionWeight"), 1, 100, this);
    m_criterionPanel->addField(tr("Criterion"), m_criterionName, QStringLiteral("name"));
    m_criterionPanel->addField(tr("Points at most"), m_maxPoints, QStringLiteral("maxPoints"));
    m_criterionPanel->addField(tr("Weight"), m_weight, QStringLiteral("weight"));
    m_setup->addTab(m_criterionPanel, tr("Criteria"));

    m_jurorPanel = new RecordPanel(QStringLiteral("juror"), {tr("Juror"), tr("Institution")}, this);
    m_jurorName = line(QStringLiteral("jurorName"), this);
    m_jurorInstitution = line(QStringLiteral("jurorInstitution"), this);
    m_jurorPanel->addField(tr("Name"), m_jurorName, QStringLiteral("name"));
    m_jurorPanel->addField(tr("Institution"), m_jurorInstitution, QStringLiteral("institution"));
    m_setup->addTab(m_jurorPanel, tr("Jury"));

    m_nominationPanel =
        new RecordPanel(QStringLiteral("nomination"), {tr("Nomination"), tr("Justification"), tr("Award")}, this);
    m_nominee = new QComboBox(this);
    m_nominee->setObjectName(QStringLiteral("nominee"));
    m_nominee->setEditable(true);
    m_nominee->setInsertPolicy(QComboBox::NoInsert);
    m_nominee->completer()->setFilterMode(Qt::MatchContains);
    m_nominee->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_nominee->setMinimumContentsLength(25);
    m_personName = line(QStringLiteral("nomineePerson"), this);
    m_personName->setPlaceholderText(tr("Name of a resident who is not a participant"));
    m_justification = line(QStringLiteral("nominationJustification"), this);
    m_award = line(QStringLiteral("nominationAward"), this);
    m_award->setPlaceholderText(tr("e.g. 1st place, distinction (empty: no award)"));
    m_nominationPanel->addField(tr("Nominee"), m_nominee, QStringLiteral("nominee"));
    m_nominationPanel->addField(tr("or another person"), m_personName, QStringLiteral("personName"));
    m_nominationPanel->addField(tr("Justification"), m_justification, QStringLiteral("justification"));
    m_nominationPanel->addField(tr("Award"), m_award, QStringLiteral("award"));
    m_nominationPanel->addExport(m_context, tr("nominations.xlsx"));
    m_setup->addTab(m_nominationPanel, tr("Nominations"));

    connect(m_categoryPanel, &RecordPanel::shown, this, &CompetitionTab::showCategory);
    connect(m_criterionPanel, &RecordPanel::shown, this, &CompetitionTab::showCriterion);
    connect(m_jurorPanel, &RecordPanel::shown, this, &CompetitionTab::showJuror);
    connect(m_nominationPanel, &RecordPanel::shown, this, &CompetitionTab::showNomination);
    connect(m_categoryPanel, &RecordPanel::saveClicked, this, &CompetitionTab::saveCategory);
    connect(m_criterionPanel, &RecordPanel::saveClicked, this, &CompetitionTab::saveCriterion);
    connect(m_jurorPanel, &RecordPanel::saveClicked, this, &CompetitionTab::saveJuror);
    connect(m_nominationPanel, &RecordPanel::saveClicked, this, &CompetitionTab::saveNomination);
    connect(m_categoryPanel, &RecordPanel::removeClicked, this, &CompetitionTab::removeCategory);
    connect(m_criterionPanel, &RecordPanel::removeClicked, this, &CompetitionTab::removeCriterion);
    connect(m_jurorPanel, &RecordPanel::removeClicked, this, &CompetitionTab::removeJuror);
    connect(m_nominationPanel, &RecordPanel::removeClicked, this, &CompetitionTab::removeNomination);
    // a nominee from the list, or a person typed by name: one or the other
    connect(m_personName, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty()) {
            m_nominee->setCurrentIndex(0);
        }
    });
}

qint64 CompetitionTab::competitionId() const
{
    return m_newEdition ? 0 : m_competition->currentData().toLongLong();
}

qint64 CompetitionTab::categoryId() const
{
    return m_category->currentData().toLongLong();
}

void CompetitionTab::selectCompetition(qint64 id)
{
    m_competition->setCurrentIndex(std::max(0, m_competition->findData(id)));
}

void CompetitionTab::selectCategory(qint64 id)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(id)));
}

void CompetitionTab::refresh()
{
    const QVariant current = m_competition->currentData();
    m_competition->blockSignals(true);
    m_competition->clear();
    try {
        for (const core::Competition& c : core::CompetitionRepository(m_context.db).competitions()) {
            m_competition->addItem(c.year ? QStringLiteral("%1 (%2)").arg(c.name).arg(*c.year) : c.name, c.id);
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    m_competition->setCurrentIndex(std::max(0, m_competition->findData(current)));
    m_competition->blockSignals(false);
    fillCategories();
}

void CompetitionTab::fillCategories()
{
    const QVariant currentCategory = m_category->currentData();
    m_category->blockSignals(true);
    m_category->clear();
    m_categories.clear();
    m_criteria.clear();
    m_jurors.clear();
    try {
        core::CompetitionRepository repo(m_context.db);
        const qint64 id = competitionId();
        if (id != 0) {
            m_categories = repo.categories(id);
            m_criteria = repo.criteria(id);
            m_jurors = repo.jurors(id);
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    for (const core::CompetitionCategory& c : m_categories) {
        m_category->addItem(c.name, c.id);
        m_category->setItemData(m_category->count() - 1, c.awards, Qt::UserRole + 1);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(currentCategory)));
    m_category->blockSignals(false);
    showEdition();

    QList<qint64> ids;
    QList<QStringList> rows;
    for (const core::CompetitionCategory& c : m_categories) {
        ids << c.id;
        rows << QStringList{c.name, core::label(c.kind), QString::number(c.awards)};
    }
    m_categoryPanel->setRows(ids, rows);
    ids.clear();
    rows.clear();
    for (const core::CompetitionCriterion& c : m_criteria) {
        ids << c.id;
        rows << QStringList{c.name, QString::number(c.maxPoints), QString::number(c.weight)};
    }
    m_criterionPanel->setRows(ids, rows);
    ids.clear();
    rows.clear();
    for (const core::Juror& j : m_jurors) {
        ids << j.id;
        rows << QStringList{j.name, j.institution};
    }
    m_jurorPanel->setRows(ids, rows);
    const bool edition = competitionId() != 0;
    m_categoryPanel->setEditable(edition);
    m_criterionPanel->setEditable(edition);
    m_jurorPanel->setEditable(edition);
    m_categoryPanel->show(m_categoryPanel->currentId());
    m_criterionPanel->show(m_criterionPanel->currentId());
    m_jurorPanel->show(m_jurorPanel->currentId());
    fillCategory();
}

void CompetitionTab::showEdition()
{
    core::Competition c;
    if (competitionId() != 0) {
        try {
            c = core::CompetitionRepository(m_context.db).find(competitionId()).value_or(core::Competition{});
        } catch (const core::StorageError& e) {
            m_editionMessage->setText(e.what());
        }
    }
    m_editionName->setText(c.name);
    m_editionYear->setValue(c.year.value_or(0));
    m_announced->setText(FormErrors::dateText(c.announcedOn));
    m_decided->setText(FormErrors::dateText(c.decidedOn));
    m_editionNotes->setText(c.notes);
    m_editionMessage->clear();
}

void CompetitionTab::showCategory(qint64 id)
{
    const core::CompetitionCategory c = byId(m_categories, id).value_or(core::CompetitionCategory{});
    m_categoryKind->setCurrentIndex(std::max(0, m_categoryKind->findData(static_cast<int>(c.kind))));
    m_categoryName->setText(c.name);
    m_awards->setValue(c.awards);
}

void CompetitionTab::showCriterion(qint64 id)
{
    const core::CompetitionCriterion c = byId(m_criteria, id).value_or(core::CompetitionCriterion{});
    m_criterionName->setText(c.name);
    m_maxPoints->setValue(c.maxPoints);
    m_weight->setValue(c.weight);
}

void CompetitionTab::showJuror(qint64 id)
{
    const core::Juror j = byId(m_jurors, id).value_or(core::Juror{});
    m_jurorName->setText(j.name);
    m_jurorInstitution->setText(j.institution);
}

void CompetitionTab::fillNominees()
{
    const std::optional<core::CompetitionCategory> category = byId(m_categories, categoryId());
    QList<ChoiceItem> choices{{QString(), QString()}};
    try {
        if (!category) {
            // nothing to nominate without a category
        } else if (category->kind == core::CompetitionCategoryKind::SocialCoop) {
            for (const core::SocialCoop& c : core::SocialCoopRepository(m_context.db).all()) {
                choices.append({c.name, QStringLiteral("oss:%1").arg(c.id)});
            }
        } else if (category->kind == core::CompetitionCategoryKind::HousingCoop) {
            for (const core::HousingCoopListRow& c : core::HousingCoopRepository(m_context.db).list()) {
                choices.append({c.name, QStringLiteral("sm:%1").arg(c.id)});
            }
        } else {
            for (const core::ParticipantListRow& p :
                 core::ParticipantRepository(m_context.db).listByStatus(core::RecruitmentStatus::Qualified)) {
                choices.append(
                    {QStringLiteral("%1 %2").arg(p.lastName, p.firstName), QStringLiteral("p:%1").arg(p.id)});
            }
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    {
        const QSignalBlocker quiet(m_nominee);
        // The list shows whole names, wider than the field when it must be.
        replaceChoices(*m_nominee, choices, 24, 900);
    }
    const bool residents = category && category->kind == core::CompetitionCategoryKind::Resident;
    m_personName->setEnabled(residents);
}

void CompetitionTab::showNomination(qint64 id)
{
    const core::Nomination n = byId(m_nominations, id).value_or(core::Nomination{});
    QString key;
    if (n.socialCoopId) {
        key = QStringLiteral("oss:%1").arg(*n.socialCoopId);
    } else if (n.housingCoopId) {
        key = QStringLiteral("sm:%1").arg(*n.housingCoopId);
    } else if (n.participantId) {
        key = QStringLiteral("p:%1").arg(*n.participantId);
    }
    m_nominee->setCurrentIndex(std::max(0, m_nominee->findData(key)));
    m_personName->setText(n.personName);
    m_justification->setText(n.justification);
    m_award->setText(n.award);
}

void CompetitionTab::fillCategory()
{
    m_nominations.clear();
    QList<core::JuryScore> scores;
    try {
        core::CompetitionRepository repo(m_context.db);
        if (categoryId() != 0) {
            m_nominations = repo.nominations(categoryId());
            scores = repo.scores(categoryId());
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    const int awards = m_category->currentData(Qt::UserRole + 1).toInt();
    m_categoryInfo->setText(categoryId() != 0 ? tr("%n award(s)", nullptr, awards) : QString());

    fillNominees();
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const core::Nomination& n : m_nominations) {
        ids << n.id;
        rows << QStringList{n.displayName, n.justification, n.award};
    }
    m_nominationPanel->setRows(ids, rows);
    m_nominationPanel->setEditable(categoryId() != 0);
    m_nominationPanel->show(m_nominationPanel->currentId());

    m_grid->blockSignals(true);
    m_grid->clear();
    m_grid->setRowCount(int(m_nominations.size()));
    m_grid->setColumnCount(int(m_jurors.size() * m_criteria.size()));
    const int widest = fontMetrics().averageCharWidth() * 20;
    QStringList names;
    for (const core::Nomination& n : m_nominations) {
        names << n.displayName;
    }
    m_grid->setVerticalHeaderLabels(withoutCommonWords(names));
    for (int row = 0; row < names.size(); ++row) {
        m_grid->verticalHeaderItem(row)->setToolTip(names[row]);
    }
    int column = 0;
    for (const core::Juror& j : m_jurors) {
        for (const core::CompetitionCriterion& c : m_criteria) {
            // Each line of the title shortened to the column's width; the tooltip has it whole.
            const QString whole = QStringLiteral("%1\n%2 (0–%3)").arg(j.name, c.name).arg(c.maxPoints);
            // (the juror's name keeps its start, the criterion its range).
            const QString lines =
                fontMetrics().elidedText(j.name, Qt::ElideRight, widest - 12) + QLatin1Char('\n') +
                fontMetrics().elidedText(whole.section(QLatin1Char('\n'), 1), Qt::ElideMiddle, widest - 12);
            auto* header = new QTableWidgetItem(lines);
            header->setToolTip(whole);
            m_grid->setHorizontalHeaderItem(column, header);
            for (int row = 0; row < m_nominations.size(); ++row) {
                auto* item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                item->setData(Qt::UserRole, column);
                for (const core::JuryScore& s : scores) {
                    if (s.nominationId == m_nominations[row].id && s.jurorId == j.id && s.criterionId == c.id) {
                        item->setText(QString::number(s.points));
                    }
                }
                m_grid->setItem(row, column, item);
            }
            ++column;
        }
    }
    m_grid->resizeColumnsToContents();
    // A long criterion name must not push the other jurors out of view.
    for (int c = 0; c < m_grid->columnCount(); ++c) {
        m_grid->setColumnWidth(c, std::min(m_grid->columnWidth(c), widest));
    }
    m_grid->blockSignals(false);
    fillRanking();
}

void CompetitionTab::scoreEdited(QTableWidgetItem* item)
{
    const int row = item->row();
    const int column = item->column();
    if (m_criteria.isEmpty() || row >= m_nominations.size()) {
        return;
    }
    const core::Juror juror = m_jurors.at(column / m_criteria.size());
    const core::CompetitionCriterion criterion = m_criteria.at(column % m_criteria.size());
    const core::Nomination nomination = m_nominations[row];
    const QString text = item->text().trimmed();
    std::optional<int> points;
    std::optional<int> before;
    core::Status written;
    if (!text.isEmpty()) {
        bool ok = false;
        points = text.toInt(&ok);
        if (!ok) {
            written = core::Error{tr("\"%1\" is not a whole number of points.").arg(text)};
        }
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    auto apply = [&db, &changes, n = nomination.id, j = juror.id, c = criterion.id](std::optional<int> value) {
        core::CompetitionService service(db, &changes);
        return value ? service.setScore({n, j, c, *value}) : service.clearScore(n, j, c);
    };
    if (written) {
        try {
            for (const core::JuryScore& s : core::CompetitionRepository(db).scores(nomination.categoryId)) {
                if (s.nominationId == nomination.id && s.jurorId == juror.id && s.criterionId == criterion.id) {
                    before = s.points;
                }
            }
        } catch (const core::StorageError& e) {
            written = core::Error{QString::fromUtf8(e.what())};
        }
    }
    if (written) {
        // the grid is never rebuilt inside its own itemChanged signal
        m_scoring = true;
        written = apply(points);
        m_scoring = false;
    }
    if (!written) {
        m_message->setText(
            tr("%1, %2, %3: %4").arg(nomination.displayName, juror.name, criterion.name, written.error().message));
        QMetaObject::invokeMethod(this, &CompetitionTab::fillCategory, Qt::QueuedConnection);
        return;
    }
    m_message->clear();
    pushUndo(
        m_context, this, tr("Points of %1 for %2, %3").arg(juror.name, nomination.displayName, criterion.name),
        tr("Undo"), [apply, before] { return apply(before); }, [apply, points] { return apply(points); });
}

template <typename T>
bool CompetitionTab::saveRecord(RecordPanel* panel, const T& record, const std::optional<T>& before,
                                const QString& what)
{
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    core::CompetitionService service(db, &changes);
    const core::Result<qint64> saved = Ops<T>::save(service, record);
    if (!saved) {
        if (panel != nullptr) {
            panel->errors().show({{QString(), saved.error().message}});
        } else {
            m_editionMessage->setText(saved.error().message);
        }
        return false;
    }
    T stored = record;
    stored.id = *saved;
    if (before) {
        pushUndo(
            m_context, this, tr("Edit %1").arg(what), tr("Undo"),
            [&db, &changes, old = *before] {
                core::CompetitionService s(db, &changes);
                return Ops<T>::save(s, old);
            },
            [&db, &changes, stored] {
                core::CompetitionService s(db, &changes);
                return Ops<T>::save(s, stored);
            });
    } else {
        pushUndo(
            m_context, this, tr("Add %1").arg(what), tr("Undo"),
            [&db, &changes, id = stored.id] {
                core::CompetitionService s(db, &changes);
                return Ops<T>::remove(s, id);
            },
            [&db, &changes, stored] {
                core::CompetitionSnapshot snapshot;
                Ops<T>::put(snapshot, stored);
                return core::CompetitionService(db, &changes).restore(snapshot);
            });
    }
    if (panel != nullptr) {
        panel->show(stored.id);
    }
    refresh();
    return true;
}

template <typename T>
bool CompetitionTab::removeRecord(RecordPanel* panel, qint64 id, const QString& question, const QString& what)
{
    if (id == 0 || !m_context.prompt.confirm(this, tr("Remove %1").arg(what), question)) {
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    core::CompetitionService service(db, &changes);
    const auto removed = Ops<T>::remove(service, id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove %1").arg(what), removed.error().message);
        return false;
    }
    pushUndo(
        m_context, this, tr("Remove %1").arg(what), tr("Undo"),
        [&db, &changes, snapshot = *removed] { return core::CompetitionService(db, &changes).restore(snapshot); },
        [&db, &changes, id] {
            core::CompetitionService s(db, &changes);
            return Ops<T>::remove(s, id);
        });
    if (panel != nullptr) {
        panel->show(0);
    }
    refresh();
    return true;
}

bool CompetitionTab::saveEdition()
{
    core::FieldErrors errors;
    core::Competition c;
    c.id = competitionId();
    c.name = m_editionName->text().trimmed();
    if (m_editionYear->value() != 0) {
        c.year = m_editionYear->value();
    }
    c.announcedOn = FormErrors::readDate(m_announced, QStringLiteral("announcedOn"), errors);
    c.decidedOn = FormErrors::readDate(m_decided, QStringLiteral("decidedOn"), errors);
    c.notes = m_editionNotes->text().trimmed();
    if (!errors.isEmpty()) {
        m_editionMessage->setText(errors.first().message);
        return false;
    }
    std::optional<core::Competition> before;
    try {
        if (c.id != 0) {
            before = core::CompetitionRepository(m_context.db).find(c.id);
        }
    } catch (const core::StorageError& e) {
        m_editionMessage->setText(e.what());
        return false;
    }
    const bool added = c.id == 0;
    if (!saveRecord<core::Competition>(nullptr, c, before, tr("competition edition %1").arg(c.name))) {
        return false;
    }
    if (added) {
        m_newEdition = false;
        try {
            const auto all = core::CompetitionRepository(m_context.db).competitions();
            selectCompetition(
                all.isEmpty() ? 0 : std::max_element(all.begin(), all.end(), [](const auto& a, const auto& b) {
                                        return a.id < b.id;
                                    })->id);
        } catch (const core::StorageError& e) {
            m_editionMessage->setText(e.what());
        }
    }
    return true;
}

bool CompetitionTab::removeEdition()
{
    return removeRecord<core::Competition>(
        nullptr, competitionId(),
        tr("Remove the edition \"%1\" with its categories, criteria, jury, nominations and scores?")
            .arg(m_competition->currentText()),
        tr("competition edition %1").arg(m_competition->currentText()));
}

bool CompetitionTab::saveCategory()
{
    core::CompetitionCategory c;
    c.id = m_categoryPanel->currentId();
    c.competitionId = competitionId();
    c.kind = static_cast<core::CompetitionCategoryKind>(m_categoryKind->currentData().toInt());
    c.name = m_categoryName->text().trimmed();
    c.awards = m_awards->value();
    return saveRecord(m_categoryPanel, c, byId(m_categories, c.id), tr("category %1").arg(c.name));
}

bool CompetitionTab::removeCategory()
{
    const auto c = byId(m_categories, m_categoryPanel->currentId());
    return c && removeRecord<core::CompetitionCategory>(
                    m_categoryPanel, c->id,
                    tr("Remove the category \"%1\" with its nominations and their scores?").arg(c->name),
                    tr("category %1").arg(c->name));
}

bool CompetitionTab::saveCriterion()
{
    core::CompetitionCriterion c;
    c.id = m_criterionPanel->currentId();
    c.competitionId = competitionId();
    c.name = m_criterionName->text().trimmed();
    c.maxPoints = m_maxPoints->value();
    c.weight = m_weight->value();
    return saveRecord(m_criterionPanel, c, byId(m_criteria, c.id), tr("criterion %1").arg(c.name));
}

bool CompetitionTab::removeCriterion()
{
    const auto c = byId(m_criteria, m_criterionPanel->currentId());
    return c &&
           removeRecord<core::CompetitionCriterion>(
               m_criterionPanel, c->id, tr("Remove the criterion \"%1\" with the points given for it?").arg(c->name),
               tr("criterion %1").arg(c->name));
}

bool CompetitionTab::saveJuror()
{
    core::Juror j;
    j.id = m_jurorPanel->currentId();
    j.competitionId = competitionId();
    j.name = m_jurorName->text().trimmed();
    j.institution = m_jurorInstitution->text().trimmed();
    return saveRecord(m_jurorPanel, j, byId(m_jurors, j.id), tr("juror %1").arg(j.name));
}

bool CompetitionTab::removeJuror()
{
    const auto j = byId(m_jurors, m_jurorPanel->currentId());
    return j && removeRecord<core::Juror>(m_jurorPanel, j->id,
                                          tr("Remove %1 from the jury, with the points given?").arg(j->name),
                                          tr("juror %1").arg(j->name));
}

bool CompetitionTab::saveNomination()
{
    core::Nomination n;
    n.id = m_nominationPanel->currentId();
    n.categoryId = categoryId();
    // the nominee typed must be one of the list (or a person named below)
    const int index = m_nominee->findText(m_nominee->currentText(), Qt::MatchFixedString);
    const QString key = index >= 0 ? m_nominee->itemData(index).toString() : QString();
    if (!m_nominee->currentText().trimmed().isEmpty() && key.isEmpty()) {
        m_nominationPanel->errors().show(
            {{QStringLiteral("nominee"), tr("\"%1\" is not on the list; choose from the list or type the name of "
                                            "another person below.")
                                             .arg(m_nominee->currentText())}});
        return false;
    }
    const qint64 id = key.section(QLatin1Char(':'), 1).toLongLong();
    if (key.startsWith(QLatin1String("oss:"))) {
        n.socialCoopId = id;
    } else if (key.startsWith(QLatin1String("sm:"))) {
        n.housingCoopId = id;
    } else if (key.startsWith(QLatin1String("p:"))) {
        n.participantId = id;
    }
    n.personName = m_personName->isEnabled() ? m_personName->text().trimmed() : QString();
    n.justification = m_justification->text().trimmed();
    n.award = m_award->text().trimmed();
    const QString name = n.personName.isEmpty() ? m_nominee->currentText() : n.personName;
    return saveRecord(m_nominationPanel, n, byId(m_nominations, n.id), tr("nomination of %1").arg(name));
}

bool CompetitionTab::removeNomination()
{
    const auto n = byId(m_nominations, m_nominationPanel->currentId());
    return n &&
           removeRecord<core::Nomination>(m_nominationPanel, n->id,
                                          tr("Remove the nomination of %1 with the jury's points?").arg(n->displayName),
                                          tr("nomination of %1").arg(n->displayName));
}

QString CompetitionTab::remarks(const core::CompetitionRanking::Place& place)
{
    QStringList words;
    if (place.winner) {
        words << tr("winner");
    }
    if (place.tieAtLastAward) {
        words << tr("TIE AT THE LAST AWARD: the jury decides");
    } else if (place.tied) {
        words << tr("tie");
    }
    if (place.incomplete) {
        words << tr("incomplete scoring");
    }
    return words.join(QStringLiteral("; "));
}

void CompetitionTab::fillRanking()
{
    QList<core::CompetitionRanking::Place> places;
    try {
        if (categoryId() != 0) {
            places = core::CompetitionRepository(m_context.db).ranking(categoryId());
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    m_ranking->setSortingEnabled(false);
    m_ranking->setRowCount(int(places.size()));
    for (int row = 0; row < places.size(); ++row) {
        const core::CompetitionRanking::Place& p = places[row];
        QList<QTableWidgetItem*> items{number(p.place), cell(p.name), number(p.score), cell(remarks(p))};
        items[Name]->setToolTip(p.name);
        QColor background;
        if (p.tieAtLastAward) {
            background = QColor(0xff, 0xd5, 0x99);
        } else if (p.winner) {
            background = QColor(0xcd, 0xee, 0xc8);
        }
        for (int column = 0; column < items.size(); ++column) {
            if (background.isValid()) {
                items[column]->setBackground(background);
            }
            if (p.incomplete) {
                items[column]->setForeground(QColor(0x80, 0x50, 0x00));
            }
            m_ranking->setItem(row, column, items[column]);
        }
        if (p.winner || p.tieAtLastAward) {
            QFont bold = items[Name]->font();
            bold.setBold(true);
            items[Name]->setFont(bold);
        }
    }
    // The name takes what is left, so the score and remarks stay in view; a long name elides
    // and shows whole in its tooltip.
    m_ranking->resizeColumnsToContents();
    m_ranking->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
}

void CompetitionTab::printResults(bool pdf)
{
    if (competitionId() == 0) {
        return;
    }
    auto printer = ProductsDocuments::competitionResults(m_context.db, competitionId());
    ProductsDocuments::output(m_context, this, *printer, pdf, tr("competition-results.pdf"));
}

void CompetitionTab::printSheet(bool pdf)
{
    if (competitionId() == 0) {
        return;
    }
    auto printer = ProductsDocuments::juryScoringSheet(m_context.db, competitionId());
    ProductsDocuments::output(m_context, this, *printer, pdf, tr("jury-scoring-sheet.pdf"));
}

} // namespace osiedle::ui
