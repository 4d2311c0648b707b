#include "ui/common/ProtectedExport.h"

#include "ui/common/UserPrompt.h"

#include <QDir>
#include <QFileInfo>

namespace osiedle::ui {

QString ProtectedExport::filter(const QString& plainFilter)
{
    if (!core::EncryptedArchive::available()) {
        return plainFilter;
    }
    return tr("Encrypted ZIP archive, AES-256 (*.zip)") + QStringLiteral(";;") + plainFilter;
}

QString ProtectedExport::suggestedName(const QString& suggestedName)
{
    if (!core::EncryptedArchive::available()) {
        return suggestedName;
    }
    const QFileInfo info(suggestedName);
    const QString base = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString name = base + QStringLiteral(".zip");
    return info.path() == QLatin1String(".") && !suggestedName.startsWith(QLatin1String("./"))
               ? name
               : QDir(info.path()).filePath(name);
}

bool ProtectedExport::isArchive(const QString& path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

core::Status ProtectedExport::write(UserPrompt& prompt, QWidget* parent, const QString& path,
                                    const QString& innerSuffix, const Producer& produce,
                                    const core::OutputOptions& options)
{
    if (!isArchive(path)) {
        return produce(path);
    }
    const QString password = core::EncryptedArchive::generatePassword();
    const QString inner = core::EncryptedArchive::innerName(path, innerSuffix);
    if (core::Status sealed = core::EncryptedArchive::writeProduced(path, inner, password, produce, options); !sealed) {
        return sealed;
    }
    showPassword(prompt, parent, path, inner, password);
    return {};
}

core::Status ProtectedExport::writeMembers(UserPrompt& prompt, QWidget* parent, const QString& path,
                                           const QList<core::EncryptedArchive::Member>& members,
                                           const core::OutputOptions& options)
{
    const QString password = core::EncryptedArchive::generatePassword();
    if (core::Status sealed = core::EncryptedArchive::write(path, members, password, options); !sealed) {
        return sealed;
    }
    QStringList names;
    for (const core::EncryptedArchive::Member& member : members) {
        names << member.name;
    }
    showPassword(prompt, parent, path, names.join(QStringLiteral(", ")), password);
    return {};
}

void ProtectedExport::showPassword(UserPrompt& prompt, QWidget* parent, const QString& path, const QString& contents,
                                   const QString& password)
{
    prompt.showPassword(parent, tr("Password of the encrypted file"),
                        tr("%1 holds %2, encrypted with AES-256. It opens with 7-Zip, WinRAR or Windows Explorer "
                           "and this password. Pass the password on by another channel than the file (by phone, "
                           "by text message, in person), never in the same e-mail.")
                            .arg(QDir::toNativeSeparators(path), contents),
                        password);
}

} // namespace osiedle::ui
