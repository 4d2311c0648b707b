#pragma once

#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace osiedle::core {

/// The mandatory monitoring data of a participant. A person counts in indicators only when
/// nothing is missing; reports list the others with what is missing. The SQL view
/// `participant_missing` (core/storage/schema/RecruitmentSchema.cpp) computes the same bit
/// mask in the file; this class names its bits and computes the mask of a record in memory
/// (e.g. a form being edited). Pure, thread-safe.
class ParticipantCompleteness {
    Q_DECLARE_TR_FUNCTIONS(ParticipantCompleteness)

public:
    /// One bit of the mask. The values are those of the SQL view: keep them in step.
    enum class Field {
        Name = 1,            ///< first name or surname empty
        Pesel = 2,           ///< no PESEL and no "no PESEL" flag
        Sex = 4,
        BirthDate = 8,
        Education = 16,
        Teryt = 32,          ///< gmina TERYT code or the urban/rural area
        Locality = 64,       ///< locality or postal code
        LabourStatus = 128,
        Consent = 256,       ///< date of the consent to data processing
        Contact = 512,       ///< neither landline, mobile nor e-mail
    };

    /// Every bit that the mask can have.
    static constexpr int allFields = 1023;

    /// What the view needs of a participant, as the record holds it.
    struct Record {
        QString firstName;
        QString lastName;
        QString pesel;
        bool noPesel = false;
        std::optional<Sex> sex;
        QDate birthDate;
        std::optional<Education> education;
        QString teryt;
        std::optional<Area> area;
        QString locality;
        QString postalCode;
        std::optional<LabourStatus> labourStatus;
        QDate consentOn;
        QString phone;
        QString mobile;
        QString email;
    };

    /// The mask of what is missing in a record (0 = complete), exactly as the view computes it.
    static int missingMask(const Record& record);

    /// The fields of a mask in bit order.
    static QList<Field> fields(int mask);
    /// The translated name of a field, as a report's data-quality section lists it
    /// ("education", "address: gmina (TERYT)").
    static QString name(Field field);
    /// A stable key of the field, the same as the form field it belongs to ("education", "teryt").
    static QString fieldKey(Field field);
    /// The translated names of the fields of a mask, in bit order.
    static QStringList names(int mask);
    /// The names of a mask joined for one table cell: "sex, education".
    static QString describe(int mask);
};

} // namespace osiedle::core
