#include "core/io/EncryptedArchive.h"

#include "core/common/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#ifdef OSIEDLE_HAVE_LIBZIP
#include <zip.h>
#endif

namespace osiedle::core {

bool EncryptedArchive::available()
{
#ifdef OSIEDLE_HAVE_LIBZIP
    // libzip may be built without a cryptographic back end: it then cannot encrypt.
    return zip_encryption_method_supported(ZIP_EM_AES_256, 1) != 0;
#else
    return false;
#endif
}

QString EncryptedArchive::generatePassword()
{
    static const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789");
    QString password;
    for (int group = 0; group < 4; ++group) {
        if (group > 0) {
            password += QLatin1Char('-');
        }
        for (int i = 0; i < 5; ++i) {
            const auto index = QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size()));
            password += alphabet.at(static_cast<qsizetype>(index));
        }
    }
    return password;
}

QString EncryptedArchive::passwordProblem(const QString& password)
{
    if (password.isEmpty()) {
        return tr("The password is empty.");
    }
    if (password.size() < minimumPasswordLength) {
        return tr("The password is too short: it needs at least %1 characters.").arg(minimumPasswordLength);
    }
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            return tr("The password contains a control character (a tab or a line break).");
        }
    }
    return {};
}

#ifdef OSIEDLE_HAVE_LIBZIP
namespace {

QString zipMessage(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace
#endif

Result<QByteArray> EncryptedArchive::pack(const QList<Member>& members, const QString& password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        return Error{problem};
    }
#ifdef OSIEDLE_HAVE_LIBZIP
    if (!available()) {
        return Error{tr("This version of Osiedle cannot encrypt archives (libzip was built without AES).")};
    }
    const QByteArray secret = password.toUtf8();
    zip_error_t error;
    zip_error_init(&error);
    // The archive is assembled in a buffer that outlives zip_close (kept), then read back.
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (archive == nullptr) {
        const QString message = zipMessage(&error);
        if (buffer) {
            zip_source_free(buffer);
        }
        zip_error_fini(&error);
        return Error{tr("Cannot make the encrypted archive: %1").arg(message)};
    }
    zip_error_fini(&error);
    zip_source_keep(buffer);
    const auto failed = [&](const QString& what) -> Result<QByteArray> {
        const QString message = what + QStringLiteral(": ") + QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return Error{tr("Cannot make the encrypted archive: %1").arg(message)};
    };
    for (const Member& member : members) {
        zip_source_t* source =
            zip_source_buffer(archive, member.bytes.constData(), static_cast<zip_uint64_t>(member.bytes.size()), 0);
        if (source == nullptr) {
            return failed(member.name);
        }
        const zip_int64_t index = zip_file_add(archive, member.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return failed(member.name);
        }
        const auto entry = static_cast<zip_uint64_t>(index);
        if (zip_file_set_encryption(archive, entry, ZIP_EM_AES_256, secret.constData()) != 0) {
            return failed(member.name);
        }
    }
    if (zip_close(archive) != 0) {
        return failed(tr("closing"));
    }
    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || zip_source_open(buffer) != 0) {
        zip_source_free(buffer);
        return Error{tr("Cannot make the encrypted archive: it cannot be read back from memory.")};
    }
    bytes.resize(static_cast<qsizetype>(stat.size));
    const zip_int64_t got = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    if (got != static_cast<zip_int64_t>(stat.size)) {
        return Error{tr("Cannot make the encrypted archive: it cannot be read back from memory.")};
    }
    return bytes;
#else
    Q_UNUSED(members)
    return Error{tr("This version of Osiedle cannot write encrypted archives; it was built without libzip.")};
#endif
}

Status EncryptedArchive::write(const QString& path, const QList<Member>& members, const QString& password,
                               const OutputOptions& options)
{
    if (Status ok = OutputFile::check(path, options); !ok) {
        return ok;
    }
    const auto packed = pack(members, password);
    if (!packed) {
        return packed.error();
    }
    return OutputFile::write(path, *packed, options);
}

Status EncryptedArchive::writeProduced(const QString& path, const QString& innerName, const QString& password,
                                       const std::function<Status(const QString& innerPath)>& produce,
                                       const OutputOptions& options)
{
    if (Status ok = OutputFile::check(path, options); !ok) {
        return ok;
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        return Error{problem};
    }
    if (!available()) {
        return pack({}, password).error();
    }
    const auto staging = PrivateFile::stagingFolder();
    if (!staging) {
        return staging.error();
    }
    QByteArray bytes;
    {
        QTemporaryDir work(QDir(*staging).filePath(QStringLiteral("export-XXXXXX")));
        if (!work.isValid()) {
            return Error{tr("Cannot create a private working folder in %1: %2")
                             .arg(QDir::toNativeSeparators(*staging), work.errorString())};
        }
        QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString inner = work.filePath(innerName);
        if (Status made = produce(inner); !made) {
            return made;
        }
        QFile file(inner);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(inner), file.errorString())};
        }
        bytes = file.readAll();
    } // the plain file and its folder go here
    return write(path, {Member{innerName, bytes}}, password, options);
}

QString EncryptedArchive::innerName(const QString& archivePath, const QString& innerSuffix)
{
    QString base = QFileInfo(archivePath).fileName();
    if (base.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        base.chop(4);
    }
    if (base.isEmpty()) {
        base = QStringLiteral("osiedle");
    }
    const QString suffix = QLatin1Char('.') + innerSuffix;
    // "uczestnicy.xlsx.zip" holds "uczestnicy.xlsx", as does "uczestnicy.zip".
    return base.endsWith(suffix, Qt::CaseInsensitive) ? base : base + suffix;
}

} // namespace osiedle::core
