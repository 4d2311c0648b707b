// "Who is working?" when a project is opened: asked when the project has office staff and the
// person remembered is none of them, never otherwise.

#include "core/common/SystemUser.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "ui/common/AppSettings.h"
#include "ui/common/UserPrompt.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"

#include <QApplication>
#include <QInputDialog>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace osiedle;
using test::ScriptedPrompt;

namespace {

// A closed project file with the given office staff (name and position).
QString projectWithStaff(const QTemporaryDir& dir, const QString& name, const QList<QStringList>& staff)
{
    const QString path = dir.filePath(name);
    auto db = core::Database::open(path, core::Database::Mode::CreateNew);
    REQUIRE(db.ok());
    for (const QStringList& member : staff) {
        REQUIRE(core::ProjectSettingsService(**db)
                    .saveStaffMember({0, member.at(0), core::StaffRole::Trainer, member.at(1)})
                    .ok());
    }
    return path;
}

const QList<QStringList> office{{QStringLiteral("Beata Lis"), QStringLiteral("Trenerka")},
                                {QStringLiteral("Anna Nowak"), QStringLiteral("Koordynatorka projektu")}};

int asked(const ScriptedPrompt& prompt)
{
    int count = 0;
    for (const ScriptedPrompt::Shown& s : prompt.shown) {
        count += s.kind == ScriptedPrompt::Kind::Choose && s.title == QStringLiteral("Who is working?") ? 1 : 0;
    }
    return count;
}

QString working(ui::MainWindow& window)
{
    return window.session()->db().workingPerson();
}

QString statusText(ui::MainWindow& window)
{
    return window.findChild<QToolButton*>(QStringLiteral("workingPerson"))->text();
}

// A main window asking through the real dialogs, with a project of two staff to open.
struct RealDialogs {
    QTemporaryDir dir;
    const QString path = projectWithStaff(dir, QStringLiteral("biuro.osiedle"), office);
    ui::AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    ui::DialogPrompt prompt{&settings};
    ui::MainWindow window{settings, prompt};

    RealDialogs() { window.show(); }
};

// The question as the program shows it, answered with a key once it is on screen.
struct Answer {
    QStringList items;
    QString offered;
    bool listed = false; ///< the choices in a list in sight, not a drop-down
    bool seen = false;
};

void answerWithKey(Answer& answer, Qt::Key key)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, &answer, key] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        answer.seen = true;
        answer.items = dialog->comboBoxItems();
        answer.offered = dialog->textValue();
        auto* list = dialog->findChild<QListView*>();
        answer.listed = list != nullptr && list->isVisible();
        QTest::keyClick(list != nullptr ? static_cast<QWidget*>(list) : dialog, key);
        poll->deleteLater();
    });
    poll->start(10);
}

} // namespace

TEST_CASE("Opening a project with office staff asks who is working; Enter takes the one offered",
          "[ui][history][person]")
{
    RealDialogs f;
    ui::MainWindow& window = f.window;
    Answer answer;
    answerWithKey(answer, Qt::Key_Return);
    REQUIRE(window.openFile(f.path));
    REQUIRE(QTest::qWaitFor([&] { return f.settings.workingPerson() == QStringLiteral("Anna Nowak"); }, 5000));
    CHECK(answer.seen);
    CHECK(answer.listed);
    // The staff in name order, the first offered, the system user last.
    CHECK(answer.items == QStringList{QStringLiteral("Anna Nowak, Koordynatorka projektu"),
                                      QStringLiteral("Beata Lis, Trenerka"),
                                      QStringLiteral("System user (%1)").arg(core::SystemUser::name())});
    CHECK(answer.offered == QStringLiteral("Anna Nowak, Koordynatorka projektu"));
    CHECK(working(window) == QStringLiteral("Anna Nowak"));
    CHECK(statusText(window) == QStringLiteral("Working: Anna Nowak"));
}

TEST_CASE("Escape keeps the system user working and the person remembered", "[ui][history][person]")
{
    RealDialogs f;
    ui::MainWindow& window = f.window;
    f.settings.setWorkingPerson(QStringLiteral("Zofia Kowal")); // of another project's staff
    Answer answer;
    answerWithKey(answer, Qt::Key_Escape);
    REQUIRE(window.openFile(f.path));
    REQUIRE(QTest::qWaitFor([&] { return answer.seen && QApplication::activeModalWidget() == nullptr; }, 5000));
    QCoreApplication::processEvents();
    CHECK(working(window) == core::SystemUser::name());
    CHECK(statusText(window) == QStringLiteral("Working: %1").arg(core::SystemUser::name()));
    CHECK(f.settings.workingPerson() == QStringLiteral("Zofia Kowal"));
}

TEST_CASE("Who is working is not asked when the person remembered is of the staff, or there is no staff",
          "[ui][history][person]")
{
    QTemporaryDir dir;
    const QString staffed = projectWithStaff(dir, QStringLiteral("biuro.osiedle"), office);
    const QString empty = projectWithStaff(dir, QStringLiteral("pusty.osiedle"), {});
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.show();

    SECTION("the person chosen is remembered, and the next opening does not ask")
    {
        prompt.chooseAnswers.enqueue(1);
        REQUIRE(window.openFile(staffed));
        QCoreApplication::processEvents();
        CHECK(asked(prompt) == 1);
        CHECK(working(window) == QStringLiteral("Beata Lis"));
        CHECK(settings.workingPerson() == QStringLiteral("Beata Lis"));

        REQUIRE(window.openFile(empty)); // no staff: not asked, the person remembered works
        QCoreApplication::processEvents();
        CHECK(asked(prompt) == 1);
        CHECK(working(window) == QStringLiteral("Beata Lis"));

        REQUIRE(window.openFile(staffed));
        QCoreApplication::processEvents();
        CHECK(asked(prompt) == 1);
        CHECK(working(window) == QStringLiteral("Beata Lis"));
    }
    SECTION("the system user chosen is asked about again at the next opening")
    {
        prompt.chooseAnswers.enqueue(2);
        REQUIRE(window.openFile(staffed));
        QCoreApplication::processEvents();
        CHECK(asked(prompt) == 1);
        CHECK(working(window) == core::SystemUser::name());
        CHECK(settings.workingPerson().isEmpty());
        REQUIRE(window.openFile(empty));
        REQUIRE(window.openFile(staffed));
        QCoreApplication::processEvents();
        CHECK(asked(prompt) == 2);
    }
}
