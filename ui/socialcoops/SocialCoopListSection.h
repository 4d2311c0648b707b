#pragma once

#include "ui/common/ListSection.h"

namespace osiedle::ui {

class SocialCoopListModel;

/// The Social cooperatives section: the OSS of the project with their stage, searchable by
/// name, locality and SM.
class SocialCoopListSection : public ListSection {
    Q_OBJECT

public:
    SocialCoopListSection(AppContext& context, QWidget* parent = nullptr);

    SocialCoopListModel* model() const { return m_model; }

protected:
    QString countText(qint64 matching, qint64 total) const override;

private:
    SocialCoopListModel* m_model = nullptr;
};

} // namespace osiedle::ui
