#include "support/IndicatorProjectFile.h"

#include "support/IndicatorTestData.h"

namespace osiedle::test {

IndicatorProjectFile::IndicatorProjectFile()
{
    fillIndicatorTestData(m_project.db());
    m_project.close();
}

QString IndicatorProjectFile::out(const QString& name) const
{
    return m_project.dir() + QLatin1Char('/') + name;
}

} // namespace osiedle::test
