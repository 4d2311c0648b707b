#include "core/domain/Money.h"

#include "core/domain/ValueLimits.h"

#include <limits>

namespace osiedle::core {

namespace {

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

/// The whole part without its thousands separators (spaces or `separator`), or a null string
/// when the grouping is wrong: the first group has 1–3 digits, every other group exactly 3.
QString ungroup(const QString& whole, QChar separator)
{
    QString normalised = whole;
    normalised.replace(separator, QLatin1Char(' '));
    const QStringList groups = normalised.split(QLatin1Char(' '));
    if (groups.size() == 1) {
        return allDigits(whole) ? whole : QString();
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups[i].size();
        const bool sizeOk = i == 0 ? size >= 1 && size <= 3 : size == 3;
        if (!sizeOk || !allDigits(groups[i])) {
            return {};
        }
    }
    return groups.join(QString());
}

} // namespace

Result<Money> Money::parse(const QString& text)
{
    const QString original = text.trimmed();
    if (original.isEmpty()) {
        return Error{tr("The amount is empty")};
    }
    const auto notAnAmount = [&original] { return Error{tr("\"%1\" is not an amount").arg(original)}; };
    QString s = original;
    // every kind of space counts as a plain one (Polish formatting uses non-breaking spaces)
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    s.replace(QChar(0x202F), QLatin1Char(' '));
    for (const QString& suffix : {QStringLiteral("zł"), QStringLiteral("PLN"), QStringLiteral("zl")}) {
        if (s.endsWith(suffix, Qt::CaseInsensitive)) {
            s.chop(suffix.size());
            break;
        }
    }
    s = s.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s = s.mid(1).trimmed();
    } else if (s.startsWith(QLatin1Char('+'))) {
        s = s.mid(1).trimmed();
    }
    if (s.isEmpty()) {
        return notAnAmount();
    }
    // The last ',' or '.' is the decimal separator; the other one (or a space) may group
    // thousands in the whole part: "1 234,56", "1.234,56", "1,234.56".
    const qsizetype sep = std::max(s.lastIndexOf(QLatin1Char(',')), s.lastIndexOf(QLatin1Char('.')));
    QString whole = s;
    QString fraction;
    QChar grouping = QLatin1Char(' ');
    if (sep >= 0) {
        whole = s.left(sep);
        fraction = s.mid(sep + 1);
        grouping = s.at(sep) == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
        if (!allDigits(fraction) || fraction.isEmpty()) {
            return notAnAmount();
        }
        if (fraction.size() > 2) {
            return Error{tr("\"%1\": an amount has at most two decimal places").arg(original)};
        }
    }
    if (whole.isEmpty()) {
        whole = QStringLiteral("0");
    }
    whole = ungroup(whole, grouping);
    if (whole.isEmpty()) {
        return notAnAmount();
    }
    // Beyond 10 000 000,00 zł (ValueLimits::maxAmount) no entry is real; refusing it keeps every
    // sum far from overflowing.
    const Money limit = ValueLimits::maxAmount;
    const auto tooLarge = [&original, limit] {
        return Error{tr("\"%1\" is more than %2, the largest amount Osiedle accepts").arg(original, limit.format())};
    };
    if (whole.size() > 15) {
        return tooLarge();
    }
    qint64 grosze = whole.toLongLong() * 100;
    if (!fraction.isEmpty()) {
        grosze += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    }
    if (grosze > limit.grosze()) {
        return tooLarge();
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
