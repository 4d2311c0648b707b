#include "support/TextDiff.h"

#include <QStringList>
#include <vector>

namespace osiedle::test {

QString lineDiff(const QString& expected, const QString& actual, int maxLines)
{
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    // Longest common subsequence of lines, then a walk that prints what is not in it.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> common(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QStringList out;
    int shown = 0;
    auto add = [&](const QString& line) {
        if (shown < maxLines) {
            out << line;
        } else if (shown == maxLines) {
            out << QStringLiteral("…");
        }
        ++shown;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            add(QStringLiteral("-%1: %2").arg(i + 1).arg(a[i]));
            ++i;
        } else {
            add(QStringLiteral("+%1: %2").arg(j + 1).arg(b[j]));
            ++j;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace osiedle::test
