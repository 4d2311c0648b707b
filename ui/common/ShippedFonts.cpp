#include "ui/common/ShippedFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace osiedle::ui {

QString ShippedFonts::family()
{
    return QStringLiteral("DejaVu Sans");
}

QStringList ShippedFonts::files()
{
    return {QStringLiteral(":/fonts/DejaVuSans.ttf"), QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")};
}

bool ShippedFonts::install()
{
    static const bool installed = [] {
        bool all = true;
        for (const QString& file : files()) {
            all = QFontDatabase::addApplicationFont(file) >= 0 && all;
        }
        return all;
    }();
    return installed;
}

} // namespace osiedle::ui
