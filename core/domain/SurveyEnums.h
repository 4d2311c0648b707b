#pragma once

#include "core/domain/Enums.h"

// The closed sets of values of questionnaires and knowledge tests, with their stored keys (the
// CHECK constraints of migration 6) and labels, through the generic key()/parseKey()/label()/
// allValues() of Enums.h.

namespace osiedle::core {

/// A questionnaire (opinions, attitudes: no right answers) or a knowledge test.
enum class InstrumentKind { Questionnaire, Test };

/// How an item is answered: agreement on a five-point scale, yes or no, or one of several
/// answers of which one is right.
enum class ItemKind { Likert, YesNo, Choice };

/// When a round is given: at entry, at exit, or later (follow-up).
enum class RoundKind { Entry, Exit, FollowUp };

template <> std::span<const EnumEntry<InstrumentKind>> enumTable<InstrumentKind>();
template <> std::span<const EnumEntry<ItemKind>> enumTable<ItemKind>();
template <> std::span<const EnumEntry<RoundKind>> enumTable<RoundKind>();

} // namespace osiedle::core
