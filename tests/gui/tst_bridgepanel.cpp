// The Bridge panel and its action editor, in a live desktop run against the fakes, with the
// stand-in PowerShell (tests/fakes/powershell) as the host: edits go through the loader into
// bridge.json and back, bad input is refused with the loader's message and nothing is written,
// the switches reach the Bridge, Test runs an action on the stand-in, chat-triggered actions
// and cooldown refusals show in the activity, and the panel's and the tray's kill switch both
// disarm (and re-arming takes a second, conscious click).
#include "app/application.h"
#include "app/bridgeactionmodel.h"
#include "bridge/keycodes.h"
#include "bridgetestrig.h"
#include "desktopfixture.h"
#include "gui/bridgeactiondialog.h"
#include "gui/bridgeoptionsdialog.h"
#include "gui/bridgepanel.h"
#include "gui/trayicon.h"
#include "guitestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace chatvox;
using chatvox::test::BridgeRig;
using chatvox::test::DesktopFixture;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QPushButton *button(QObject *parent, const QString &name)
{
    return child<QPushButton>(parent, name);
}

void pickKey(QWidget *dialog, const QString &key)
{
    auto *combo = child<QComboBox>(dialog, u"keyCombo"_s);
    const int index = combo->findText(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

void typeInto(QWidget *dialog, const QString &edit, const QString &text)
{
    auto *line = child<QLineEdit>(dialog, edit);
    line->clear();
    QTest::keyClicks(line, text);
}

QStringList activityTexts(QListView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

QString FakePowerShellName()
{
    return QFileInfo(chatvox::test::FakePowerShell::program()).fileName();
}

} // namespace

class TestBridgePanel : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<BridgeRig> rig;
    std::unique_ptr<DesktopFixture> f;
    BridgePanel *panel = nullptr;

    Bridge *bridge() const { return f->bridge.get(); }

    BridgeActionDialog *openEditor(const QString &actionId)
    {
        if (actionId.isEmpty()) {
            button(panel, u"addButton"_s)->click();
        } else {
            panel->selectAction(actionId);
            if (panel->selectedActionId() != actionId)
                return nullptr;
            button(panel, u"editButton"_s)->click();
        }
        BridgeActionDialog *dialog = panel->actionDialog();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    static void clickSave(QDialog *dialog)
    {
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    }

private slots:
    void init()
    {
        Application::installTranslation(u"en"_s);
        rig = std::make_unique<BridgeRig>();
        f = std::make_unique<DesktopFixture>();
        f->bridgeOptions = rig->options();
        QVERIFY(f->start());
        QVERIFY(bridge());
        panel = f->window->findChild<BridgePanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->bridge(), bridge());
        f->window->showPanel(u"bridgePanel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bridge()->host()->state(), PowerShellHost::State::Ready, 10000);
    }

    void cleanup()
    {
        if (f)
            f->stop();
        f.reset();
        rig.reset();
        panel = nullptr;
    }

    void panelShowsStateFileAndHost()
    {
        auto *badge = child<QLabel>(panel, u"stateBadge"_s);
        QCOMPARE(badge->text(), u"ARMED"_s);
        QVERIFY(child<QCheckBox>(panel, u"enableCheck"_s)->isChecked());
        QVERIFY(child<QLabel>(panel, u"fileLabel"_s)
                    ->text()
                    .contains(QDir::toNativeSeparators(rig->configPath())));
        const QString host = child<QLabel>(panel, u"hostLabel"_s)->text();
        QVERIFY2(host.contains(u"ready"_s) && host.contains(FakePowerShellName()),
                 qPrintable(host));
        QCOMPARE(child<QTableView>(panel, u"actionsView"_s)->model()->rowCount(), 5);
        // Every control can be reached by Tab and has a name for screen readers.
        QCOMPARE(chatvox::test::controlsWithoutAccessibleName(panel), QStringList());
        for (QAbstractButton *b : panel->findChildren<QAbstractButton *>()) {
            if (b->isVisible())
                QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->objectName()));
        }
    }

    void addedActionIsWrittenAndLoadsBackIdentically()
    {
        BridgeActionDialog *dialog = openEditor(QString());
        QVERIFY(dialog);
        QCOMPARE(chatvox::test::controlsWithoutAccessibleName(dialog), QStringList());
        typeInto(dialog, u"idEdit"_s, u"spin"_s);
        // A sequence: "1", then the combo "Shift+2"; 60 ms each, 120 ms apart.
        pickKey(dialog, u"1"_s);
        button(dialog, u"addStepButton"_s)->click();
        pickKey(dialog, u"Shift"_s);
        button(dialog, u"addStepButton"_s)->click();
        pickKey(dialog, u"2"_s);
        button(dialog, u"addToStepButton"_s)->click();
        child<QSpinBox>(dialog, u"holdSpin"_s)->setValue(60);
        child<QSpinBox>(dialog, u"gapSpin"_s)->setValue(120);
        // A choice "fast": Ctrl+E held 250 ms.
        typeInto(dialog, u"choiceWordEdit"_s, u"Fast"_s);
        button(dialog, u"addChoiceButton"_s)->click();
        QCOMPARE(child<QListWidget>(dialog, u"entriesList"_s)->currentItem()->text(), u"fast"_s);
        pickKey(dialog, u"Ctrl"_s);
        button(dialog, u"addStepButton"_s)->click();
        pickKey(dialog, u"E"_s);
        button(dialog, u"addToStepButton"_s)->click();
        child<QSpinBox>(dialog, u"holdSpin"_s)->setValue(250);
        QCOMPARE(child<QListWidget>(dialog, u"stepsList"_s)->item(0)->text(), u"Ctrl+E"_s);
        // Triggers, permission, cooldowns.
        typeInto(dialog, u"commandEdit"_s, u"!spin"_s);
        button(dialog, u"addCommandButton"_s)->click();
        typeInto(dialog, u"rewardEdit"_s, u"Spin around"_s);
        button(dialog, u"addRewardButton"_s)->click();
        auto *permission = child<QComboBox>(dialog, u"permissionCombo"_s);
        permission->setCurrentIndex(permission->findData(u"subscriber"_s));
        child<QDoubleSpinBox>(dialog, u"userCooldownSpin"_s)->setValue(5);
        child<QDoubleSpinBox>(dialog, u"globalCooldownSpin"_s)->setValue(2.5);
        const Action edited = dialog->action();

        QSignalSpy configChanged(bridge(), &Bridge::configChanged);
        QSignalSpy finished(dialog, &QDialog::finished);
        clickSave(dialog);
        QCOMPARE(finished.count(), 1);
        QVERIFY(configChanged.count() > 0);

        // bridge.json holds it, the loader reads back exactly what the dialog described, and
        // the running bridge uses it.
        const Result<BridgeConfig> loaded = loadBridgeConfig(rig->configPath());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->actions.size(), 6);
        const Action *saved = loaded->action(u"spin");
        QVERIFY(saved);
        QVERIFY(*saved == edited);
        QVERIFY(loaded.value() == bridge()->config());
        QCOMPARE(saved->payload.steps.size(), 2);
        QCOMPARE(saved->payload.steps.at(1).names, (QStringList{u"Shift"_s, u"2"_s}));
        QCOMPARE(saved->payload.steps.at(1).holdMs, 60);
        QCOMPARE(saved->gapMs, 120);
        QCOMPARE(saved->choices.size(), 1);
        QCOMPARE(saved->choices.at(0).word, u"fast"_s);
        QCOMPARE(saved->choices.at(0).payload.steps.at(0).names, (QStringList{u"Ctrl"_s, u"E"_s}));
        QCOMPARE(saved->choices.at(0).payload.steps.at(0).holdMs, 250);
        QCOMPARE(saved->triggers.size(), 2);
        QCOMPARE(saved->triggers.at(0).command, u"!spin"_s);
        QCOMPARE(saved->triggers.at(1).reward, u"Spin around"_s);
        QCOMPARE(saved->permission, Permission::Subscriber);
        QCOMPARE(saved->userCooldownMs, 5000);
        QCOMPARE(saved->globalCooldownMs, 2500);
        // The other actions are untouched.
        const Result<BridgeConfig> example
            = parseBridgeConfig(chatvox::test::kBridgeExample, QFileInfo(rig->configPath()).path());
        QVERIFY(example);
        for (const Action &a : example->actions)
            QVERIFY2(*loaded->action(a.id) == a, qPrintable(a.id));
        // The table shows it, selected.
        QTRY_COMPARE(panel->selectedActionId(), u"spin"_s);
    }

    void editedActionIsWrittenAndLoadsBackIdentically()
    {
        BridgeActionDialog *dialog = openEditor(u"move"_s);
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, u"idEdit"_s)->text(), u"move"_s);
        auto *entries = child<QListWidget>(dialog, u"entriesList"_s);
        QCOMPARE(entries->count(), 5); // without a word, back, forward, left, right
        // "back" (S, 25 ms) becomes S then Space, 30 ms; "left" goes; the id changes.
        entries->setCurrentRow(1);
        QCOMPARE(entries->currentItem()->text(), u"back"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"holdSpin"_s)->value(), 25);
        pickKey(dialog, u"Space"_s);
        button(dialog, u"addStepButton"_s)->click();
        child<QSpinBox>(dialog, u"holdSpin"_s)->setValue(30);
        entries->setCurrentRow(3);
        QCOMPARE(entries->currentItem()->text(), u"left"_s);
        button(dialog, u"removeChoiceButton"_s)->click();
        typeInto(dialog, u"idEdit"_s, u"walk"_s);
        const Action edited = dialog->action();
        clickSave(dialog);
        QVERIFY(!dialog->isVisible() || dialog->errorText().isEmpty());

        const Result<BridgeConfig> loaded = loadBridgeConfig(rig->configPath());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QVERIFY(!loaded->action(u"move"));
        const Action *walk = loaded->action(u"walk");
        QVERIFY(walk);
        QVERIFY(*walk == edited);
        QVERIFY(loaded.value() == bridge()->config());
        QCOMPARE(loaded->actions.indexOf(*walk), 2); // in the place of "move"
        QCOMPARE(walk->choices.size(), 3);
        QCOMPARE(walk->choice(u"back")->payload.steps.size(), 2);
        QCOMPARE(walk->choice(u"back")->payload.steps.at(1).names, QStringList{u"Space"_s});
        QCOMPARE(walk->choice(u"back")->payload.steps.at(1).holdMs, 30);
        QVERIFY(!walk->choice(u"left"));
        QCOMPARE(walk->triggers.size(), 1);
        QCOMPARE(walk->triggers.at(0).command, u"!move"_s);
    }

    void invalidInputIsRefusedWithTheLoadersMessage_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("withKey");
        QTest::newRow("kept command") << u"stopper"_s << u"!stop"_s << true;
        QTest::newRow("id used twice") << u"jump"_s << u"!hop"_s << true;
        QTest::newRow("trigger used twice") << u"hop"_s << u"!JUMP"_s << true;
        QTest::newRow("two words") << u"hop"_s << u"!hop now"_s << true;
        QTest::newRow("no keys") << u"hop"_s << u"!hop"_s << false;
        QTest::newRow("no name") << QString() << u"!hop"_s << true;
        QTest::newRow("no trigger") << u"hop"_s << QString() << true;
    }

    void invalidInputIsRefusedWithTheLoadersMessage()
    {
        QFETCH(QString, id);
        QFETCH(QString, command);
        QFETCH(bool, withKey);
        const QByteArray before = rig->configBytes();
        const BridgeConfig configBefore = bridge()->config();

        BridgeActionDialog *dialog = openEditor(QString());
        QVERIFY(dialog);
        typeInto(dialog, u"idEdit"_s, id);
        if (withKey) {
            pickKey(dialog, u"H"_s);
            button(dialog, u"addStepButton"_s)->click();
        }
        if (!command.isEmpty()) {
            typeInto(dialog, u"commandEdit"_s, command);
            button(dialog, u"addCommandButton"_s)->click();
        }
        // What the loader says about bridge.json with this action in it.
        BridgeConfig config = bridge()->config();
        config.actions << dialog->action();
        const QString baseDir = QFileInfo(rig->configPath()).absolutePath();
        const Result<BridgeConfig> checked
            = parseBridgeConfig(bridgeConfigToJson(config, baseDir), baseDir);
        QVERIFY(!checked);

        clickSave(dialog);
        QVERIFY(dialog->isVisible()); // stays open to be fixed
        QVERIFY2(dialog->errorText().contains(checked.error()),
                 qPrintable(dialog->errorText() + u" | "_s + checked.error()));
        QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->isVisible());
        QCOMPARE(rig->configBytes(), before); // nothing written
        QVERIFY(bridge()->config() == configBefore);
        QVERIFY(bridge()->isArmed()); // and nothing disarmed

        // Cancel leaves everything as it was.
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->click();
        QTRY_VERIFY(!panel->actionDialog());
        QCOMPARE(rig->configBytes(), before);
    }

    void optionsAreSavedAndBadOnesRefused()
    {
        button(panel, u"optionsButton"_s)->click();
        BridgeOptionsDialog *dialog = panel->optionsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(chatvox::test::controlsWithoutAccessibleName(dialog), QStringList());
        // A scripts folder without the script an action uses: refused, nothing written.
        const QByteArray before = rig->configBytes();
        child<QLineEdit>(dialog, u"scriptsEdit"_s)->setText(u"elsewhere"_s);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(u"lights.ps1"_s), qPrintable(dialog->errorText()));
        QCOMPARE(rig->configBytes(), before);
        // Good values are written and used.
        child<QLineEdit>(dialog, u"scriptsEdit"_s)->setText(rig->scriptsFolder());
        child<QSpinBox>(dialog, u"rateActionsSpin"_s)->setValue(7);
        child<QSpinBox>(dialog, u"queueSpin"_s)->setValue(25);
        clickSave(dialog);
        QTRY_VERIFY(!panel->optionsDialog());
        const Result<BridgeConfig> loaded = loadBridgeConfig(rig->configPath());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->rateCapActions, 7);
        QCOMPARE(loaded->queueLimit, 25);
        QCOMPARE(bridge()->config().queueLimit, 25);
    }

    void switchesReachTheBridge()
    {
        auto *arm = button(panel, u"armButton"_s);
        auto *badge = child<QLabel>(panel, u"stateBadge"_s);
        QVERIFY(bridge()->isArmed());
        QCOMPARE(arm->text(), u"Dis&arm"_s);
        arm->click();
        QVERIFY(!bridge()->isArmed());
        QCOMPARE(badge->text(), u"DISARMED"_s);
        QCOMPARE(arm->text(), u"&Arm"_s);
        arm->click(); // no kill switch: arms at once
        QVERIFY(bridge()->isArmed());
        QCOMPARE(badge->text(), u"ARMED"_s);
        // Disarmed from elsewhere (a moderator's !bridge off): the panel follows.
        bridge()->setArmed(false);
        QCOMPARE(badge->text(), u"DISARMED"_s);
        bridge()->setArmed(true);

        // Mode, live.
        auto *mode = child<QComboBox>(panel, u"modeCombo"_s);
        QVERIFY(QMetaObject::invokeMethod(mode, "activated", Q_ARG(int, 1)));
        QCOMPARE(bridge()->mode(), Bridge::Mode::Democracy);
        bridge()->setMode(Bridge::Mode::Anarchy);
        QCOMPARE(mode->currentIndex(), 0);
        // The vote window is saved in bridge.json.
        auto *vote = child<QDoubleSpinBox>(panel, u"voteSpin"_s);
        vote->setValue(25);
        QVERIFY(QMetaObject::invokeMethod(vote, "editingFinished"));
        QCOMPARE(loadBridgeConfig(rig->configPath())->voteWindowMs, 25000);
        QCOMPARE(bridge()->config().voteWindowMs, 25000);

        // Off in bridge.json: nothing can be armed; on again: armed.
        auto *enable = child<QCheckBox>(panel, u"enableCheck"_s);
        enable->click();
        QVERIFY(!loadBridgeConfig(rig->configPath())->enabled);
        QVERIFY(!bridge()->isEnabled());
        QVERIFY(!bridge()->isArmed());
        QCOMPARE(badge->text(), u"OFF"_s);
        QVERIFY(!arm->isEnabled());
        QVERIFY(!button(panel, u"testButton"_s)->isEnabled());
        enable->click();
        QVERIFY(loadBridgeConfig(rig->configPath())->enabled);
        QVERIFY(bridge()->isArmed());
        QCOMPARE(badge->text(), u"ARMED"_s);
    }

    void testRunsTheActionOnTheStandIn()
    {
        bridge()->setArmed(false); // a test runs while disarmed too
        QTRY_COMPARE_WITH_TIMEOUT(bridge()->host()->state(), PowerShellHost::State::Ready, 10000);
        panel->selectAction(u"move"_s);
        auto *choice = child<QComboBox>(panel, u"testChoiceCombo"_s);
        QCOMPARE(choice->count(), 4); // back, forward, left, right (no bare "!move")
        choice->setCurrentIndex(choice->findData(u"right"_s));
        QSignalSpy finished(bridge(), &Bridge::actionFinished);
        auto *test = button(panel, u"testButton"_s);
        QVERIFY(test->isEnabled());
        test->click();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(0).value<TriggeredAction>().actionId, u"move"_s);

        // The stand-in got one keys request: D (scan code 0x20), held 40 ms.
        QList<QJsonObject> keys;
        for (const QJsonObject &r : rig->fake().requests()) {
            if (r.value(u"op").toString() == u"keys")
                keys << r;
        }
        QCOMPARE(keys.size(), 1);
        const QJsonArray steps = keys.at(0).value(u"steps").toArray();
        QCOMPARE(steps.size(), 1);
        const QJsonObject step = steps.at(0).toObject();
        const QJsonArray pressed = step.value(u"keys").toArray();
        QCOMPARE(pressed.size(), 1);
        QCOMPARE(pressed.at(0).toObject().value(u"scan").toInt(),
                 int(scanKeyForName(u"D")->scanCode));
        QCOMPARE(step.value(u"holdMs").toInt(), 40);
        QVERIFY(!bridge()->isArmed());

        auto *activity = child<QListView>(panel, u"activityView"_s);
        QTRY_VERIFY(activityTexts(activity).filter(u"Test run of move right"_s).size() == 1);
        QTRY_VERIFY(activityTexts(activity).filter(u"move right done"_s).size() == 1);
    }

    void activityShowsChatActionsAndCooldowns()
    {
        auto *activity = child<QListView>(panel, u"activityView"_s);
        QSignalSpy fired(bridge(), &Bridge::actionFired);
        f->chat(u"kenji_plays"_s, u"!jump"_s);
        QVERIFY(fired.wait(10000));
        f->chat(u"kenji_plays"_s, u"!jump"_s); // within the cooldowns (1 s for all, 5 s each)
        QTRY_VERIFY_WITH_TIMEOUT(activityTexts(activity).filter(u"cooling down"_s).size() == 1,
                                 10000);
        const QStringList texts = activityTexts(activity);
        QVERIFY2(texts.filter(u"kenji_plays triggered jump"_s).size() == 1,
                 qPrintable(texts.join(u'\n')));
        // Each line starts with the time; the refusal is in the warning colour.
        const QAbstractItemModel *model = activity->model();
        int rejected = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0)
                    .data(BridgeActivityModel::ReasonRole)
                    .toString()
                    .endsWith(u"_cooldown"_s))
                rejected = row;
        }
        QVERIFY(rejected >= 0);
        QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d:\\d\\d  "_s)
                    .match(model->index(rejected, 0).data().toString())
                    .hasMatch());
        QVERIFY(model->index(rejected, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model->index(rejected, 0).data(BridgeActivityModel::LoginRole).toString(),
                 u"kenji_plays"_s);
        // A viewer below the action's rank is refused, and it shows.
        f->chat(u"lurker"_s, u"!dive"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            activityTexts(activity).filter(u"lurker may not use dive"_s).size() == 1, 10000);
    }

    void killSwitchesDisarmAndRearmTakesASecondClick()
    {
        auto *badge = child<QLabel>(panel, u"stateBadge"_s);
        auto *arm = button(panel, u"armButton"_s);
        auto *rearm = child<QFrame>(panel, u"rearmFrame"_s);
        QSignalSpy engaged(f->pipeline.get(), &Pipeline::killSwitchEngaged);

        // The panel's kill switch.
        button(panel, u"killSwitchButton"_s)->click();
        QCOMPARE(engaged.count(), 1);
        QVERIFY(!bridge()->isArmed());
        QVERIFY(bridge()->isKillSwitchLatched());
        QCOMPARE(badge->text(), u"DISARMED: KILL SWITCH"_s);
        QTRY_VERIFY(!bridge()->host()->isRunning());
        // Arm once: only the question; the bridge stays disarmed.
        arm->click();
        QVERIFY(rearm->isVisible());
        QVERIFY(!bridge()->isArmed());
        button(panel, u"rearmCancelButton"_s)->click();
        QVERIFY(!rearm->isVisible());
        QVERIFY(!bridge()->isArmed());
        arm->click();
        button(panel, u"rearmConfirmButton"_s)->click();
        QVERIFY(bridge()->isArmed());
        QVERIFY(!bridge()->isKillSwitchLatched());
        QCOMPARE(badge->text(), u"ARMED"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bridge()->host()->state(), PowerShellHost::State::Ready, 10000);

        // The tray's kill switch.
        TrayIcon tray(
            DesktopContext{f->settings.get(), f->pipeline.get(), f->status.get(), f->log.get()},
            f->window.get());
        QAction *kill = nullptr;
        for (QAction *a : tray.menu()->actions()) {
            if (a->text() == u"&Kill switch")
                kill = a;
        }
        QVERIFY(kill);
        kill->trigger();
        QCOMPARE(engaged.count(), 2);
        QVERIFY(!bridge()->isArmed());
        QCOMPARE(badge->text(), u"DISARMED: KILL SWITCH"_s);
        // A moderator cannot undo it; the streamer's panel can.
        f->irc->sendToChannel(DesktopFixture::channel,
                              FakeTwitchIrc::privmsgLine(DesktopFixture::channel, u"mod_person"_s,
                                                         u"!bridge on"_s, u"mod-msg-1"_s,
                                                         "badges=moderator/1;mod=1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            bridge()->activity()->rowCount() > 0
                && bridge()->activity()->entry(bridge()->activity()->rowCount() - 1).reason
                    == u"kill_switch_latched"_s,
            10000);
        QVERIFY(!bridge()->isArmed());
        arm->click();
        button(panel, u"rearmConfirmButton"_s)->click();
        QVERIFY(bridge()->isArmed());
        QCOMPARE(badge->text(), u"ARMED"_s);
    }

    void removeAsksAndWrites()
    {
        panel->selectAction(u"dance"_s);
        const QByteArray before = rig->configBytes();
        button(panel, u"removeButton"_s)->click();
        auto *question = panel->findChild<QMessageBox *>(u"removeQuestion"_s);
        QVERIFY(question);
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(rig->configBytes(), before);
        button(panel, u"removeButton"_s)->click();
        QTRY_VERIFY(panel->findChild<QMessageBox *>(u"removeQuestion"_s));
        panel->findChild<QMessageBox *>(u"removeQuestion"_s)->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!bridge()->config().action(u"dance"));
        QVERIFY(!loadBridgeConfig(rig->configPath())->action(u"dance"));
        QCOMPARE(loadBridgeConfig(rig->configPath())->actions.size(), 4);
    }

    void badFileIsNeverWrittenOver()
    {
        const QByteArray broken = "{\"enabled\": true, \"actions\": [{\"id\": \"jump\", "
                                  "\"kind\": \"keys\", \"keys\": [\"Spcae\"], "
                                  "\"triggers\": [{\"command\": \"!jump\"}]}]}";
        QVERIFY(BridgeRig::write(rig->configPath(), broken));
        button(panel, u"reloadButton"_s)->click();
        QVERIFY(!bridge()->loadProblem().isEmpty());
        QCOMPARE(child<QLabel>(panel, u"stateBadge"_s)->text(), u"OFF: BAD FILE"_s);
        QVERIFY(child<QLabel>(panel, u"statusLabel"_s)->text().contains(u"Spcae"_s));
        QVERIFY(!button(panel, u"addButton"_s)->isEnabled());
        QVERIFY(!child<QCheckBox>(panel, u"enableCheck"_s)->isEnabled());
        panel->editAction(QString());
        QVERIFY(!panel->actionDialog());
        QCOMPARE(rig->configBytes(), broken);
    }

    void hostProblemIsShownWithItsFix_data()
    {
        QTest::addColumn<bool>("wsl");
        QTest::newRow("WSL interop off") << true;
        QTest::newRow("no PowerShell") << false;
    }

    // PowerShell as a user would have it (no --powershell): what stops it, and the fix.
    void hostProblemIsShownWithItsFix()
    {
        QFETCH(bool, wsl);
        f->stop();
        f = std::make_unique<DesktopFixture>();
        Bridge::Options o = rig->options();
        o.launch.powershellOverride.clear();
        WslEnvironment environment;
        environment.isWsl = wsl;
        environment.interop = WslEnvironment::Interop::DisabledInConfig;
        o.launch.wsl = environment;
        o.launch.environment.insert(u"PATH"_s, rig->scriptsFolder()); // no PowerShell there
        f->bridgeOptions = o;
        QVERIFY(f->start());
        panel = f->window->findChild<BridgePanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(!bridge()->hostProblem().isEmpty());
        const QString host = child<QLabel>(panel, u"hostLabel"_s)->text();
        QVERIFY2(host.contains(bridge()->hostProblem()), qPrintable(host));
        if (wsl) {
            QVERIFY(host.contains(wslInteropProblem(environment)));
            QVERIFY(host.contains(u"/etc/wsl.conf"_s)); // the fix
            QVERIFY(host.contains(u"wsl --shutdown"_s));
        } else {
            QVERIFY2(host.contains(u"--powershell"_s), qPrintable(host));
        }
        // Shown as a problem, not as a state.
        QCOMPARE(child<QLabel>(panel, u"hostLabel"_s)->palette().color(QPalette::WindowText),
                 QColor(0xdc, 0x26, 0x26));
    }

    void japanese()
    {
        Application::installTranslation(u"ja"_s);
        QCoreApplication::processEvents();
        QCOMPARE(panel->windowTitle(), u"ブリッジ"_s);
        QVERIFY(!child<QLabel>(panel, u"stateBadge"_s)->text().contains(u"ARMED"_s));
        QVERIFY(!button(panel, u"addButton"_s)->text().contains(u"Add"_s));
        BridgeActionDialog *dialog = openEditor(u"jump"_s);
        QVERIFY(dialog);
        QVERIFY(!child<QComboBox>(dialog, u"kindCombo"_s)->currentText().contains(u"keys"_s));
        dialog->reject();
        Application::installTranslation(u"en"_s);
    }
};

CHATVOX_WIDGET_TEST_MAIN(TestBridgePanel)
#include "tst_bridgepanel.moc"
