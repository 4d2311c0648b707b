#include "ui/surveys/AnswerGridModel.h"

#include "core/common/TextFold.h"
#include "core/domain/SurveyScoring.h"
#include "core/services/SurveyAnswerService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace osiedle::ui {

namespace {

constexpr qint8 notAnswered = -1;

/// Restores a flag when the scope ends, also on early return.
class SavingGuard {
public:
    explicit SavingGuard(bool& flag) : m_flag(flag) { m_flag = true; }
    ~SavingGuard() { m_flag = false; }
    SavingGuard(const SavingGuard&) = delete;
    SavingGuard& operator=(const SavingGuard&) = delete;

private:
    bool& m_flag;
};

} // namespace

AnswerGridModel::AnswerGridModel(core::Database& db, core::ChangeNotifier* changes, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_changes(changes)
{}

void AnswerGridModel::load(qint64 roundId)
{
    beginResetModel();
    m_roundId = 0;
    m_round = {};
    m_instrument = {};
    m_scales.clear();
    m_scaleNames.clear();
    m_people.clear();
    m_answers.clear();
    try {
        core::SurveyRoundRepository rounds(m_db);
        core::InstrumentRepository instruments(m_db);
        const auto round = rounds.find(roundId);
        const auto instrument = round ? instruments.find(round->instrumentId) : std::nullopt;
        if (round && instrument) {
            m_roundId = roundId;
            m_round = *round;
            m_instrument = *instrument;
            m_scales = m_instrument.scaleIds();
            for (const qint64 id : m_scales) {
                const auto scale = instruments.scale(id);
                m_scaleNames << (scale ? scale->name : QString());
            }
            QList<core::Respondent> people = rounds.respondents(roundId);
            if (m_round.anonymous) {
                // Anonymous forms are found by their code.
                std::stable_sort(people.begin(), people.end(),
                                 [](const core::Respondent& a, const core::Respondent& b) { return a.code < b.code; });
            }
            m_people.assign(people.begin(), people.end());
            m_answers.assign(m_people.size() * m_instrument.items.size(), notAnswered);
            for (const core::SurveyAnswer& a : rounds.answers(roundId)) {
                const int r = rowOf(a.participantId);
                const int c = columnOf(a.itemId);
                if (r >= 0 && c >= 0) {
                    m_answers[std::size_t(r) * m_instrument.items.size() + c] = static_cast<qint8>(a.value);
                }
            }
        }
    } catch (const core::StorageError&) {
        m_roundId = 0;
        m_people.clear();
        m_answers.clear();
        m_instrument = {};
        m_scales.clear();
        m_scaleNames.clear();
    }
    endResetModel();
}

int AnswerGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : respondentCount();
}

int AnswerGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_roundId == 0 ? 0 : itemCount() + int(m_scales.size());
}

bool AnswerGridModel::isAnswerCell(const QModelIndex& index) const
{
    return index.isValid() && index.row() < respondentCount() && index.column() < itemCount();
}

std::optional<int> AnswerGridModel::answerAt(int row, int column) const
{
    const qint8 value = m_answers.at(std::size_t(row) * m_instrument.items.size() + column);
    return value == notAnswered ? std::nullopt : std::optional<int>(value);
}

int AnswerGridModel::formsReturned() const
{
    int forms = 0;
    for (int r = 0; r < respondentCount(); ++r) {
        for (int c = 0; c < itemCount(); ++c) {
            if (answerAt(r, c)) {
                ++forms;
                break;
            }
        }
    }
    return forms;
}

int AnswerGridModel::findRow(const QString& text, int from) const
{
    const QString wanted = core::foldForSearch(text.simplified());
    if (wanted.isEmpty()) {
        return -1;
    }
    for (int i = 0; i < respondentCount(); ++i) {
        const int r = (from + i) % respondentCount();
        const core::Respondent& p = m_people[r];
        const QString haystack = core::foldForSearch(p.code + QLatin1Char(' ') + p.sortName() + QLatin1Char(' ') +
                                                     p.firstName + QLatin1Char(' ') + p.lastName);
        if (haystack.contains(wanted)) {
            return r;
        }
    }
    return -1;
}

QString AnswerGridModel::answerText(const core::InstrumentItem& item, int value) const
{
    switch (item.kind) {
    case core::ItemKind::Likert:
        return QString::number(value);
    case core::ItemKind::YesNo:
        return value == 1 ? tr("Y", "yes, one letter") : tr("N", "no, one letter");
    case core::ItemKind::Choice:
        return QString(QChar(u'a' + value - 1));
    }
    return {};
}

QVariant AnswerGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    if (column < itemCount()) {
        const core::InstrumentItem& it = m_instrument.items[column];
        const auto value = answerAt(row, column);
        switch (role) {
        case Qt::DisplayRole:
            return value ? answerText(it, *value) : QString();
        case AnswerRole:
            return value ? QVariant(*value) : QVariant();
        case Qt::ToolTipRole: {
            QString tip = QStringLiteral("%1. %2").arg(it.position).arg(it.text);
            if (value && it.kind == core::ItemKind::Choice && *value <= it.options.size()) {
                tip += QStringLiteral("\n%1) %2").arg(QChar(u'a' + *value - 1)).arg(it.options[*value - 1]);
            }
            return tip;
        }
        case Qt::BackgroundRole:
            // A test's answers show right and wrong as they are typed.
            if (value && it.kind == core::ItemKind::Choice) {
                return QBrush(it.correct == *value ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xff, 0xcd, 0xd2));
            }
            return {};
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const int s = column - itemCount();
    QHash<qint64, int> form;
    for (int c = 0; c < itemCount(); ++c) {
        if (const auto value = answerAt(row, c)) {
            form.insert(m_instrument.items[c].id, *value);
        }
    }
    if (form.isEmpty()) {
        return role == Qt::ToolTipRole ? QVariant(tr("No form entered")) : QVariant();
    }
    const core::SurveyScoring::ScaleScore score = core::SurveyScoring::score(m_instrument, m_scales[s], form);
    switch (role) {
    case Qt::DisplayRole:
        return score.complete() ? QString::number(score.points) : QStringLiteral("—");
    case Qt::ToolTipRole: {
        if (!score.complete()) {
            QStringList items;
            for (const int p : score.unanswered) {
                items << QString::number(p);
            }
            return tr("%1: no score yet, items %2 not answered").arg(m_scaleNames[s], items.join(QStringLiteral(", ")));
        }
        return tr("%1: %2 points (of %3–%4)")
            .arg(m_scaleNames[s])
            .arg(score.points)
            .arg(score.minPoints)
            .arg(score.maxPoints);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AnswerGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < itemCount()) {
            const core::InstrumentItem& it = m_instrument.items[section];
            if (role == Qt::DisplayRole) {
                return QString::number(it.position);
            }
            if (role == Qt::ToolTipRole) {
                return QStringLiteral("%1. %2\n%3")
                    .arg(it.position)
                    .arg(it.text, tr("Answers: %1").arg(core::SurveyScoring::acceptedAnswers(it)));
            }
            return {};
        }
        const int s = section - itemCount();
        if (s < m_scaleNames.size() && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            return role == Qt::DisplayRole ? tr("Σ %1").arg(m_scaleNames[s]) : tr("Score on %1").arg(m_scaleNames[s]);
        }
        return {};
    }
    if (section >= respondentCount()) {
        return {};
    }
    const core::Respondent& p = m_people[section];
    if (role == Qt::DisplayRole) {
        return m_round.anonymous ? QStringLiteral("%1  %2").arg(p.code, p.sortName()) : p.sortName();
    }
    if (role == Qt::ToolTipRole) {
        return tr("Code %1").arg(p.code);
    }
    return {};
}

Qt::ItemFlags AnswerGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

int AnswerGridModel::rowOf(qint64 participantId) const
{
    for (int r = 0; r < respondentCount(); ++r) {
        if (m_people[r].participantId == participantId) {
            return r;
        }
    }
    return -1;
}

int AnswerGridModel::columnOf(qint64 itemId) const
{
    for (int c = 0; c < itemCount(); ++c) {
        if (m_instrument.items[c].id == itemId) {
            return c;
        }
    }
    return -1;
}

core::Status AnswerGridModel::setAnswer(qint64 participantId, qint64 itemId, std::optional<int> value)
{
    const int row = rowOf(participantId);
    const int column = columnOf(itemId);
    if (row < 0 || column < 0) {
        return core::Error{tr("The respondent or the item is no longer in this round.")};
    }
    SavingGuard guard(m_saving);
    const auto saved = core::SurveyAnswerService(m_db, m_changes).setAnswer(m_roundId, participantId, itemId, value);
    if (!saved) {
        return saved.error();
    }
    m_answers[std::size_t(row) * m_instrument.items.size() + column] = value ? static_cast<qint8>(*value) : notAnswered;
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, itemCount()), index(row, columnCount() - 1));
    return {};
}

} // namespace osiedle::ui
