#include "ui/common/EmptyListHint.h"

#include "core/storage/StorageError.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace osiedle::ui {

EmptyListHint::EmptyListHint(QAbstractItemView* view, const QString& text, std::function<bool()> hasNoData)
    : QWidget(view->viewport()), m_view(view), m_text(text), m_hasNoData(std::move(hasNoData)),
      m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyHint"));
    m_label->setObjectName(QStringLiteral("emptyHintText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setStyleSheet(QStringLiteral("color: #505050;"));
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_label->setFont(font);
}

EmptyListHint* EmptyListHint::attach(QAbstractItemView* view, const QString& text, const QList<Action>& actions,
                                     std::function<bool()> hasNoData)
{
    auto* hint = new EmptyListHint(view, text, std::move(hasNoData));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (const Action& action : actions) {
        auto* button = new QPushButton(action.text, hint);
        button->setObjectName(QStringLiteral("emptyHint_") + action.button->objectName());
        connect(button, &QPushButton::clicked, action.button, &QAbstractButton::click);
        buttons->addWidget(button);
        hint->m_buttons << button;
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(hint);
    layout->addStretch();
    layout->addWidget(hint->m_label);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch();

    view->viewport()->installEventFilter(hint);
    if (QAbstractItemModel* model = view->model()) {
        // Queued: the list finishes its own reaction to the change first.
        const auto later = [hint] { QTimer::singleShot(0, hint, &EmptyListHint::refresh); };
        connect(model, &QAbstractItemModel::modelReset, hint, later);
        connect(model, &QAbstractItemModel::rowsInserted, hint, later);
        connect(model, &QAbstractItemModel::rowsRemoved, hint, later);
        connect(model, &QAbstractItemModel::layoutChanged, hint, later);
    }
    hint->refresh();
    return hint;
}

std::function<bool()> EmptyListHint::whenNone(core::Database& db, qint64 core::SetupCounts::*count)
{
    return [&db, count] {
        try {
            return core::ProjectRepository(db).setupCounts().*count == 0;
        } catch (const core::StorageError&) {
            return false;
        }
    };
}

void EmptyListHint::refresh()
{
    const bool noRows = m_view->model() == nullptr || m_view->model()->rowCount() == 0;
    if (!noRows) {
        hide();
        return;
    }
    const bool noData = !m_hasNoData || m_hasNoData();
    m_label->setText(noData ? m_text : tr("Nothing matches the search or the filters."));
    for (QWidget* button : m_buttons) {
        button->setVisible(noData);
    }
    place();
    show();
    raise();
}

QString EmptyListHint::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void EmptyListHint::place()
{
    setGeometry(m_view->viewport()->rect());
}

bool EmptyListHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace osiedle::ui
