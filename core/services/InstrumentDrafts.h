#pragma once

#include "core/domain/Instrument.h"

#include <QList>

namespace osiedle::core {

/// The ready-made drafts, in Polish, of the questionnaires and the test that measure the
/// project's three soft goals (entrepreneurial attitudes, knowledge of the social economy,
/// relations with the neighbourhood), shipped with the program (resources/data/
/// instrument-drafts.json). The office copies one into its file (InstrumentService::create) and
/// edits it there.
class InstrumentDrafts {
public:
    /// The drafts as instruments to store (ids 0), their items' scales found by key among
    /// `scales`; a draft whose scale is missing is left out.
    static QList<Instrument> all(const QList<SurveyScale>& scales);
};

} // namespace osiedle::core
