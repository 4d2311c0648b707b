#include "core/domain/CertificateNumber.h"

namespace osiedle::core {

Status CertificateNumber::check(const QString& pattern)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty()) {
        return Error{tr("Write how certificates are numbered, e.g. %1.").arg(defaultPattern())};
    }
    if (p.size() > 60) {
        return Error{
            tr("The certificate number pattern is %1 characters long; at most 60 fit on a certificate.").arg(p.size())};
    }
    if (!p.contains(QStringLiteral("{n}"))) {
        return Error{tr("The certificate number pattern \"%1\" has no {n} where the certificate's number goes, so "
                        "every certificate of a course would get the same number.")
                         .arg(p)};
    }
    return {};
}

QString CertificateNumber::format(const QString& pattern, int number, qint64 courseId, const QDate& completedOn)
{
    QString text = pattern.trimmed();
    text.replace(QStringLiteral("{n}"), QString::number(number));
    text.replace(QStringLiteral("{course}"), QString::number(courseId));
    text.replace(QStringLiteral("{year}"), completedOn.isValid() ? QString::number(completedOn.year()) : QString());
    return text;
}

} // namespace osiedle::core
