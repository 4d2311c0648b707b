#pragma once

namespace osiedle::core {

/// The optional monitoring data the office collects (the project's collect_* options): when
/// off, the participant card hides the field and the monitoring export leaves its column out.
struct OptionalMonitoringData {
    bool disability = false;
    bool minority = false;
    bool migrant = false;

    bool any() const { return disability || minority || migrant; }
    friend bool operator==(const OptionalMonitoringData&, const OptionalMonitoringData&) = default;
};

} // namespace osiedle::core
