#include "ui/common/ContextTranslator.h"

#include <QByteArray>

namespace osiedle::ui {

QString ContextTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                     int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || context == nullptr) {
        return found;
    }
    const QByteArray full(context);
    const qsizetype separator = full.lastIndexOf("::");
    const QByteArray bare = separator >= 0 ? full.mid(separator + 2) : full;
    const QByteArray candidates[] = {bare, QByteArray("osiedle::ui::") + bare, QByteArray("osiedle::core::") + bare};
    for (const QByteArray& candidate : candidates) {
        if (candidate == full) {
            continue;
        }
        found = QTranslator::translate(candidate.constData(), sourceText, disambiguation, n);
        if (!found.isNull()) {
            return found;
        }
    }
    return found;
}

} // namespace osiedle::ui
