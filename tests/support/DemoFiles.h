#pragma once

#include "core/io/DemoGenerator.h"

#include <QString>

namespace osiedle::test {

/// A copy, in `folder`, of the demo project of the given scale and seed. The demo is
/// generated once and shared by every test of this build: kept in the temporary folder under a
/// name made of the test program's path and build time, so a rebuilt program (perhaps with a
/// changed generator) makes a new one. Each test gets its own copy because a project file is
/// locked by whoever opens it. Generating scale 10 takes several seconds; copying it, little.
QString demoCopy(int scale, const QString& folder, std::uint64_t seed = core::DemoOptions{}.seed);

} // namespace osiedle::test
