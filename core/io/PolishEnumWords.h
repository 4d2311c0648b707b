#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Sex.h"

#include <span>

namespace osiedle::core {

/// A word an office types for a value of an enumeration.
template <typename E> struct EnumWord {
    const char* text; ///< UTF-8
    E value;
};

/// The Polish words for the values that imports read, accepted whatever language the program
/// runs in: the program's own Polish labels and the words of the funder's forms and of everyday
/// office use ("kobieta", "K", "wyższe", "osoba długotrwale bezrobotna", "zakwalifikowana").
template <typename E> std::span<const EnumWord<E>> polishWords();

template <> std::span<const EnumWord<Sex>> polishWords<Sex>();
template <> std::span<const EnumWord<Education>> polishWords<Education>();
template <> std::span<const EnumWord<LabourStatus>> polishWords<LabourStatus>();
template <> std::span<const EnumWord<RecruitmentStatus>> polishWords<RecruitmentStatus>();
template <> std::span<const EnumWord<Referral>> polishWords<Referral>();
template <> std::span<const EnumWord<Completion>> polishWords<Completion>();

} // namespace osiedle::core
