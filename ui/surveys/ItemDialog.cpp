#include "ui/surveys/ItemDialog.h"

#include "core/services/InstrumentService.h"
#include "ui/common/DialogButtons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

ItemDialog::ItemDialog(const core::InstrumentItem& item, const QList<core::SurveyScale>& scales, QWidget* parent)
    : EditDialog(parent), m_item(item), m_text(new QPlainTextEdit(this)), m_kind(new QComboBox(this)),
      m_scale(new QComboBox(this)), m_reversed(new QCheckBox(tr("Reversed: agreeing speaks against the scale"), this)),
      m_optionsLabel(new QLabel(tr("Answers to choose from (one per line):"), this)),
      m_options(new QPlainTextEdit(this)), m_correctLabel(new QLabel(tr("Right answer:"), this)),
      m_correct(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(item.id == 0 && item.text.isEmpty() ? tr("New item") : tr("Item %1").arg(item.position));
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(item.text);
    m_text->setMaximumHeight(70);
    m_kind->setObjectName(QStringLiteral("itemKind"));
    for (const core::ItemKind kind : core::allValues<core::ItemKind>()) {
        m_kind->addItem(core::label(kind), core::key(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(core::key(item.kind)));
    m_scale->setObjectName(QStringLiteral("itemScale"));
    for (const core::SurveyScale& s : scales) {
        m_scale->addItem(s.name, s.id);
    }
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(item.scaleId)));
    m_reversed->setObjectName(QStringLiteral("itemReversed"));
    m_reversed->setChecked(item.reversed);
    m_options->setObjectName(QStringLiteral("itemOptions"));
    m_options->setTabChangesFocus(true);
    m_options->setPlainText(item.options.join(QLatin1Char('\n')));
    m_options->setMaximumHeight(90);
    m_correct->setObjectName(QStringLiteral("itemCorrect"));
    m_error->setObjectName(QStringLiteral("itemError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Question or statement:"), m_text);
    form->addRow(tr("Answered as:"), m_kind);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(QString(), m_reversed);
    form->addRow(m_optionsLabel, m_options);
    form->addRow(m_correctLabel, m_correct);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this, [this] {
        const QString wrong = problem();
        m_error->setText(wrong);
        m_error->setVisible(!wrong.isEmpty());
        return wrong.isEmpty();
    }));
    resize(560, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ItemDialog::updateFields);
    connect(m_options, &QPlainTextEdit::textChanged, this, &ItemDialog::updateRightAnswers);
    updateRightAnswers();
    if (item.correct) {
        m_correct->setCurrentIndex(*item.correct - 1);
    }
    updateFields();
}

void ItemDialog::updateFields()
{
    const bool choice = m_kind->currentData().toString() == core::key(core::ItemKind::Choice);
    m_reversed->setVisible(!choice);
    for (QWidget* w : {static_cast<QWidget*>(m_optionsLabel), static_cast<QWidget*>(m_options),
                       static_cast<QWidget*>(m_correctLabel), static_cast<QWidget*>(m_correct)}) {
        w->setVisible(choice);
    }
}

void ItemDialog::updateRightAnswers()
{
    const int kept = m_correct->currentIndex();
    m_correct->clear();
    int n = 0;
    for (const QString& line : m_options->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            m_correct->addItem(QStringLiteral("%1) %2").arg(QChar(u'a' + n++)).arg(line.trimmed()));
        }
    }
    if (kept >= 0 && kept < m_correct->count()) {
        m_correct->setCurrentIndex(kept);
    }
}

core::InstrumentItem ItemDialog::item() const
{
    core::InstrumentItem item = m_item;
    item.text = m_text->toPlainText().simplified();
    item.kind = core::parseKey<core::ItemKind>(m_kind->currentData().toString()).value_or(core::ItemKind::Likert);
    item.scaleId = m_scale->currentData().toLongLong();
    item.reversed = item.kind != core::ItemKind::Choice && m_reversed->isChecked();
    item.options.clear();
    item.correct.reset();
    if (item.kind == core::ItemKind::Choice) {
        for (const QString& line : m_options->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                item.options << line.trimmed();
            }
        }
        if (m_correct->currentIndex() >= 0) {
            item.correct = m_correct->currentIndex() + 1;
        }
    }
    return item;
}

QString ItemDialog::problem() const
{
    core::Instrument probe;
    probe.name = QStringLiteral("-");
    probe.items << item();
    probe.items.first().position = std::max(1, m_item.position);
    const core::FieldErrors errors = core::InstrumentService::validate(probe);
    return errors.isEmpty() ? QString() : errors.first().message;
}

} // namespace osiedle::ui
