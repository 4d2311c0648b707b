#pragma once

#include <QWidget>

class QComboBox;

namespace osiedle::ui {

/// Chooses a gmina from the TERYT register shipped with the program: voivodeship → powiat →
/// gmina, three linked combo boxes (object names "voivodeship", "powiat", "gmina").
class TerytPicker : public QWidget {
    Q_OBJECT

public:
    explicit TerytPicker(QWidget* parent = nullptr);

    /// The 7-digit code of the chosen gmina; empty when none is chosen.
    QString code() const;
    /// Selects a code (or clears the choice for an empty or unknown one).
    void setCode(const QString& code);

signals:
    void codeChanged(const QString& code);

private:
    void fillPowiats();
    void fillGminas();

    QComboBox* m_voivodeship = nullptr;
    QComboBox* m_powiat = nullptr;
    QComboBox* m_gmina = nullptr;
    bool m_filling = false;
};

} // namespace osiedle::ui
