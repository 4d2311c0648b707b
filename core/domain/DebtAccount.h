#pragma once

#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

/// The legal title to the flat (debt_account.title).
using TenancyTitle = DebtAccountTitle;

/// Keys and names of TenancyTitle (through core/domain/Enums).
class TenancyTitles {
    Q_DECLARE_TR_FUNCTIONS(TenancyTitles)

public:
    static QList<TenancyTitle> all();
    static QString key(TenancyTitle title);
    static std::optional<TenancyTitle> fromKey(const QString& key);
    static QString name(TenancyTitle title);
};

/// A participant's debt account at their housing cooperative (one per participant and SM).
struct DebtAccount {
    qint64 id = 0;
    qint64 participantId = 0;
    qint64 housingCoopId = 0;
    QString accountNumber;
    QString flat;
    TenancyTitle title = TenancyTitle::TenantRight;
    QDate openedOn;
};

} // namespace osiedle::core
