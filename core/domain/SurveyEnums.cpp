#include "core/domain/SurveyEnums.h"

namespace osiedle::core {

template <> std::span<const EnumEntry<InstrumentKind>> enumTable<InstrumentKind>()
{
    static constexpr EnumEntry<InstrumentKind> table[] = {
        {InstrumentKind::Questionnaire, "questionnaire", QT_TRANSLATE_NOOP("Enums", "Questionnaire")},
        {InstrumentKind::Test, "test", QT_TRANSLATE_NOOP("Enums", "Knowledge test")},
    };
    return table;
}

template <> std::span<const EnumEntry<ItemKind>> enumTable<ItemKind>()
{
    static constexpr EnumEntry<ItemKind> table[] = {
        {ItemKind::Likert, "likert", QT_TRANSLATE_NOOP("Enums", "Scale 1–5")},
        {ItemKind::YesNo, "yes_no", QT_TRANSLATE_NOOP("Enums", "Yes / no")},
        {ItemKind::Choice, "choice", QT_TRANSLATE_NOOP("Enums", "One right answer")},
    };
    return table;
}

template <> std::span<const EnumEntry<RoundKind>> enumTable<RoundKind>()
{
    static constexpr EnumEntry<RoundKind> table[] = {
        {RoundKind::Entry, "entry", QT_TRANSLATE_NOOP("Enums", "Entry")},
        {RoundKind::Exit, "exit", QT_TRANSLATE_NOOP("Enums", "Exit")},
        {RoundKind::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Enums", "Follow-up")},
    };
    return table;
}

} // namespace osiedle::core
