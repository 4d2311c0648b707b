#include "FloorProcess.h"

#include "Floor.h"
#include "FloorConnection.h"
#include "ui/common/EventLoopProbe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <stdexcept>

namespace osiedle::bench {

namespace {

using Rows = QList<QVariantList>;

QString cellText(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("–") : value.toString();
}

QString table(const QStringList& header, const Rows& rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\"><thead><tr>");
    for (const QString& title : header) {
        html += QStringLiteral("<th>%1</th>").arg(title);
    }
    html += QStringLiteral("</tr></thead>");
    for (const QVariantList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QVariant& value : row) {
            html += QStringLiteral("<td>%1</td>").arg(cellText(value).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A chart of one or more series over the same categories, drawn as bars side by side.
QImage chart(const QString& title, const QList<QList<double>>& series)
{
    QImage image(1600, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawText(QRect(0, 0, image.width(), 30), Qt::AlignCenter, title);
    double top = 1;
    qsizetype categories = 0;
    for (const QList<double>& values : series) {
        categories = std::max(categories, values.size());
        for (const double v : values) {
            top = std::max(top, v);
        }
    }
    const QRectF plot(60, 40, image.width() - 80, image.height() - 80);
    painter.drawRect(plot);
    const double slot = categories > 0 ? plot.width() / double(categories) : plot.width();
    const double bar = slot / double(std::max<qsizetype>(1, series.size()));
    for (qsizetype s = 0; s < series.size(); ++s) {
        painter.setBrush(QColor::fromHsv(int(s * 360 / std::max<qsizetype>(1, series.size())), 160, 220));
        for (qsizetype c = 0; c < series[s].size(); ++c) {
            const double height = plot.height() * std::max(0.0, series[s][c]) / top;
            painter.drawRect(QRectF(plot.left() + c * slot + s * bar, plot.bottom() - height, bar, height));
        }
    }
    return image;
}

QList<double> column(const Rows& rows, int index)
{
    QList<double> values;
    for (const QVariantList& row : rows) {
        values << row.value(index).toDouble();
    }
    return values;
}

int pdf(const QString& file, const QString& from, const QString& to, const QString& out)
{
    FloorConnection connection(file);
    Floor report(connection, QStringLiteral("report-indicators"));
    const QList<Rows> values = report.bind("from", from).bind("to", to).results();
    Floor series(connection, QStringLiteral("report-series"));
    const QList<Rows> monthly = series.bind("from", from).bind("to", to).results();

    QTextDocument document;
    QString html = QStringLiteral("<h1>Indicator report %1 – %2</h1>").arg(from, to);
    html +=
        table({QStringLiteral("Indicator"), QStringLiteral("Cumulative O"), QStringLiteral("K"), QStringLiteral("M"),
               QStringLiteral("Period O"), QStringLiteral("K"), QStringLiteral("M"), QStringLiteral("%")},
              values.value(0));
    html += QStringLiteral("<p><img src=\"attainment\" width=\"900\"></p>");
    Rows attainment;
    for (const QVariantList& row : values.value(0)) {
        attainment << QVariantList{row.value(7)};
    }
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("attainment")),
                         chart(QStringLiteral("% of target"), {column(attainment, 0)}));
    html += QStringLiteral("<h2>Participant flow</h2>") +
            table({QStringLiteral("Group"), QStringLiteral("Line"), QStringLiteral("Started K"), QStringLiteral("M"),
                   QStringLiteral("Continuing K"), QStringLiteral("M"), QStringLiteral("Ended K"), QStringLiteral("M"),
                   QStringLiteral("As planned K"), QStringLiteral("M"), QStringLiteral("Dropped out K"),
                   QStringLiteral("M")},
                  values.value(1));
    // The charts over time: participants by status, arrears, orders per OSS (one series a line).
    QList<QList<double>> status;
    for (int c = 1; c <= 5; ++c) {
        status << column(monthly.value(0), c);
    }
    QList<QList<double>> orders;
    for (const QVariantList& row : monthly.value(2)) {
        const int line = row.value(0).toInt();
        while (orders.size() < line) {
            orders << QList<double>(monthly.value(0).size(), 0.0);
        }
        const QDate month = QDate::fromString(row.value(2).toString(), Qt::ISODate);
        for (qsizetype m = 0; m < monthly.value(0).size(); ++m) {
            if (monthly.value(0)[m].value(0).toString().startsWith(month.toString(QStringLiteral("yyyy-MM")))) {
                orders[line - 1][m] = row.value(3).toDouble();
            }
        }
    }
    const std::pair<const char*, QImage> charts[] = {
        {"status", chart(QStringLiteral("Participants by status"), status)},
        {"arrears", chart(QStringLiteral("Arrears"), {column(monthly.value(1), 1)})},
        {"orders", chart(QStringLiteral("Work orders"), orders)},
    };
    for (const auto& [name, image] : charts) {
        document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(name)), image);
        html += QStringLiteral("<p><img src=\"%1\" width=\"900\"></p>").arg(QString::fromLatin1(name));
    }
    html += QStringLiteral("<h2>Data quality</h2>") +
            table({QStringLiteral("Id"), QStringLiteral("First name"), QStringLiteral("Surname"),
                   QStringLiteral("Start"), QStringLiteral("Missing")},
                  values.value(2)) +
            table({QStringLiteral("Problem"), QStringLiteral("Record"), QStringLiteral("Id"), QStringLiteral("Name"),
                   QStringLiteral("Date"), QStringLiteral("Recorded start")},
                  values.value(3));
    document.setHtml(html);

    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 10, 15, 10),
                                     QPageLayout::Millimeter));
    writer.setResolution(600);
    document.print(&writer);
    return 0;
}

int json(const QString& file, const QString& from, const QString& to, const QString& out)
{
    FloorConnection connection(file);
    Floor report(connection, QStringLiteral("report-indicators"));
    const QList<Rows> values = report.bind("from", from).bind("to", to).results();
    QJsonObject root;
    const char* parts[] = {"indicators", "flow", "data_quality", "data_problems"};
    for (int p = 0; p < 4; ++p) {
        QJsonArray rows;
        for (const QVariantList& row : values.value(p)) {
            rows.append(QJsonArray::fromVariantList(row));
        }
        root.insert(QLatin1String(parts[p]), rows);
    }
    QSaveFile saved(out);
    if (!saved.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write " + out.toStdString());
    }
    saved.write(QJsonDocument(root).toJson());
    return saved.commit() ? 0 : 1;
}

int window(const QString& file, int idleMs)
{
    FloorConnection connection(file);
    Floor page(connection, QStringLiteral("participants-by-surname"));
    const QList<Rows> results = page.results();
    QMainWindow main;
    auto* list = new QTableWidget(&main);
    const Rows& rows = results.value(1);
    list->setColumnCount(rows.isEmpty() ? 0 : int(rows.first().size()));
    list->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            list->setItem(r, c, new QTableWidgetItem(cellText(rows[r][c])));
        }
    }
    main.setCentralWidget(list);
    main.resize(1280, 800);
    main.show();
    QCoreApplication::processEvents();
    std::printf("probe: shown\n");
    std::fflush(stdout);
    if (idleMs <= 0) {
        return 0;
    }
    ui::EventLoopProbe probe;
    probe.setStep(QStringLiteral("idle"));
    probe.start();
    QEventLoop idle;
    QTimer::singleShot(idleMs, &idle, &QEventLoop::quit);
    idle.exec();
    probe.stop();
    std::printf("probe: idle longest %s ms\n", QByteArray::number(probe.longestBlockMs(), 'f', 1).constData());
    std::fflush(stdout);
    return QCoreApplication::exec(); // until the benchmark has read the peak memory and ends it
}

} // namespace

int runFloorProcess(const QStringList& args)
{
    const QString mode = args.value(0);
    if (mode == QLatin1String("--floor-window")) {
        const int idle = args.value(2) == QLatin1String("--idle") ? args.value(3).toInt() : 0;
        return window(args.value(1), idle);
    }
    if (mode == QLatin1String("--floor-pdf")) {
        return pdf(args.value(1), args.value(2), args.value(3), args.value(4));
    }
    if (mode == QLatin1String("--floor-json")) {
        return json(args.value(1), args.value(2), args.value(3), args.value(4));
    }
    throw std::runtime_error("unknown floor process " + mode.toStdString());
}

} // namespace osiedle::bench
