#include "ui/products/CompetitionTab.h"

#include "core/services/CompetitionService.h"

#include "core/services/ChangeNotifier.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/UserPrompt.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/products/ProductsWidgets.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace osiedle::ui {

using products::boxed;
using products::button;
using products::cell;
using products::number;
using products::table;

CompetitionTab::CompetitionTab(AppContext& context, QWidget* parent)
    : QWidget(parent),
      m_context(context),
      m_competition(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_categoryInfo(new QLabel(this)),
      m_criteriaTable(table(QStringLiteral("criteriaTable"), {tr("Criterion"), tr("Max"), tr("Weight")}, this)),
      m_jurorTable(table(QStringLiteral("jurorTable"), {tr("Juror"), tr("Institution")}, this)),
      m_nominationTable(
          table(QStringLiteral("nominationTable"), {tr("Nomination"), tr("Justification"), tr("Award")}, this)),
      m_grid(new QTableWidget(this)),
      m_ranking(table(QStringLiteral("rankingTable"), {tr("Place"), tr("Nomination"), tr("Score"), tr("Remarks")},
                      this)),
      m_message(new QLabel(this))
{
    m_competition->setObjectName(QStringLiteral("competitionCombo"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setMinimumContentsLength(30);
    m_grid->setObjectName(QStringLiteral("scoreGrid"));
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

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(boxed(tr("Criteria"), m_criteriaTable, this));
    left->addWidget(boxed(tr("Jurors"), m_jurorTable, this));
    left->addWidget(boxed(tr("Nominations"), m_nominationTable, this));
    auto* right = new QSplitter(Qt::Vertical, this);
    auto* gridBox = new QGroupBox(tr("Scoring (type the points of each juror for each criterion)"), this);
    auto* gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(4, 4, 4, 4);
    gridLayout->addWidget(m_grid);
    gridLayout->addWidget(m_message);
    right->addWidget(gridBox);
    right->addWidget(boxed(tr("Ranking"), m_ranking, this));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(printRow);

    connect(m_competition, &QComboBox::currentIndexChanged, this, &CompetitionTab::fillCategories);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CompetitionTab::fillCategory);
    connect(m_grid, &QTableWidget::itemChanged, this, &CompetitionTab::scoreEdited);
    connect(resultsPreview, &QPushButton::clicked, this, [this] { printResults(false); });
    connect(resultsPdf, &QPushButton::clicked, this, [this] { printResults(true); });
    connect(sheetPreview, &QPushButton::clicked, this, [this] { printSheet(false); });
    connect(sheetPdf, &QPushButton::clicked, this, [this] { printSheet(true); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Products) {
            fillRanking();
        }
    });
    refresh();
}

qint64 CompetitionTab::competitionId() const
{
    return m_competition->currentData().toLongLong();
}

qint64 CompetitionTab::categoryId() const
{
    return m_category->currentData().toLongLong();
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
    m_category->blockSignals(true);
    m_category->clear();
    m_criteria.clear();
    m_jurors.clear();
    try {
        core::CompetitionRepository repo(m_context.db);
        const qint64 id = competitionId();
        if (id != 0) {
            for (const core::CompetitionCategory& c : repo.categories(id)) {
                m_category->addItem(c.name, c.id);
                m_category->setItemData(m_category->count() - 1, c.awards, Qt::UserRole + 1);
            }
            m_criteria = repo.criteria(id);
            m_jurors = repo.jurors(id);
        }
    } catch (const core::StorageError& e) {
        m_message->setText(e.what());
    }
    m_category->blockSignals(false);

    m_criteriaTable->setRowCount(int(m_criteria.size()));
    for (int row = 0; row < m_criteria.size(); ++row) {
        m_criteriaTable->setItem(row, 0, cell(m_criteria[row].name));
        m_criteriaTable->setItem(row, 1, number(m_criteria[row].maxPoints));
        m_criteriaTable->setItem(row, 2, number(m_criteria[row].weight));
    }
    m_criteriaTable->resizeColumnsToContents();
    m_jurorTable->setRowCount(int(m_jurors.size()));
    for (int row = 0; row < m_jurors.size(); ++row) {
        m_jurorTable->setItem(row, 0, cell(m_jurors[row].name));
        m_jurorTable->setItem(row, 1, cell(m_jurors[row].institution));
    }
    m_jurorTable->resizeColumnsToContents();
    fillCategory();
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

    m_nominationTable->setRowCount(int(m_nominations.size()));
    for (int row = 0; row < m_nominations.size(); ++row) {
        m_nominationTable->setItem(row, 0, cell(m_nominations[row].displayName));
        m_nominationTable->setItem(row, 1, cell(m_nominations[row].justification));
        m_nominationTable->setItem(row, 2, cell(m_nominations[row].award));
    }
    m_nominationTable->resizeColumnToContents(0);

    m_grid->blockSignals(true);
    m_grid->clear();
    m_grid->setRowCount(int(m_nominations.size()));
    m_grid->setColumnCount(int(m_jurors.size() * m_criteria.size()));
    QStringList rows;
    for (const core::Nomination& n : m_nominations) {
        rows << n.displayName;
    }
    m_grid->setVerticalHeaderLabels(rows);
    int column = 0;
    for (const core::Juror& j : m_jurors) {
        for (const core::CompetitionCriterion& c : m_criteria) {
            auto* header = new QTableWidgetItem(QStringLiteral("%1\n%2 (0–%3)").arg(j.name, c.name).arg(c.maxPoints));
            header->setToolTip(header->text());
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
    const core::Juror& juror = m_jurors.at(column / m_criteria.size());
    const core::CompetitionCriterion& criterion = m_criteria.at(column % m_criteria.size());
    const QString text = item->text().trimmed();
    std::optional<int> points;
    core::Status written;
    if (!text.isEmpty()) {
        bool ok = false;
        points = text.toInt(&ok);
        if (!ok) {
            written = core::Error{tr("\"%1\" is not a whole number of points.").arg(text)};
        }
    }
    if (written) {
        core::CompetitionService service(m_context.db, &m_context.changes);
        const core::JuryScore score{m_nominations[row].id, juror.id, criterion.id, points.value_or(0)};
        written = points ? service.setScore(score)
                         : service.clearScore(score.nominationId, score.jurorId, score.criterionId);
    }
    if (!written) {
        m_message->setText(tr("%1, %2, %3: %4")
                               .arg(m_nominations[row].displayName, juror.name, criterion.name,
                                    written.error().message));
        m_grid->blockSignals(true);
        item->setText(QString());
        m_grid->blockSignals(false);
        fillCategory();
        return;
    }
    m_message->clear();
    fillRanking();
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
    m_ranking->resizeColumnsToContents();
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
