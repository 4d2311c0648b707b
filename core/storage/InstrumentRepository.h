#pragma once

#include "core/domain/Instrument.h"

#include <QList>
#include <optional>

namespace osiedle::core {

class Database;

/// An instrument as the list shows it.
struct InstrumentSummary {
    qint64 id = 0;
    QString name;
    InstrumentKind kind = InstrumentKind::Questionnaire;
    int version = 1;
    int itemCount = 0;
    QStringList scaleNames; ///< the scales its items measure
    int roundCount = 0;
    int answerCount = 0; ///< answers entered in all its rounds (> 0: in use)
};

/// All SQL about scales, instruments and their items. Throws StorageError.
class InstrumentRepository {
public:
    explicit InstrumentRepository(Database& db) : m_db(db) {}

    QList<SurveyScale> scales() const;
    std::optional<SurveyScale> scale(qint64 id) const;
    qint64 insertScale(const SurveyScale& scale);
    void updateScale(const SurveyScale& scale);
    void removeScale(qint64 id);
    /// How many items (of any instrument) measure the scale.
    int itemsOnScale(qint64 scaleId) const;

    QList<InstrumentSummary> list() const;
    /// The instrument with its items (by position) and scales; nullopt when there is none.
    std::optional<Instrument> find(qint64 id) const;
    std::optional<qint64> findByName(const QString& name) const;
    /// Inserts the instrument with its items and scales; returns its id (items get theirs).
    qint64 insert(const Instrument& instrument);
    /// Rewrites the instrument's fields, items and scales: items with an id are updated,
    /// those without inserted, stored items missing from `instrument` deleted.
    void update(const Instrument& instrument);
    void remove(qint64 id);

    /// Answers entered for the instrument's items, over all its rounds.
    int answerCount(qint64 instrumentId) const;
    int roundCount(qint64 instrumentId) const;

private:
    void writeItemsAndScales(const Instrument& instrument);

    Database& m_db;
};

} // namespace osiedle::core
