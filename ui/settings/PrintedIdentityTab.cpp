#include "ui/settings/PrintedIdentityTab.h"

#include "core/domain/CertificateNumber.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/LogoStripImage.h"
#include "ui/common/UndoPush.h"
#include "ui/common/UserPrompt.h"
#include "ui/settings/SettingsRecords.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

constexpr int previewWidth = 720;
constexpr int previewHeight = 64; // the strip's 16 mm band over a 180 mm wide page

} // namespace

PrintedIdentityTab::PrintedIdentityTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_preview(new QLabel(this)), m_headerLine(new QLabel(this)),
      m_message(new QLabel(this)), m_remove(new QPushButton(tr("Remove the strip"), this)),
      m_certificatePattern(new QLineEdit(this)), m_certificateExample(new QLabel(this))
{
    setObjectName(QStringLiteral("printedIdentityTab"));
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setMinimumSize(previewWidth, previewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_headerLine->setObjectName(QStringLiteral("headerLinePreview"));
    m_message->setObjectName(QStringLiteral("logoMessage"));
    m_message->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeLogo"));
    auto* loadButton = new QPushButton(tr("Load the logo strip…"), this);
    loadButton->setObjectName(QStringLiteral("loadLogo"));

    auto* intro = new QLabel(tr("Documents of a project co-financed by the European Union carry a strip of logos at "
                                "the top of every page (the programme's, the EU's and the European Social Fund's, as "
                                "the funder's rules show them). Load your own image of it: PNG, JPEG or SVG, about ten "
                                "times as wide as high. It is kept inside the project file and printed on every "
                                "document: reports, attendance lists, certificates, protocols and the others. Without "
                                "it, the pages carry only the line with the project's title and contract number. The "
                                "co-financing line at the foot of every page stays either way."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(loadButton);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* page = new QVBoxLayout;
    page->setSpacing(2);
    page->addWidget(m_preview);
    page->addWidget(m_headerLine);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("The top of each page:"), this));
    layout->addLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_certificatePattern->setObjectName(QStringLiteral("certificatePattern"));
    m_certificatePattern->setMaxLength(60);
    m_certificateExample->setObjectName(QStringLiteral("certificateExample"));
    m_certificateExample->setWordWrap(true);
    auto* certificates = new QGroupBox(tr("Numbers of course certificates"), this);
    auto* certificatesForm = new QFormLayout(certificates);
    certificatesForm->addRow(tr("Pattern"), m_certificatePattern);
    certificatesForm->addRow(QString(), m_certificateExample);
    layout->addSpacing(8);
    layout->addWidget(certificates);
    layout->addStretch(1);
    connect(m_certificatePattern, &QLineEdit::editingFinished, this, [this] { applyCertificatePattern(); });

    connect(loadButton, &QPushButton::clicked, this, [this] { load(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project) {
            reload();
        }
    });
    reload();
}

bool PrintedIdentityTab::applyCertificatePattern()
{
    const QString wanted = m_certificatePattern->text().trimmed();
    core::ProjectSettingsService service = settingsService(m_context);
    const auto current = service.certificatePattern();
    if (current && *current == wanted) {
        return true;
    }
    const auto before = service.setCertificatePattern(wanted);
    if (!before) {
        m_certificateExample->setText(before.error().message);
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, tr("Certificate numbers"),
        [&context](const QString& pattern) { return settingsService(context).setCertificatePattern(pattern); }, *before,
        wanted);
    return true;
}

void PrintedIdentityTab::reload()
{
    if (const auto pattern = settingsService(m_context).certificatePattern()) {
        if (!m_certificatePattern->hasFocus()) {
            m_certificatePattern->setText(*pattern);
        }
        m_certificateExample->setText(
            tr("{n}: the certificate's number within the course, {course}: the course's number, {year}: the year "
               "the course was completed. For example %1 gives \"%2\".")
                .arg(*pattern, core::CertificateNumber::format(*pattern, 7, 12, QDate(2011, 6, 30))));
    }
    core::PrintedIdentity identity;
    try {
        identity = core::ProjectRepository(m_context.db).printedIdentity();
    } catch (const core::StorageError& e) {
        m_message->setText(e.message());
        return;
    }
    if (identity.logo) {
        m_preview->setPixmap(LogoStripImage(*identity.logo).preview(QSize(previewWidth, previewHeight)));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("(no logo strip)"));
    }
    m_remove->setEnabled(identity.logo.has_value());
    m_headerLine->setText(
        identity.contractNumber.isEmpty()
            ? identity.title
            : QStringLiteral("%1  ·  %2")
                  .arg(identity.title, DocumentPrinter::tr("contract no. %1").arg(identity.contractNumber)));
}

bool PrintedIdentityTab::load()
{
    const QString path = m_context.prompt.openFileName(this, tr("Load the logo strip"),
                                                       tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    return !path.isEmpty() && loadFrom(path);
}

bool PrintedIdentityTab::loadFrom(const QString& path)
{
    m_message->clear();
    const auto strip = LogoStripImage::load(path);
    if (!strip) {
        m_message->setText(strip.error().message);
        return false;
    }
    if (!store(*strip, tr("Logo strip"))) {
        return false;
    }
    m_message->setText(tr("The logo strip is printed at the top of every page."));
    return true;
}

bool PrintedIdentityTab::remove()
{
    m_message->clear();
    return store(std::nullopt, tr("Remove the logo strip"));
}

bool PrintedIdentityTab::store(const std::optional<core::LogoStrip>& logo, const QString& undoText)
{
    const auto before = settingsService(m_context).setLogo(logo);
    if (!before) {
        m_message->setText(before.error().message);
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, undoText,
        [&context](const std::optional<core::LogoStrip>& strip) { return settingsService(context).setLogo(strip); },
        *before, logo);
    return true;
}

} // namespace osiedle::ui
