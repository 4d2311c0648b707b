#pragma once

#include <QWidget>

namespace osiedle::ui {

/// What a section that is not built yet shows: its title and a plain, friendly sentence.
class PlaceholderSection : public QWidget {
    Q_OBJECT

public:
    PlaceholderSection(const QString& title, QWidget* parent = nullptr);
};

} // namespace osiedle::ui
