#pragma once

#include <QSize>

namespace osiedle::test {

/// An office laptop's screen (1366×768), less a taskbar at its bottom edge (40 px) and a
/// window's frame (8 px a side, a 32 px title bar): the most a window's contents may take and
/// still be seen whole.
constexpr int usableWidth = 1366 - 16;
constexpr int usableHeight = 768 - 40 - 32;

inline QSize usableSize()
{
    return {usableWidth, usableHeight};
}

} // namespace osiedle::test
