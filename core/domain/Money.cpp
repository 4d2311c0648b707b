#include "core/domain/Money.h"

#include <limits>

namespace osiedle::core {

Result<Money> Money::parse(const QString& text)
{
    QString s = text.trimmed();
    if (s.isEmpty()) {
        return Error{tr("The amount is empty")};
    }
    const QString original = s;
    for (const QString& suffix : {QStringLiteral("zł"), QStringLiteral("PLN"), QStringLiteral("zl")}) {
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s.chop(suffix.size());
            break;
        }
    }
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0)); // non-breaking space
    s.remove(QChar(0x202F)); // narrow non-breaking space
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s.remove(0, 1);
    }
    if (s.isEmpty()) {
        return Error{tr("\"%1\" is not an amount").arg(original)};
    }
    // The last ',' or '.' is the decimal separator when followed by 1–2 digits; a '.' followed
    // by exactly three digits with another separator before it is a thousands separator.
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype sep = std::max(comma, dot);
    QString whole = s;
    QString fraction;
    if (sep >= 0) {
        whole = s.left(sep);
        fraction = s.mid(sep + 1);
        // thousands separators in the whole part ("1.234,56" or "1,234.56")
        const QChar other = s.at(sep) == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
        whole.remove(other);
        if (fraction.size() > 2) {
            return Error{tr("\"%1\": an amount has at most two decimal places").arg(original)};
        }
        if (fraction.isEmpty()) {
            return Error{tr("\"%1\" is not an amount").arg(original)};
        }
    }
    if (whole.isEmpty()) {
        whole = QStringLiteral("0");
    }
    for (const QChar c : whole + fraction) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return Error{tr("\"%1\" is not an amount").arg(original)};
        }
    }
    if (whole.size() > 15) {
        return Error{tr("\"%1\" is too large an amount").arg(original)};
    }
    qint64 grosze = whole.toLongLong() * 100;
    if (!fraction.isEmpty()) {
        grosze += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    }
    return Money(negative ? -grosze : grosze);
}

QString Money::formatPlain() const
{
    const qint64 absolute = m_grosze < 0 ? -m_grosze : m_grosze;
    QString whole = QString::number(absolute / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3) {
        whole.insert(i, QChar(0x00A0));
    }
    return QStringLiteral("%1%2,%3")
        .arg(m_grosze < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

QString Money::format() const
{
    return formatPlain() + QChar(0x00A0) + QStringLiteral("zł");
}

Money Money::percentOf(qint64 basisPoints) const
{
    const qint64 product = m_grosze * basisPoints;
    const qint64 rounded = product >= 0 ? (product + 5000) / 10000 : -((-product + 5000) / 10000);
    return Money(rounded);
}

} // namespace osiedle::core
