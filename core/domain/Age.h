#pragma once

#include "core/domain/Enums.h"

#include <QDate>

#include <optional>

// Age at a date, the age groups of the participant flow table, and the long-term unemployment
// rule of the participant monitoring. Pure functions, thread-safe.

namespace osiedle::core {

/// Full years of a person born on `birthDate` on `date`. As the Polish civil code counts age
/// (art. 112), a year is complete at the start of the birthday; someone born on 29 February
/// has their birthday on 28 February in other years. -1 when a date is invalid or the person is
/// not yet born.
int ageOn(const QDate& birthDate, const QDate& date);

/// The age group of the participant flow table; nullopt under 15.
std::optional<AgeGroup> ageGroupOf(int age);

/// Long-term unemployed on `date`: unemployed for over 12 months, or for over 6 months when
/// under 25 years of age on that date. Counts one continuous spell from `unemployedSince`;
/// false when a date is missing.
bool isLongTermUnemployed(const QDate& unemployedSince, const QDate& date, const QDate& birthDate);

} // namespace osiedle::core
