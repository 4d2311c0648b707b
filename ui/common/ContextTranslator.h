#pragma once

#include <QTranslator>

namespace osiedle::ui {

/// The program's translator. At run time a Q_OBJECT class's translation context is its full
/// name ("osiedle::ui::WorkOrdersSection"), while lupdate records some classes defined inside
/// C++17 nested namespaces without their namespace ("WorkOrdersSection"). This translator
/// looks a text up under the context as given, then under the class name alone, then under the
/// class name in the core and ui namespaces, so every translated text is found.
class ContextTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace osiedle::ui
