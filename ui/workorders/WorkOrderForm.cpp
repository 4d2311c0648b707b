#include "ui/workorders/WorkOrderForm.h"

#include "core/domain/WorkOrderLifecycle.h"
#include "ui/socialcoops/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

void fill(QComboBox* combo, const QList<core::ChoiceItem>& items)
{
    combo->addItem(QString(), qint64(0));
    for (const auto& item : items) {
        combo->addItem(item.name, item.id);
    }
}

std::optional<qint64> vatFromText(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char('%')).replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double percent = t.trimmed().toDouble(&ok);
    if (!ok || percent < 0 || percent > 100) {
        return std::nullopt;
    }
    return qint64(percent * 100 + 0.5);
}

} // namespace

WorkOrderForm::WorkOrderForm(const QList<core::ChoiceItem>& housingCoops, const QList<core::SocialCoop>& socialCoops,
                             bool withDates, QWidget* parent)
    : QWidget(parent), m_layout(new QFormLayout(this)), m_housingCoop(new QComboBox(this)),
      m_socialCoop(new QComboBox(this)), m_estate(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_description(new QPlainTextEdit(this)), m_net(new QLineEdit(this)), m_vat(new QComboBox(this)),
      m_gross(new QLabel(this))
{
    m_housingCoop->setObjectName(QStringLiteral("orderHousingCoop"));
    m_socialCoop->setObjectName(QStringLiteral("orderSocialCoop"));
    m_estate->setObjectName(QStringLiteral("orderEstate"));
    m_kind->setObjectName(QStringLiteral("orderKind"));
    m_description->setObjectName(QStringLiteral("orderDescription"));
    m_net->setObjectName(QStringLiteral("orderNet"));
    m_vat->setObjectName(QStringLiteral("orderVat"));
    m_gross->setObjectName(QStringLiteral("orderGross"));
    fill(m_housingCoop, housingCoops);
    m_socialCoop->addItem(QString(), qint64(0));
    for (const auto& coop : socialCoops) {
        m_socialCoop->addItem(coop.name, coop.id);
        if (coop.housingCoopId) {
            m_socialCoop->setItemData(m_socialCoop->count() - 1, *coop.housingCoopId, Qt::UserRole + 1);
        }
    }
    for (core::WorkOrderKind kind : core::WorkOrderLifecycle::allKinds()) {
        m_kind->addItem(core::WorkOrderLifecycle::kindTitle(kind), int(kind));
    }
    m_description->setMaximumHeight(70);
    m_vat->setEditable(true);
    m_vat->addItems({QStringLiteral("23 %"), QStringLiteral("8 %"), QStringLiteral("5 %"), QStringLiteral("0 %")});
    m_net->setPlaceholderText(QStringLiteral("0,00"));

    const auto addRow = [this](const QString& label, QWidget* field, const QString& key) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(errorLabel(key));
        m_layout->addRow(label, box);
    };
    addRow(tr("Housing cooperative (SM)"), m_housingCoop, QStringLiteral("housing_coop"));
    addRow(tr("Social cooperative (OSS)"), m_socialCoop, QStringLiteral("social_coop"));
    m_layout->addRow(tr("Estate / building"), m_estate);
    m_layout->addRow(tr("Kind of work"), m_kind);
    m_layout->addRow(tr("Description"), m_description);
    if (withDates) {
        m_ordered = new OptionalDateEdit(this);
        m_ordered->setObjectName(QStringLiteral("orderOrderedOn"));
        m_due = new OptionalDateEdit(this);
        m_due->setObjectName(QStringLiteral("orderDueOn"));
        m_layout->addRow(tr("Ordered on"), m_ordered);
        addRow(tr("Due on"), m_due, QStringLiteral("due_on"));
    }
    addRow(tr("Net value (zł)"), m_net, QStringLiteral("net"));
    addRow(tr("VAT rate"), m_vat, QStringLiteral("vat"));
    m_layout->addRow(tr("Gross value"), m_gross);

    // an SM usually orders from its own OSS: choosing one suggests the other
    connect(m_socialCoop, &QComboBox::currentIndexChanged, this, [this] {
        if (m_housingCoop->currentIndex() <= 0) {
            const auto smId = m_socialCoop->currentData(Qt::UserRole + 1);
            if (smId.isValid()) {
                m_housingCoop->setCurrentIndex(std::max(0, m_housingCoop->findData(smId)));
            }
        }
    });
    connect(m_net, &QLineEdit::textChanged, this, &WorkOrderForm::updateGross);
    connect(m_vat, &QComboBox::currentTextChanged, this, &WorkOrderForm::updateGross);
}

QLabel* WorkOrderForm::errorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void WorkOrderForm::setOrder(const core::WorkOrder& order)
{
    m_base = order;
    m_housingCoop->setCurrentIndex(std::max(0, m_housingCoop->findData(order.housingCoopId)));
    m_socialCoop->setCurrentIndex(std::max(0, m_socialCoop->findData(order.socialCoopId)));
    m_estate->setText(order.estate);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(order.kind))));
    m_description->setPlainText(order.description);
    if (m_ordered) {
        m_ordered->setValue(order.orderedOn);
        m_due->setValue(order.dueOn, order.orderedOn.value_or(QDate::currentDate()).addDays(7));
    }
    // a new order starts with an empty value (typing after "0,00" would give "0,001200")
    m_net->setText(order.id == 0 && order.net.grosze() == 0 ? QString() : order.net.formatPlain());
    m_vat->setCurrentText(
        QStringLiteral("%1 %").arg(QLocale(QLocale::Polish).toString(static_cast<double>(order.vatRate) / 100.0)));
    updateGross();
}

core::WorkOrder WorkOrderForm::order(bool* ok) const
{
    core::WorkOrder o = m_base;
    o.housingCoopId = m_housingCoop->currentData().toLongLong();
    o.socialCoopId = m_socialCoop->currentData().toLongLong();
    o.estate = m_estate->text().trimmed();
    o.kind = static_cast<core::WorkOrderKind>(m_kind->currentData().toInt());
    o.description = m_description->toPlainText().trimmed();
    if (m_ordered) {
        o.orderedOn = m_ordered->value();
        o.dueOn = m_due->value();
    }
    bool valid = true;
    const QString netText = m_net->text().trimmed();
    if (netText.isEmpty()) {
        o.net = core::Money();
    } else if (const auto net = core::Money::parse(netText)) {
        o.net = *net;
    } else {
        valid = false;
        m_errors.value(QStringLiteral("net"))->setText(net.error().message);
        m_errors.value(QStringLiteral("net"))->show();
    }
    if (const auto vat = vatFromText(m_vat->currentText())) {
        o.vatRate = *vat;
    } else {
        valid = false;
        m_errors.value(QStringLiteral("vat"))
            ->setText(tr("VAT rate %1: give a percentage from 0 to 100").arg(m_vat->currentText()));
        m_errors.value(QStringLiteral("vat"))->show();
    }
    if (ok) {
        *ok = valid;
    }
    return o;
}

void WorkOrderForm::showErrors(const core::FieldErrors& errors)
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->hide();
    }
    for (const auto& e : errors) {
        if (QLabel* label = m_errors.value(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
}

void WorkOrderForm::updateGross()
{
    const auto net = core::Money::parse(m_net->text().trimmed().isEmpty() ? QStringLiteral("0") : m_net->text());
    const auto vat = vatFromText(m_vat->currentText());
    if (!net || !vat) {
        m_gross->setText(QStringLiteral("—"));
        return;
    }
    core::WorkOrder o;
    o.net = *net;
    o.vatRate = *vat;
    m_gross->setText(tr("%1 (VAT %2)").arg(o.gross().format(), o.vat().format()));
}

} // namespace osiedle::ui
