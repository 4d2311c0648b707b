#include "ui/common/ContextTranslator.h"
#include "support/QtStringMakers.h"

#include <QCoreApplication>

using osiedle::ui::ContextTranslator;

TEST_CASE("Polish texts are found under the class's full name and under its bare name", "[translations]")
{
    ContextTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/osiedle_pl.qm")));
    // lupdate records this class without its namespace; at run time tr() asks with it
    CHECK(translator.translate("osiedle::ui::WorkOrdersSection", "Edit…") == QStringLiteral("Edytuj…"));
    CHECK(translator.translate("WorkOrdersSection", "Edit…") == QStringLiteral("Edytuj…"));
    // a text that is not translated stays unknown (the caller then shows the English source)
    CHECK(translator.translate("osiedle::ui::WorkOrdersSection", "No such text anywhere").isNull());

    QCoreApplication::installTranslator(&translator);
    CHECK(QCoreApplication::translate("osiedle::ui::WorkOrdersSection", "Edit…") == QStringLiteral("Edytuj…"));
    QCoreApplication::removeTranslator(&translator);
}
