#include "app/gui/GuiStartup.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    return osiedle::app::runGui(app);
}
