#include "core/domain/Instrument.h"

namespace osiedle::core {

QList<qint64> Instrument::scaleIds() const
{
    QList<qint64> ids;
    for (const InstrumentItem& i : items) {
        if (!ids.contains(i.scaleId)) {
            ids.append(i.scaleId);
        }
    }
    return ids;
}

int Instrument::minChange(qint64 scaleId) const
{
    for (const InstrumentScale& s : scales) {
        if (s.scaleId == scaleId) {
            return s.minChange;
        }
    }
    return 1;
}

const InstrumentItem* Instrument::item(qint64 itemId) const
{
    for (const InstrumentItem& i : items) {
        if (i.id == itemId) {
            return &i;
        }
    }
    return nullptr;
}

} // namespace osiedle::core
