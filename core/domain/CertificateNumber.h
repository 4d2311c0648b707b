#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace osiedle::core {

/// How a course certificate's number is written, in the office's own scheme. The pattern holds
/// {n} (the certificate's number within the course: 1, 2, …), and may hold {course} (the course's
/// number in the program) and {year} (the year the course was completed): "{n}/{course}/{year}"
/// gives "7/12/2011", "ZIM/{year}/{n}" gives "ZIM/2011/7".
class CertificateNumber {
    Q_DECLARE_TR_FUNCTIONS(CertificateNumber)

public:
    /// The setting's key in the project file.
    static constexpr const char* settingKey = "certificate_number_pattern";

    static QString defaultPattern() { return QStringLiteral("{n}/{course}/{year}"); }

    /// Refuses a pattern without {n} (every certificate of a course would get the same number),
    /// an empty one, and one over 60 characters.
    static Status check(const QString& pattern);

    static QString format(const QString& pattern, int number, qint64 courseId, const QDate& completedOn);
};

} // namespace osiedle::core
