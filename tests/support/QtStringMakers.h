#pragma once

// Lets Catch2 print Qt values in failure messages. Include in every test file (through
// TestSupport.h).

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return '[' + value.join(QStringLiteral(" | ")).toStdString() + ']';
    }
};
} // namespace Catch
