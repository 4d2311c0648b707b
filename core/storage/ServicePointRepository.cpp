#include "core/storage/ServicePointRepository.h"

#include "core/storage/Database.h"
#include "core/storage/NotNullText.h"

namespace osiedle::core {

namespace {

constexpr const char* saleColumns = "SELECT id, social_coop_id, date, client_kind, service, amount FROM service_sale ";

ServiceSale readSale(const Statement& st)
{
    ServiceSale s;
    s.id = st.int64(0);
    s.socialCoopId = st.int64(1);
    s.date = st.date(2);
    s.client = ServicePointRepository::clientFromKey(st.text(3)).value_or(ClientKind::Resident);
    s.service = st.text(4);
    s.amount = Money::fromGrosze(st.int64(5));
    return s;
}

void bindSale(Statement& st, const ServiceSale& s)
{
    st.bind(1, s.socialCoopId)
        .bind(2, s.date)
        .bind(3, ServicePointRepository::clientKey(s.client))
        .bind(4, notNullText(s.service))
        .bind(5, s.amount.grosze());
}

} // namespace

QString ServicePointRepository::clientKey(ClientKind value)
{
    return core::key(value);
}

std::optional<ClientKind> ServicePointRepository::clientFromKey(const QString& key)
{
    return parseKey<ClientKind>(key);
}

QString ServicePointRepository::clientTitle(ClientKind value)
{
    return label(value);
}

QList<ClientKind> ServicePointRepository::allClients()
{
    return allValues<ClientKind>();
}

std::optional<ServicePoint> ServicePointRepository::find(qint64 socialCoopId) const
{
    Statement st = m_db.prepare(
        "SELECT id, social_coop_id, opened_on, address, services FROM service_point WHERE social_coop_id = ?");
    st.bind(1, socialCoopId);
    if (!st.step()) {
        return std::nullopt;
    }
    return ServicePoint{st.int64(0), st.int64(1), st.date(2), st.text(3), st.text(4)};
}

void ServicePointRepository::save(const ServicePoint& point)
{
    Statement st = m_db.prepare(
        "INSERT INTO service_point (social_coop_id, opened_on, address, services) VALUES (?,?,?,?) "
        "ON CONFLICT (social_coop_id) DO UPDATE SET opened_on = excluded.opened_on, address = excluded.address, "
        "services = excluded.services");
    st.bind(1, point.socialCoopId).bind(2, point.openedOn).bind(3, notNullText(point.address)).bind(4, notNullText(point.services));
    st.exec();
}

void ServicePointRepository::remove(qint64 socialCoopId)
{
    Statement st = m_db.prepare("DELETE FROM service_point WHERE social_coop_id = ?");
    st.bind(1, socialCoopId);
    st.exec();
}

QList<ServiceSale> ServicePointRepository::sales(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(QByteArray(saleColumns) +
                                "WHERE social_coop_id = ? AND date BETWEEN ? AND ? ORDER BY date DESC, id DESC");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    QList<ServiceSale> result;
    while (st.step()) {
        result.append(readSale(st));
    }
    return result;
}

std::optional<ServiceSale> ServicePointRepository::findSale(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(saleColumns) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readSale(st);
}

qint64 ServicePointRepository::insertSale(const ServiceSale& sale)
{
    Statement st = m_db.prepare(
        "INSERT INTO service_sale (social_coop_id, date, client_kind, service, amount, id) VALUES (?,?,?,?,?,?)");
    bindSale(st, sale);
    st.bind(6, sale.id != 0 ? std::optional<qint64>(sale.id) : std::nullopt);
    st.exec();
    return m_db.lastInsertId();
}

void ServicePointRepository::updateSale(const ServiceSale& sale)
{
    Statement st = m_db.prepare(
        "UPDATE service_sale SET social_coop_id = ?, date = ?, client_kind = ?, service = ?, amount = ? WHERE id = ?");
    bindSale(st, sale);
    st.bind(6, sale.id);
    st.exec();
}

void ServicePointRepository::removeSale(qint64 id)
{
    Statement st = m_db.prepare("DELETE FROM service_sale WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

Money ServicePointRepository::salesTotal(qint64 socialCoopId, const QDate& from, const QDate& to) const
{
    Statement st = m_db.prepare(
        "SELECT coalesce(sum(amount), 0) FROM service_sale WHERE social_coop_id = ? AND date BETWEEN ? AND ?");
    st.bind(1, socialCoopId).bind(2, from).bind(3, to);
    return Money::fromGrosze(st.step() ? st.int64(0) : 0);
}

} // namespace osiedle::core
