#include "core/common/ShortNames.h"

#include <QHash>
#include <array>

namespace osiedle::core {

namespace {

struct LegalForm {
    const char16_t* words;
    const char16_t* abbreviation;
};

// Longer forms first: "Osiedlowa Spółdzielnia Socjalna" before "Spółdzielnia Socjalna".
constexpr std::array<LegalForm, 8> legalForms{{
    {u"Osiedlowa Spółdzielnia Socjalna", u"OSS"},
    {u"Spółdzielnia Mieszkaniowa", u"SM"},
    {u"Spółdzielnia Socjalna", u"SS"},
    {u"Miejski Ośrodek Pomocy Społecznej", u"MOPS"},
    {u"Gminny Ośrodek Pomocy Społecznej", u"GOPS"},
    {u"Ośrodek Pomocy Społecznej", u"OPS"},
    {u"Miejski Ośrodek Pomocy Rodzinie", u"MOPR"},
    {u"Powiatowy Urząd Pracy", u"PUP"},
}};

/// The words of a name split at spaces (a dash or a quotation mark stays a word of its own).
QStringList wordsOf(const QString& name)
{
    return name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// How many first words `a` and `b` share.
qsizetype sharedWords(const QStringList& a, const QStringList& b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n)) {
        ++n;
    }
    return n;
}

} // namespace

QString abbreviatedName(const QString& name)
{
    QString text = name.trimmed();
    for (const LegalForm& form : legalForms) {
        const QString words = QString::fromUtf16(form.words);
        const QString abbreviation = QString::fromUtf16(form.abbreviation);
        // At the start in any letter case ("spółdzielnia mieszkaniowa …" as typed), inside the
        // name only as written in a proper name ("Badanie rynku: Spółdzielnia Mieszkaniowa „…”").
        qsizetype at = text.startsWith(words, Qt::CaseInsensitive) ? 0 : text.indexOf(QLatin1Char(' ') + words);
        while (at >= 0) {
            const qsizetype from = at == 0 && text.startsWith(words, Qt::CaseInsensitive) ? 0 : at + 1;
            const qsizetype end = from + words.size();
            // The whole words only: not "Spółdzielnia Mieszkaniowa1".
            if (end < text.size() && text.at(end).isLetterOrNumber()) {
                at = text.indexOf(QLatin1Char(' ') + words, end);
                continue;
            }
            text.replace(from, words.size(), abbreviation);
            at = text.indexOf(QLatin1Char(' ') + words, from + abbreviation.size());
        }
    }
    return text == name.trimmed() ? name : text;
}

QStringList shortenedNames(const QStringList& names, int longName)
{
    QStringList shortened;
    shortened.reserve(names.size());
    QList<QStringList> words;
    words.reserve(names.size());
    for (const QString& name : names) {
        shortened.append(abbreviatedName(name));
        words.append(wordsOf(shortened.last()));
    }
    // The group of a name: the names that begin with the same two words. What all of a group
    // share is left out of its long names (a name alone in its group stays whole).
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i).size() >= 2) {
            groups[words.at(i).at(0) + QLatin1Char(' ') + words.at(i).at(1)].append(i);
        }
    }
    QHash<QString, qsizetype> groupShared;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<qsizetype>& members = it.value();
        if (members.size() < 2) {
            continue;
        }
        qsizetype shared = words.at(members.first()).size();
        for (qsizetype k = 1; k < members.size(); ++k) {
            shared = std::min(shared, sharedWords(words.at(members.first()), words.at(members.at(k))));
        }
        groupShared.insert(it.key(), shared);
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringList& w = words.at(i);
        if (shortened.at(i).size() <= longName || w.size() < 2) {
            continue;
        }
        const qsizetype shared = groupShared.value(w.at(0) + QLatin1Char(' ') + w.at(1), -1);
        // The last shared word stays as the context of what differs (a name wholly contained in
        // another keeps its own last word), and as many first words as fit in `longName`.
        const qsizetype tailFrom = std::min(shared, w.size() - 1) - 1;
        const QString tail = w.mid(tailFrom).join(QLatin1Char(' '));
        qsizetype head = 1;
        while (head < tailFrom && w.mid(0, head + 1).join(QLatin1Char(' ')).size() + 3 + tail.size() <= longName) {
            ++head;
        }
        if (tailFrom - head < 2) {
            continue; // leaving out a single word saves too little to lose it
        }
        shortened[i] = w.mid(0, head).join(QLatin1Char(' ')) + QStringLiteral(" … ") + tail;
    }
    return shortened;
}

} // namespace osiedle::core
