#pragma once

#include "core/domain/SurveyEnums.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace osiedle::core {

/// What questionnaires and tests measure: attitude, knowledge, relations, or a scale the office
/// adds. A scale with an indicator code has the report's indicator "participants whose <scale>
/// improved".
struct SurveyScale {
    qint64 id = 0;
    QString key;
    QString name;
    QString indicatorCode; ///< empty: not an indicator of the report
    int sortOrder = 0;
};

/// One question or statement of an instrument.
struct InstrumentItem {
    qint64 id = 0; ///< 0 until stored
    int position = 0;
    QString text;
    ItemKind kind = ItemKind::Likert;
    qint64 scaleId = 0;
    /// Likert and yes/no: agreeing speaks against the scale (points are turned round).
    bool reversed = false;
    QStringList options;        ///< choice: the answers, in order
    std::optional<int> correct; ///< choice: the number (1-based) of the right answer

    friend bool operator==(const InstrumentItem&, const InstrumentItem&) = default;
};

/// The smallest rise of a person's score on one scale (exit minus entry, points) that counts as
/// an improvement.
struct InstrumentScale {
    qint64 scaleId = 0;
    int minChange = 1;

    friend bool operator==(const InstrumentScale&, const InstrumentScale&) = default;
};

/// A questionnaire or a knowledge test: its items (in order) grouped into the scales it
/// measures. A plain value; InstrumentService validates and stores it.
struct Instrument {
    qint64 id = 0;
    QString name;
    InstrumentKind kind = InstrumentKind::Questionnaire;
    QString instructions;
    int version = 1;
    std::optional<qint64> previousId; ///< the instrument this one is a new version of
    QList<InstrumentItem> items;
    QList<InstrumentScale> scales; ///< one entry per scale its items measure

    /// The scales its items measure, in the order they first appear.
    QList<qint64> scaleIds() const;
    /// The stated minimal change of a scale (1 when not stated).
    int minChange(qint64 scaleId) const;
    /// The item with this id, or nullptr.
    const InstrumentItem* item(qint64 itemId) const;
};

} // namespace osiedle::core
