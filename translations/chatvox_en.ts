<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPanel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch account</translation>
    </message>
    <message>
        <source>Login state light</source>
        <translation>Login state light</translation>
    </message>
    <message>
        <source>Login state</source>
        <translation>Login state</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>Account message</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>Token valid until:</translation>
    </message>
    <message>
        <source>Token valid until</source>
        <translation>Token valid until</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Kept in:</translation>
    </message>
    <message>
        <source>Where the login is kept</source>
        <translation>Where the login is kept</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Keychain warning</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>&amp;Log in with Twitch…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Revokes the token at Twitch and deletes it from this computer</source>
        <translation>Revokes the token at Twitch and deletes it from this computer</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Chat connection light</source>
        <translation>Chat connection light</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Chat connection</source>
        <translation>Chat connection</translation>
    </message>
    <message>
        <source>Channel points connection light</source>
        <translation>Channel points connection light</translation>
    </message>
    <message>
        <source>Channel points:</source>
        <translation>Channel points:</translation>
    </message>
    <message>
        <source>Channel points connection</source>
        <translation>Channel points connection</translation>
    </message>
    <message>
        <source>Reading chat needs no login. Log in to have channel-point redemptions read aloud (and sent to the viewer-input bridge) and to let ChatVox answer !voice in chat. ChatVox never sees your password: you approve it on twitch.tv.</source>
        <translation>Reading chat needs no login. Log in to have channel-point redemptions read aloud (and sent to the viewer-input bridge) and to let ChatVox answer !voice in chat. ChatVox never sees your password: you approve it on twitch.tv.</translation>
    </message>
</context>
<context>
    <name>AccountSettingsPage</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Twitch application (Client ID)</source>
        <translation>Twitch application (Client ID)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>the Client ID of your Twitch application</source>
        <translation>the Client ID of your Twitch application</translation>
    </message>
    <message>
        <source>About the Client ID</source>
        <translation>About the Client ID</translation>
    </message>
    <message>
        <source>Channel points</source>
        <translation>Channel points</translation>
    </message>
    <message>
        <source>&amp;Read channel-point redemptions aloud</source>
        <translation>&amp;Read channel-point redemptions aloud</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>Read &amp;as:</translation>
    </message>
    <message>
        <source>{user}, {reward} and {input} are filled in; empty: the default sentence</source>
        <translation>{user}, {reward} and {input} are filled in; empty: the default sentence</translation>
    </message>
    <message>
        <source>Needs a login. Redemptions go through the same filters as chat, and reach the viewer-input bridge either way.</source>
        <translation>Needs a login. Redemptions go through the same filters as chat, and reach the viewer-input bridge either way.</translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>Login state light</source>
        <translation>Login state light</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch account</translation>
    </message>
    <message>
        <source>Account note</source>
        <translation>Account note</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>&amp;Log in with Twitch…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Revokes the token at Twitch and deletes it from this computer</source>
        <translation>Revokes the token at Twitch and deletes it from this computer</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Shows the Account panel</source>
        <translation>Shows the Account panel</translation>
    </message>
</context>
<context>
    <name>BridgeActionDialog</name>
    <message>
        <source>Bridge action</source>
        <translation>Bridge action</translation>
    </message>
    <message>
        <source>Action &amp;name:</source>
        <translation>Action &amp;name:</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>jump</translation>
    </message>
    <message>
        <source>Letters a-z, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;; shown in the activity and used by the Test button</source>
        <translation>Letters a-z, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;; shown in the activity and used by the Test button</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Gap between steps:</source>
        <translation>&amp;Gap between steps:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The pause between two steps of a sequence</source>
        <translation>The pause between two steps of a sequence</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>&amp;Script:</translation>
    </message>
    <message>
        <source>A .ps1 file of the scripts folder</source>
        <translation>A .ps1 file of the scripts folder</translation>
    </message>
    <message>
        <source>Open scripts &amp;folder</source>
        <translation>Open scripts &amp;folder</translation>
    </message>
    <message>
        <source>Put your .ps1 scripts into this folder; only scripts from it can run</source>
        <translation>Put your .ps1 scripts into this folder; only scripts from it can run</translation>
    </message>
    <message>
        <source>Look for scripts again</source>
        <translation>Look for scripts again</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Time &amp;limit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The script is stopped when it runs longer</source>
        <translation>The script is stopped when it runs longer</translation>
    </message>
    <message>
        <source>Scripts folder</source>
        <translation>Scripts folder</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>&amp;Runs for:</source>
        <translation>&amp;Runs for:</translation>
    </message>
    <message>
        <source>Runs for</source>
        <translation>Runs for</translation>
    </message>
    <message>
        <source>Without a word: &quot;!jump&quot;. With a choice word: &quot;!move left&quot;. A viewer word that is not listed does nothing.</source>
        <translation>Without a word: &quot;!jump&quot;. With a choice word: &quot;!move left&quot;. A viewer word that is not listed does nothing.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>New choice word</source>
        <translation>New choice word</translation>
    </message>
    <message>
        <source>One word of 1 to 32 characters that viewers type after the command</source>
        <translation>One word of 1 to 32 characters that viewers type after the command</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>Add &amp;choice</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected choice</source>
        <translation>Remove the selected choice</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <source>Key steps, one after another (keys joined by + are pressed together):</source>
        <translation>Key steps, one after another (keys joined by + are pressed together):</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>Key steps</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>Ke&amp;y:</translation>
    </message>
    <message>
        <source>The keys ChatVox can press (scan codes, which games read)</source>
        <translation>The keys ChatVox can press (scan codes, which games read)</translation>
    </message>
    <message>
        <source>Add as ne&amp;w step</source>
        <translation>Add as ne&amp;w step</translation>
    </message>
    <message>
        <source>Press &amp;together</source>
        <translation>Press &amp;together</translation>
    </message>
    <message>
        <source>Add the key to the selected step: the keys of a step are held together (a combo, e.g. Ctrl+Shift+Esc)</source>
        <translation>Add the key to the selected step: the keys of a step are held together (a combo, e.g. Ctrl+Shift+Esc)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Move the selected step up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Move the selected step down</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Remove the selected step</translation>
    </message>
    <message>
        <source>H&amp;old each step:</source>
        <translation>H&amp;old each step:</translation>
    </message>
    <message>
        <source>How long each step is held down (at most 5 s)</source>
        <translation>How long each step is held down (at most 5 s)</translation>
    </message>
    <message>
        <source>&amp;Arguments, one per line (passed as plain text):</source>
        <translation>&amp;Arguments, one per line (passed as plain text):</translation>
    </message>
    <message>
        <source>Fixed arguments of the script; viewers&apos; text never reaches it</source>
        <translation>Fixed arguments of the script; viewers&apos; text never reaches it</translation>
    </message>
    <message>
        <source>The command w&amp;ithout a choice runs the script too</source>
        <translation>The command w&amp;ithout a choice runs the script too</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>!jump</source>
        <translation>!jump</translation>
    </message>
    <message>
        <source>New chat command</source>
        <translation>New chat command</translation>
    </message>
    <message>
        <source>The first word of a chat message, any case; a second word picks the choice</source>
        <translation>The first word of a chat message, any case; a second word picks the choice</translation>
    </message>
    <message>
        <source>Add chat co&amp;mmand</source>
        <translation>Add chat co&amp;mmand</translation>
    </message>
    <message>
        <source>Jump!</source>
        <translation>Jump!</translation>
    </message>
    <message>
        <source>New channel-point reward</source>
        <translation>New channel-point reward</translation>
    </message>
    <message>
        <source>The reward&apos;s title (or id) as on Twitch; its text, if any, picks the choice. Needs the Twitch login.</source>
        <translation>The reward&apos;s title (or id) as on Twitch; its text, if any, picks the choice. Needs the Twitch login.</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>Add reward</translation>
    </message>
    <message>
        <source>Add a channel-point reward as a trigger</source>
        <translation>Add a channel-point reward as a trigger</translation>
    </message>
    <message>
        <source>Remove the selected trigger</source>
        <translation>Remove the selected trigger</translation>
    </message>
    <message>
        <source>Remove trigger</source>
        <translation>Remove trigger</translation>
    </message>
    <message>
        <source>Who and how often</source>
        <translation>Who and how often</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permission:</translation>
    </message>
    <message>
        <source>A higher rank may use what a lower one may. Channel-point rewards are paid for, so they skip this check.</source>
        <translation>A higher rank may use what a lower one may. Channel-point rewards are paid for, so they skip this check.</translation>
    </message>
    <message>
        <source>Cooldown per &amp;viewer:</source>
        <translation>Cooldown per &amp;viewer:</translation>
    </message>
    <message>
        <source>How long one viewer waits before using it again</source>
        <translation>How long one viewer waits before using it again</translation>
    </message>
    <message>
        <source>Cooldown for &amp;everyone:</source>
        <translation>Cooldown for &amp;everyone:</translation>
    </message>
    <message>
        <source>How long everyone waits after it ran</source>
        <translation>How long everyone waits after it ran</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What this entry is</source>
        <translation>What this entry is</translation>
    </message>
</context>
<context>
    <name>BridgeOptionsDialog</name>
    <message>
        <source>Bridge options</source>
        <translation>Bridge options</translation>
    </message>
    <message>
        <source>&amp;PowerShell:</source>
        <translation>&amp;PowerShell:</translation>
    </message>
    <message>
        <source>Which PowerShell runs the actions</source>
        <translation>Which PowerShell runs the actions</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rogram:</translation>
    </message>
    <message>
        <source>The full path of the PowerShell program</source>
        <translation>The full path of the PowerShell program</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the PowerShell program</source>
        <translation>Browse for the PowerShell program</translation>
    </message>
    <message>
        <source>&amp;Scripts folder:</source>
        <translation>&amp;Scripts folder:</translation>
    </message>
    <message>
        <source>The only folder scripts are taken from</source>
        <translation>The only folder scripts are taken from</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Browse for the scripts folder</source>
        <translation>Browse for the scripts folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the scripts folder</source>
        <translation>Open the scripts folder</translation>
    </message>
    <message>
        <source>&amp;Rate cap:</source>
        <translation>&amp;Rate cap:</translation>
    </message>
    <message>
        <source> actions</source>
        <translation> actions</translation>
    </message>
    <message>
        <source>Rate cap: actions</source>
        <translation>Rate cap: actions</translation>
    </message>
    <message>
        <source>At most this many actions, all viewers together …</source>
        <translation>At most this many actions, all viewers together …</translation>
    </message>
    <message>
        <source>per</source>
        <translation>per</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rate cap: seconds</source>
        <translation>Rate cap: seconds</translation>
    </message>
    <message>
        <source>… per this many seconds; more wait in the queue</source>
        <translation>… per this many seconds; more wait in the queue</translation>
    </message>
    <message>
        <source>&amp;Queue limit:</source>
        <translation>&amp;Queue limit:</translation>
    </message>
    <message>
        <source>Waiting actions beyond this drop the oldest</source>
        <translation>Waiting actions beyond this drop the oldest</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>BridgePanel</name>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>T&amp;urn on the viewer-input bridge</source>
        <translation>T&amp;urn on the viewer-input bridge</translation>
    </message>
    <message>
        <source>Saved in bridge.json (&quot;enabled&quot;). When it is on, ChatVox starts with the bridge armed.</source>
        <translation>Saved in bridge.json (&quot;enabled&quot;). When it is on, ChatVox starts with the bridge armed.</translation>
    </message>
    <message>
        <source>Bridge state</source>
        <translation>Bridge state</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Arm</translation>
    </message>
    <message>
        <source>Arm: viewers&apos; commands and rewards run their actions. Disarm: they do nothing.</source>
        <translation>Arm: viewers&apos; commands and rewards run their actions. Disarm: they do nothing.</translation>
    </message>
    <message>
        <source>&amp;Kill switch</source>
        <translation>&amp;Kill switch</translation>
    </message>
    <message>
        <source>Stops the running action at once, releases held keys, drops what is waiting, silences speech, and keeps the bridge disarmed until you arm it again.</source>
        <translation>Stops the running action at once, releases held keys, drops what is waiting, silences speech, and keeps the bridge disarmed until you arm it again.</translation>
    </message>
    <message>
        <source>The kill switch disarmed the bridge. Check your game first, then arm it again.</source>
        <translation>The kill switch disarmed the bridge. Check your game first, then arm it again.</translation>
    </message>
    <message>
        <source>Re-arm question</source>
        <translation>Re-arm question</translation>
    </message>
    <message>
        <source>Arm a&amp;gain</source>
        <translation>Arm a&amp;gain</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Switches at once, like a moderator&apos;s !bridge anarchy or !bridge democracy.</source>
        <translation>Switches at once, like a moderator&apos;s !bridge anarchy or !bridge democracy.</translation>
    </message>
    <message>
        <source>&amp;Vote window:</source>
        <translation>&amp;Vote window:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Democracy: the vote opens with the first vote and closes after this long; the most voted action runs. Saved in bridge.json.</source>
        <translation>Democracy: the vote opens with the first vote and closes after this long; the most voted action runs. Saved in bridge.json.</translation>
    </message>
    <message>
        <source>Bridge status</source>
        <translation>Bridge status</translation>
    </message>
    <message>
        <source>PowerShell status</source>
        <translation>PowerShell status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>Edit the selected action</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected action from bridge.json</source>
        <translation>Remove the selected action from bridge.json</translation>
    </message>
    <message>
        <source>C&amp;hoice:</source>
        <translation>C&amp;hoice:</translation>
    </message>
    <message>
        <source>Which choice of the action the test runs</source>
        <translation>Which choice of the action the test runs</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</source>
        <translation>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Bridge activity</source>
        <translation>Bridge activity</translation>
    </message>
    <message>
        <source>Who triggered what, cooldowns, refusals and failures.</source>
        <translation>Who triggered what, cooldowns, refusals and failures.</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>Activity note</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Clear the activity list</source>
        <translation>Clear the activity list</translation>
    </message>
    <message>
        <source>bridge.json location</source>
        <translation>bridge.json location</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Open the folder that holds bridge.json and the scripts folder</source>
        <translation>Open the folder that holds bridge.json and the scripts folder</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>Read bridge.json again (after you edited it by hand)</source>
        <translation>Read bridge.json again (after you edited it by hand)</translation>
    </message>
    <message>
        <source>O&amp;ptions…</source>
        <translation>O&amp;ptions…</translation>
    </message>
    <message>
        <source>PowerShell, scripts folder, rate cap and queue</source>
        <translation>PowerShell, scripts folder, rate cap and queue</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>your Twitch channel name</translation>
    </message>
    <message>
        <source>The Twitch channel whose chat is read aloud. No login is needed.</source>
        <translation>The Twitch channel whose chat is read aloud. No login is needed.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Read</translation>
    </message>
    <message>
        <source>Start reading this channel</source>
        <translation>Start reading this channel</translation>
    </message>
    <message>
        <source>Connection state light</source>
        <translation>Connection state light</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Connection state</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>This session</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Read:</translation>
    </message>
    <message>
        <source>Messages read</source>
        <translation>Messages read</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Skipped:</translation>
    </message>
    <message>
        <source>Messages skipped</source>
        <translation>Messages skipped</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages waiting</translation>
    </message>
    <message>
        <source>Removed by mods:</source>
        <translation>Removed by mods:</translation>
    </message>
    <message>
        <source>Messages removed by moderators</source>
        <translation>Messages removed by moderators</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch account</translation>
    </message>
    <message>
        <source>Reading anonymously: no login is needed to read a channel&apos;s chat. Logging in (for channel points) comes in a later version.</source>
        <translation>Reading anonymously: no login is needed to read a channel&apos;s chat. Logging in (for channel points) comes in a later version.</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>&amp;Log in with Twitch…</translation>
    </message>
    <message>
        <source>Not available in this version</source>
        <translation>Not available in this version</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Live preview</translation>
    </message>
    <message>
        <source>Vie&amp;wer:</source>
        <translation>Vie&amp;wer:</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>C&amp;hat line:</source>
        <translation>C&amp;hat line:</translation>
    </message>
    <message>
        <source>type or paste a chat line</source>
        <translation>type or paste a chat line</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Preview result</source>
        <translation>Preview result</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Length &amp;limit:</source>
        <translation>Length &amp;limit:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = no limit</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>Longer &amp;messages:</source>
        <translation>Longer &amp;messages:</translation>
    </message>
    <message>
        <source>Cut and add the suffix</source>
        <translation>Cut and add the suffix</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Skip them</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>Su&amp;ffix:</translation>
    </message>
    <message>
        <source>Repeated &amp;characters:</source>
        <translation>Repeated &amp;characters:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Runs of one character longer than this are shortened (ｗｗｗｗｗ → ｗｗｗ)</source>
        <translation>Runs of one character longer than this are shortened (ｗｗｗｗｗ → ｗｗｗ)</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>Content and users</source>
        <translation>Content and users</translation>
    </message>
    <message>
        <source>Leave out &amp;emotes</source>
        <translation>Leave out &amp;emotes</translation>
    </message>
    <message>
        <source>Read &amp;URLs as:</source>
        <translation>Read &amp;URLs as:</translation>
    </message>
    <message>
        <source>URL replacement</source>
        <translation>URL replacement</translation>
    </message>
    <message>
        <source>Skip c&amp;ommands starting with:</source>
        <translation>Skip c&amp;ommands starting with:</translation>
    </message>
    <message>
        <source>Command prefixes</source>
        <translation>Command prefixes</translation>
    </message>
    <message>
        <source>Prefixes separated by spaces, e.g. ! or !  ?</source>
        <translation>Prefixes separated by spaces, e.g. ! or !  ?</translation>
    </message>
    <message>
        <source>Ignore &amp;bots:</source>
        <translation>Ignore &amp;bots:</translation>
    </message>
    <message>
        <source>Known bots</source>
        <translation>Known bots</translation>
    </message>
    <message>
        <source>Logins separated by commas</source>
        <translation>Logins separated by commas</translation>
    </message>
    <message>
        <source>Say the &amp;name first:</source>
        <translation>Say the &amp;name first:</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>Name template</translation>
    </message>
    <message>
        <source>{name} is the viewer, {text} the message</source>
        <translation>{name} is the viewer, {text} the message</translation>
    </message>
    <message>
        <source>Limit each &amp;viewer to:</source>
        <translation>Limit each &amp;viewer to:</translation>
    </message>
    <message>
        <source>Messages per viewer</source>
        <translation>Messages per viewer</translation>
    </message>
    <message>
        <source>messages per</source>
        <translation>messages per</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>NG words</source>
        <translation>NG words</translation>
    </message>
    <message>
        <source>Not read when a message has one of these &amp;words (one per line):</source>
        <translation>Not read when a message has one of these &amp;words (one per line):</translation>
    </message>
    <message>
        <source>Ignored users</source>
        <translation>Ignored users</translation>
    </message>
    <message>
        <source>&amp;Never read these viewers (one login per line):</source>
        <translation>&amp;Never read these viewers (one login per line):</translation>
    </message>
    <message>
        <source>Reading dictionary</source>
        <translation>Reading dictionary</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation>&amp;Add word</translation>
    </message>
    <message>
        <source>Remo&amp;ve word</source>
        <translation>Remo&amp;ve word</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Preview steps</source>
        <translation>Preview steps</translation>
    </message>
    <message>
        <source>Each rule that changed the line, and the text after it</source>
        <translation>Each rule that changed the line, and the text after it</translation>
    </message>
    <message>
        <source>Read viewer names natu&amp;rally (sakura_0412 → さくら)</source>
        <translation>Read viewer names natu&amp;rally (sakura_0412 → さくら)</translation>
    </message>
    <message>
        <source>Japanese display names as they are; other names without trailing digits and underscores, romaji as hiragana, English as katakana. Nicknames still win.</source>
        <translation>Japanese display names as they are; other names without trailing digits and underscores, romaji as hiragana, English as katakana. Nicknames still win.</translation>
    </message>
    <message>
        <source>Lau&amp;ghter (ｗｗｗ):</source>
        <translation>Lau&amp;ghter (ｗｗｗ):</translation>
    </message>
    <message>
        <source>Read as typed</source>
        <translation>Read as typed</translation>
    </message>
    <message>
        <source>わら</source>
        <translation>わら</translation>
    </message>
    <message>
        <source>ふふ</source>
        <translation>ふふ</translation>
    </message>
    <message>
        <source>Don&apos;t read</source>
        <translation>Don&apos;t read</translation>
    </message>
    <message>
        <source>Emoj&amp;i:</source>
        <translation>Emoj&amp;i:</translation>
    </message>
    <message>
        <source>Read names</source>
        <translation>Read names</translation>
    </message>
    <message>
        <source>Replace &amp;kaomoji with:</source>
        <translation>Replace &amp;kaomoji with:</translation>
    </message>
    <message>
        <source>Kaomoji such as (´・ω・`) and runs of symbols are never read out symbol by symbol</source>
        <translation>Kaomoji such as (´・ω・`) and runs of symbols are never read out symbol by symbol</translation>
    </message>
    <message>
        <source>Kaomoji replacement</source>
        <translation>Kaomoji replacement</translation>
    </message>
    <message>
        <source>nothing (not read)</source>
        <translation>nothing (not read)</translation>
    </message>
    <message>
        <source>Read 888… as パチパチ</source>
        <translation>Read 888… as パチパチ</translation>
    </message>
    <message>
        <source>Read English words in ka&amp;takana</source>
        <translation>Read English words in ka&amp;takana</translation>
    </message>
    <message>
        <source>nice → ナイス; acronyms such as GGWP stay letters</source>
        <translation>nice → ナイス; acronyms such as GGWP stay letters</translation>
    </message>
    <message>
        <source>Your own readings. They win over the default readings.</source>
        <translation>Your own readings. They win over the default readings.</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;port…</translation>
    </message>
    <message>
        <source>A CSV file (word,reading) or a BouyomiChan dictionary (ReplaceWord.dic)</source>
        <translation>A CSV file (word,reading) or a BouyomiChan dictionary (ReplaceWord.dic)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save as a CSV file (word,reading, UTF-8)</source>
        <translation>Save as a CSV file (word,reading, UTF-8)</translation>
    </message>
    <message>
        <source>Default readings</source>
        <translation>Default readings</translation>
    </message>
    <message>
        <source>Use the &amp;default readings of chat and gaming words</source>
        <translation>Use the &amp;default readings of chat and gaming words</translation>
    </message>
    <message>
        <source>Re&amp;set to defaults</source>
        <translation>Re&amp;set to defaults</translation>
    </message>
    <message>
        <source>Restore the default readings ChatVox ships</source>
        <translation>Restore the default readings ChatVox ships</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Readings ChatVox ships for words such as GG, nice and kwsk</source>
        <translation>Readings ChatVox ships for words such as GG, nice and kwsk</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Information and problems</source>
        <translation>Information and problems</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>text to look for</source>
        <translation>text to look for</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Log messages</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected lines (or all shown) to the clipboard</source>
        <translation>Copy the selected lines (or all shown) to the clipboard</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Follow &amp;new messages</source>
        <translation>Follow &amp;new messages</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Twitch</source>
        <translation>Log in to Twitch</translation>
    </message>
    <message>
        <source>Asking Twitch for a login code…</source>
        <translation>Asking Twitch for a login code…</translation>
    </message>
    <message>
        <source>Login progress</source>
        <translation>Login progress</translation>
    </message>
    <message>
        <source>Waiting for Twitch</source>
        <translation>Waiting for Twitch</translation>
    </message>
    <message>
        <source>1. Open this page on a computer or phone where you are logged in to Twitch (or scan the QR code):</source>
        <translation>1. Open this page on a computer or phone where you are logged in to Twitch (or scan the QR code):</translation>
    </message>
    <message>
        <source>Activation page</source>
        <translation>Activation page</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>&amp;Open in the browser</translation>
    </message>
    <message>
        <source>Opens the Twitch activation page in your web browser</source>
        <translation>Opens the Twitch activation page in your web browser</translation>
    </message>
    <message>
        <source>2. Enter this code there:</source>
        <translation>2. Enter this code there:</translation>
    </message>
    <message>
        <source>Login code</source>
        <translation>Login code</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard</source>
        <translation>Copies the code to the clipboard</translation>
    </message>
    <message>
        <source>3. Approve ChatVox on Twitch. This window goes on by itself.</source>
        <translation>3. Approve ChatVox on Twitch. This window goes on by itself.</translation>
    </message>
    <message>
        <source>Time left for the code</source>
        <translation>Time left for the code</translation>
    </message>
    <message>
        <source>QR code of the activation page</source>
        <translation>QR code of the activation page</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera</source>
        <translation>Scan with your phone&apos;s camera</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Asks Twitch for a new code</source>
        <translation>Asks Twitch for a new code</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>&amp;Keep for this session only</translation>
    </message>
    <message>
        <source>Stay logged in until ChatVox ends; you log in again next time</source>
        <translation>Stay logged in until ChatVox ends; you log in again next time</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ChatVox</source>
        <translation>ChatVox</translation>
    </message>
    <message>
        <source>&amp;ChatVox</source>
        <translation>&amp;ChatVox</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Reading</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Reading controls</source>
        <translation>Reading controls</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pause reading</translation>
    </message>
    <message>
        <source>Pause or resume reading chat aloud</source>
        <translation>Pause or resume reading chat aloud</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Skip the message being read</source>
        <translation>Skip the message being read</translation>
    </message>
    <message>
        <source>&amp;Clear queue</source>
        <translation>&amp;Clear queue</translation>
    </message>
    <message>
        <source>Remove every waiting message</source>
        <translation>Remove every waiting message</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mute</translation>
    </message>
    <message>
        <source>Silence the output; the queue keeps moving</source>
        <translation>Silence the output; the queue keeps moving</translation>
    </message>
    <message>
        <source>&amp;Kill switch</source>
        <translation>&amp;Kill switch</translation>
    </message>
    <message>
        <source>Stop all audio now and disarm viewer actions</source>
        <translation>Stop all audio now and disarm viewer actions</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Show &amp;window</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About ChatVox</source>
        <translation>&amp;About ChatVox</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Backlog state</source>
        <translation>Backlog state</translation>
    </message>
    <message>
        <source>Speech queue</source>
        <translation>Speech queue</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Remove the selected message from the queue</source>
        <translation>Remove the selected message from the queue</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ChatVox Settings</source>
        <translation>ChatVox Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Start &amp;minimized to the tray</translation>
    </message>
    <message>
        <source>Start ChatVox when I &amp;log in</source>
        <translation>Start ChatVox when I &amp;log in</translation>
    </message>
    <message>
        <source>Autostart entry location</source>
        <translation>Autostart entry location</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>your Twitch channel name</translation>
    </message>
    <message>
        <source>Chat &amp;server:</source>
        <translation>Chat &amp;server:</translation>
    </message>
    <message>
        <source>ChatVox reads a channel&apos;s chat without logging in. Change the chat server only to test against a local server.</source>
        <translation>ChatVox reads a channel&apos;s chat without logging in. Change the chat server only to test against a local server.</translation>
    </message>
    <message>
        <source>Engines, in fail-over order</source>
        <translation>Engines, in fail-over order</translation>
    </message>
    <message>
        <source>Engine addresses</source>
        <translation>Engine addresses</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>New engine address</source>
        <translation>New engine address</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Engine test result</source>
        <translation>Engine test result</translation>
    </message>
    <message>
        <source>When chat is faster than speech</source>
        <translation>When chat is faster than speech</translation>
    </message>
    <message>
        <source>Speak &amp;faster past:</source>
        <translation>Speak &amp;faster past:</translation>
    </message>
    <message>
        <source> waiting</source>
        <translation> waiting</translation>
    </message>
    <message>
        <source>Drop the &amp;oldest past:</source>
        <translation>Drop the &amp;oldest past:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sa&amp;y for dropped:</source>
        <translation>Sa&amp;y for dropped:</translation>
    </message>
    <message>
        <source>{n} is the number of dropped messages</source>
        <translation>{n} is the number of dropped messages</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>S&amp;ynthesize ahead:</source>
        <translation>S&amp;ynthesize ahead:</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>S&amp;plit text longer than:</source>
        <translation>S&amp;plit text longer than:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source>Engine &amp;timeout:</source>
        <translation>Engine &amp;timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Use the &amp;system voice when no engine answers</source>
        <translation>Use the &amp;system voice when no engine answers</translation>
    </message>
    <message>
        <source>Output &amp;device:</source>
        <translation>Output &amp;device:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>Volume value</source>
        <translation>Volume value</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>&amp;Test sound</translation>
    </message>
    <message>
        <source>The system voice (used when no engine answers) always plays on the system&apos;s default output.</source>
        <translation>The system voice (used when no engine answers) always plays on the system&apos;s default output.</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>Log &amp;level:</translation>
    </message>
    <message>
        <source>Global hotkeys</source>
        <translation>Global hotkeys</translation>
    </message>
    <message>
        <source>&amp;Skip:</source>
        <translation>&amp;Skip:</translation>
    </message>
    <message>
        <source>&amp;Kill switch:</source>
        <translation>&amp;Kill switch:</translation>
    </message>
    <message>
        <source>About global hotkeys</source>
        <translation>About global hotkeys</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Settings file location</source>
        <translation>Settings file location</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Reset &amp;all settings…</source>
        <translation>Reset &amp;all settings…</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch account</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Speech engines</source>
        <translation>Speech engines</translation>
    </message>
    <message>
        <source>Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK, NEMO) and it appears here.</source>
        <translation>Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK, NEMO) and it appears here.</translation>
    </message>
    <message>
        <source>&amp;Engines…</source>
        <translation>&amp;Engines…</translation>
    </message>
    <message>
        <source>Add, remove and order engines</source>
        <translation>Add, remove and order engines</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voices</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>speaker or style</source>
        <translation>speaker or style</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Ask the engine for its speakers again</source>
        <translation>Ask the engine for its speakers again</translation>
    </message>
    <message>
        <source>Speakers and styles</source>
        <translation>Speakers and styles</translation>
    </message>
    <message>
        <source>Voice list state</source>
        <translation>Voice list state</translation>
    </message>
    <message>
        <source>Current voice</source>
        <translation>Current voice</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Sa&amp;mple:</source>
        <translation>Sa&amp;mple:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Speak the sample in the chosen voice</source>
        <translation>Speak the sample in the chosen voice</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>How fast the voice speaks (speedScale)</source>
        <translation>How fast the voice speaks (speedScale)</translation>
    </message>
    <message>
        <source>Speed value</source>
        <translation>Speed value</translation>
    </message>
    <message>
        <source>P&amp;itch:</source>
        <translation>P&amp;itch:</translation>
    </message>
    <message>
        <source>Voice pitch (pitchScale)</source>
        <translation>Voice pitch (pitchScale)</translation>
    </message>
    <message>
        <source>Pitch value</source>
        <translation>Pitch value</translation>
    </message>
    <message>
        <source>I&amp;ntonation:</source>
        <translation>I&amp;ntonation:</translation>
    </message>
    <message>
        <source>How lively the intonation is (intonationScale)</source>
        <translation>How lively the intonation is (intonationScale)</translation>
    </message>
    <message>
        <source>Intonation value</source>
        <translation>Intonation value</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>Voice vol&amp;ume:</translation>
    </message>
    <message>
        <source>Loudness of the synthesized voice (volumeScale)</source>
        <translation>Loudness of the synthesized voice (volumeScale)</translation>
    </message>
    <message>
        <source>Voice volume value</source>
        <translation>Voice volume value</translation>
    </message>
    <message>
        <source>Rese&amp;t voice</source>
        <translation>Rese&amp;t voice</translation>
    </message>
    <message>
        <source>Back to the neutral voice parameters</source>
        <translation>Back to the neutral voice parameters</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Device:</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>Vo&amp;lume:</translation>
    </message>
    <message>
        <source>Volume value</source>
        <translation>Volume value</translation>
    </message>
    <message>
        <source>Test so&amp;und</source>
        <translation>Test so&amp;und</translation>
    </message>
    <message>
        <source>Play a short tone on this device</source>
        <translation>Play a short tone on this device</translation>
    </message>
</context>
<context>
    <name>ViewerVoicesPanel</name>
    <message>
        <source>Viewer voices</source>
        <translation>Viewer voices</translation>
    </message>
    <message>
        <source>Pinned voices</source>
        <translation>Pinned voices</translation>
    </message>
    <message>
        <source>A pinned voice always reads this viewer, whatever they chose with !voice.</source>
        <translation>A pinned voice always reads this viewer, whatever they chose with !voice.</translation>
    </message>
    <message>
        <source>&amp;Viewer:</source>
        <translation>&amp;Viewer:</translation>
    </message>
    <message>
        <source>login, e.g. sakura_gamer</source>
        <translation>login, e.g. sakura_gamer</translation>
    </message>
    <message>
        <source>The viewer&apos;s Twitch login (the name in their channel address)</source>
        <translation>The viewer&apos;s Twitch login (the name in their channel address)</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>V&amp;oice:</translation>
    </message>
    <message>
        <source>Voice for this viewer</source>
        <translation>Voice for this viewer</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <source>This viewer is always read in this voice</source>
        <translation>This viewer is always read in this voice</translation>
    </message>
    <message>
        <source>&amp;Remove pin</source>
        <translation>&amp;Remove pin</translation>
    </message>
    <message>
        <source>Viewers&apos; own choices (!voice)</source>
        <translation>Viewers&apos; own choices (!voice)</translation>
    </message>
    <message>
        <source>Viewers&apos; own voice choices</source>
        <translation>Viewers&apos; own voice choices</translation>
    </message>
    <message>
        <source>Viewers choose with &quot;!voice name&quot; or &quot;!voice number&quot;; &quot;!voice reset&quot; goes back. Moderators: &quot;!voice reset @viewer&quot;.</source>
        <translation>Viewers choose with &quot;!voice name&quot; or &quot;!voice number&quot;; &quot;!voice reset&quot; goes back. Moderators: &quot;!voice reset @viewer&quot;.</translation>
    </message>
    <message>
        <source>C&amp;lear choice</source>
        <translation>C&amp;lear choice</translation>
    </message>
    <message>
        <source>The selected viewers get their voice from the list of voices handed out again</source>
        <translation>The selected viewers get their voice from the list of voices handed out again</translation>
    </message>
    <message>
        <source>Voices handed out</source>
        <translation>Voices handed out</translation>
    </message>
    <message>
        <source>Every viewer gets one of the checked voices, always the same one (picked from their user id). None checked: everyone speaks in the voice chosen in the Speaker panel.</source>
        <translation>Every viewer gets one of the checked voices, always the same one (picked from their user id). None checked: everyone speaks in the voice chosen in the Speaker panel.</translation>
    </message>
    <message>
        <source>Voices handed out to viewers</source>
        <translation>Voices handed out to viewers</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Check &amp;none</translation>
    </message>
    <message>
        <source>!voice command</source>
        <translation>!voice command</translation>
    </message>
    <message>
        <source>Viewers may choose their voice with !&amp;voice</source>
        <translation>Viewers may choose their voice with !&amp;voice</translation>
    </message>
    <message>
        <source>Each viewer at most once per:</source>
        <translation>Each viewer at most once per:</translation>
    </message>
    <message>
        <source>!voice cooldown in seconds</source>
        <translation>!voice cooldown in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Moderators are never held back. ChatVox answers in chat when you are logged in.</source>
        <translation>Moderators are never held back. ChatVox answers in chat when you are logged in.</translation>
    </message>
</context>
<context>
    <name>chatvox</name>
    <message>
        <source>Twitch emotes removed</source>
        <translation>Twitch emotes removed</translation>
    </message>
    <message>
        <source>Invisible characters and extra spaces removed</source>
        <translation>Invisible characters and extra spaces removed</translation>
    </message>
    <message>
        <source>URLs replaced</source>
        <translation>URLs replaced</translation>
    </message>
    <message>
        <source>Kaomoji and symbol lines removed</source>
        <translation>Kaomoji and symbol lines removed</translation>
    </message>
    <message>
        <source>Repeated characters shortened</source>
        <translation>Repeated characters shortened</translation>
    </message>
    <message>
        <source>Reading dictionary</source>
        <translation>Reading dictionary</translation>
    </message>
    <message>
        <source>Laughter (w) read</source>
        <translation>Laughter (w) read</translation>
    </message>
    <message>
        <source>Applause (888) read as パチパチ</source>
        <translation>Applause (888) read as パチパチ</translation>
    </message>
    <message>
        <source>Emoji read by name</source>
        <translation>Emoji read by name</translation>
    </message>
    <message>
        <source>English words read in katakana</source>
        <translation>English words read in katakana</translation>
    </message>
    <message>
        <source>Cut to the length limit</source>
        <translation>Cut to the length limit</translation>
    </message>
    <message>
        <source>Viewer&apos;s name added</source>
        <translation>Viewer&apos;s name added</translation>
    </message>
</context>
<context>
    <name>chatvox::Account</name>
    <message>
        <source>Could not refresh the Twitch login: %1</source>
        <translation>Could not refresh the Twitch login: %1</translation>
    </message>
    <message>
        <source>%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.</source>
        <translation>%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.</translation>
    </message>
    <message>
        <source>The token file %1 names no user_id, and Twitch did not confirm its access token (%2). Log in again with: chatvox --login --token-file %1</source>
        <translation>The token file %1 names no user_id, and Twitch did not confirm its access token (%2). Log in again with: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountPanel</name>
    <message>
        <source>Logged out: the token was revoked at Twitch and deleted from this computer.</source>
        <translation>Logged out: the token was revoked at Twitch and deleted from this computer.</translation>
    </message>
    <message>
        <source>Logged out: the token was deleted from this computer, but Twitch could not be told to revoke it (%1).</source>
        <translation>Logged out: the token was deleted from this computer, but Twitch could not be told to revoke it (%1).</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (user id %2)</translation>
    </message>
    <message>
        <source>Show the login &amp;code…</source>
        <translation>Show the login &amp;code…</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>&amp;Log in with Twitch…</translation>
    </message>
    <message>
        <source>Needs a login</source>
        <translation>Needs a login</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountSettingsPage</name>
    <message>
        <source>Register an application at %1 (OAuth Redirect URL http://localhost, category Application Integration, Client Type &lt;b&gt;Public&lt;/b&gt;) and enter its Client ID here. No secret is needed: ChatVox logs in with a device code.</source>
        <translation>Register an application at %1 (OAuth Redirect URL http://localhost, category Application Integration, Client Type &lt;b&gt;Public&lt;/b&gt;) and enter its Client ID here. No secret is needed: ChatVox logs in with a device code.</translation>
    </message>
    <message>
        <source>ChatVox logs in as a Twitch application; its own Client ID is filled in. To use yours instead:</source>
        <translation>ChatVox logs in as a Twitch application; its own Client ID is filled in. To use yours instead:</translation>
    </message>
    <message>
        <source>This build of ChatVox has no Twitch application of its own, so logging in needs yours.</source>
        <translation>This build of ChatVox has no Twitch application of its own, so logging in needs yours.</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountSummary</name>
    <message>
        <source>No system keychain: this login is forgotten when ChatVox ends.</source>
        <translation>No system keychain: this login is forgotten when ChatVox ends.</translation>
    </message>
    <message>
        <source>Logging in needs a Twitch Client ID: see Settings → Twitch account.</source>
        <translation>Logging in needs a Twitch Client ID: see Settings → Twitch account.</translation>
    </message>
    <message>
        <source>Log in for channel points and !voice answers in chat.</source>
        <translation>Log in for channel points and !voice answers in chat.</translation>
    </message>
    <message>
        <source>Show the login &amp;code…</source>
        <translation>Show the login &amp;code…</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>&amp;Log in with Twitch…</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountTexts</name>
    <message>
        <source>Not logged in: chat is read anonymously.</source>
        <translation>Not logged in: chat is read anonymously.</translation>
    </message>
    <message>
        <source>Checking the saved login…</source>
        <translation>Checking the saved login…</translation>
    </message>
    <message>
        <source>Checking the saved login of %1…</source>
        <translation>Checking the saved login of %1…</translation>
    </message>
    <message>
        <source>Logging in: enter the code %1 on Twitch.</source>
        <translation>Logging in: enter the code %1 on Twitch.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (for this session only)</source>
        <translation>Logged in as %1 (for this session only)</translation>
    </message>
    <message>
        <source>read chat as you</source>
        <translation>read chat as you</translation>
    </message>
    <message>
        <source>write in chat as you (the answers to !voice)</source>
        <translation>write in chat as you (the answers to !voice)</translation>
    </message>
    <message>
        <source>see channel-point redemptions</source>
        <translation>see channel-point redemptions</translation>
    </message>
    <message>
        <source>%1 (renewed automatically before then)</source>
        <translation>%1 (renewed automatically before then)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>chatvox::Application</name>
    <message>
        <source>Stopping.</source>
        <translation>Stopping.</translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation>settings: %1</translation>
    </message>
    <message>
        <source>Replaying %1</source>
        <translation>Replaying %1</translation>
    </message>
    <message>
        <source>Reading the chat of #%1 (no login needed).</source>
        <translation>Reading the chat of #%1 (no login needed).</translation>
    </message>
    <message>
        <source>No channel is set: playing the bundled demo chat. Read your own chat with --channel NAME.</source>
        <translation>No channel is set: playing the bundled demo chat. Read your own chat with --channel NAME.</translation>
    </message>
    <message>
        <source>%1 read, %2 skipped, %3 removed by moderators.</source>
        <translation>%1 read, %2 skipped, %3 removed by moderators.</translation>
    </message>
    <message>
        <source>Reading the chat of #%1; logged in as %2.</source>
        <translation>Reading the chat of #%1; logged in as %2.</translation>
    </message>
    <message>
        <source>No Twitch Client ID is set. Register an application in the Twitch developer console (see the README) and set account/clientId in %1.</source>
        <translation>No Twitch Client ID is set. Register an application in the Twitch developer console (see the README) and set account/clientId in %1.</translation>
    </message>
    <message>
        <source>To log in to Twitch, open %1 and enter the code %2</source>
        <translation>To log in to Twitch, open %1 and enter the code %2</translation>
    </message>
    <message>
        <source>Waiting for you to approve ChatVox on Twitch (the code is valid until %1)…</source>
        <translation>Waiting for you to approve ChatVox on Twitch (the code is valid until %1)…</translation>
    </message>
    <message>
        <source>Run chatvox --login again for a new code.</source>
        <translation>Run chatvox --login again for a new code.</translation>
    </message>
    <message>
        <source>Logged in as %1, but the login could not be saved: %2</source>
        <translation>Logged in as %1, but the login could not be saved: %2</translation>
    </message>
    <message>
        <source>Logged in as %1. The login is kept in %2.</source>
        <translation>Logged in as %1. The login is kept in %2.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Not logged in.</translation>
    </message>
    <message>
        <source>Logged out of Twitch (%1): the token was revoked and deleted from this computer.</source>
        <translation>Logged out of Twitch (%1): the token was revoked and deleted from this computer.</translation>
    </message>
    <message>
        <source>Logged out (%1): the token was deleted from this computer, but Twitch could not be told to revoke it.</source>
        <translation>Logged out (%1): the token was deleted from this computer, but Twitch could not be told to revoke it.</translation>
    </message>
    <message>
        <source>Logged out (%1).</source>
        <translation>Logged out (%1).</translation>
    </message>
    <message>
        <source>No channel is set: playing the bundled demo chat. Enter your channel in the Connection panel to read your own.</source>
        <translation>No channel is set: playing the bundled demo chat. Enter your channel in the Connection panel to read your own.</translation>
    </message>
    <message>
        <source>The token file %1 holds no Twitch login. Create it with: chatvox --login --token-file %1</source>
        <translation>The token file %1 holds no Twitch login. Create it with: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>Reading the chat of #%1; logging in with the token file %2.</source>
        <translation>Reading the chat of #%1; logging in with the token file %2.</translation>
    </message>
</context>
<context>
    <name>chatvox::AudioPlayer</name>
    <message>
        <source>Audio device “%1” was not found; using the system default output (%2). Available devices: %3.</source>
        <translation>Audio device “%1” was not found; using the system default output (%2). Available devices: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The audio device “%1” was disconnected.</source>
        <translation>The audio device “%1” was disconnected.</translation>
    </message>
    <message>
        <source>Using the system default output (%1).</source>
        <translation>Using the system default output (%1).</translation>
    </message>
    <message>
        <source>No audio output device is available.</source>
        <translation>No audio output device is available.</translation>
    </message>
    <message>
        <source>Cannot open the audio device “%1”.</source>
        <translation>Cannot open the audio device “%1”.</translation>
    </message>
    <message>
        <source>Cannot play the audio: %1</source>
        <translation>Cannot play the audio: %1</translation>
    </message>
    <message>
        <source>Cannot play the audio: it cannot be converted for the audio device.</source>
        <translation>Cannot play the audio: it cannot be converted for the audio device.</translation>
    </message>
    <message>
        <source>The audio output was closed unexpectedly.</source>
        <translation>The audio output was closed unexpectedly.</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped working.</source>
        <translation>The audio device “%1” stopped working.</translation>
    </message>
    <message>
        <source>The audio device “%1” refused the audio.</source>
        <translation>The audio device “%1” refused the audio.</translation>
    </message>
    <message>
        <source>The audio device “%1” failed while playing.</source>
        <translation>The audio device “%1” failed while playing.</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped taking audio.</source>
        <translation>The audio device “%1” stopped taking audio.</translation>
    </message>
    <message>
        <source>No other audio output is available.</source>
        <translation>No other audio output is available.</translation>
    </message>
    <message>
        <source>The next clip plays on “%1”.</source>
        <translation>The next clip plays on “%1”.</translation>
    </message>
    <message>
        <source>The audio device “%1” failed.</source>
        <translation>The audio device “%1” failed.</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped.</source>
        <translation>The audio device “%1” stopped.</translation>
    </message>
</context>
<context>
    <name>chatvox::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot change %1.</source>
        <translation>Cannot change %1.</translation>
    </message>
</context>
<context>
    <name>chatvox::BouyomiProtocol</name>
    <message>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <source>unknown text encoding %1 (0 UTF-8, 1 UTF-16, 2 Shift-JIS)</source>
        <translation>unknown text encoding %1 (0 UTF-8, 1 UTF-16, 2 Shift-JIS)</translation>
    </message>
    <message>
        <source>negative text length %1</source>
        <translation>negative text length %1</translation>
    </message>
    <message>
        <source>text of %1 bytes is longer than the limit of %2 bytes</source>
        <translation>text of %1 bytes is longer than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>unknown text encoding %1</source>
        <translation>unknown text encoding %1</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>the text is not valid %1</translation>
    </message>
</context>
<context>
    <name>chatvox::BouyomiServer</name>
    <message>
        <source>no complete command within %1 ms</source>
        <translation>no complete command within %1 ms</translation>
    </message>
    <message>
        <source>the client did not take its replies within %1 ms</source>
        <translation>the client did not take its replies within %1 ms</translation>
    </message>
    <message>
        <source>more than %1 commands on one connection</source>
        <translation>more than %1 commands on one connection</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>the client does not read its replies</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 closed the connection in the middle of a command (%2 bytes unused)</source>
        <translation>BouyomiChan TCP client %1 closed the connection in the middle of a command (%2 bytes unused)</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 dropped: %2</source>
        <translation>BouyomiChan TCP client %1 dropped: %2</translation>
    </message>
    <message>
        <source>Cannot listen for BouyomiChan TCP clients on %1 port %2: %3</source>
        <translation>Cannot listen for BouyomiChan TCP clients on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Cannot listen for BouyomiChan HTTP clients on %1 port %2: %3</source>
        <translation>Cannot listen for BouyomiChan HTTP clients on %1 port %2: %3</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 refused: already %2 connections open</source>
        <translation>BouyomiChan TCP client %1 refused: already %2 connections open</translation>
    </message>
    <message>
        <source>The text is longer than %1 bytes.</source>
        <translation>The text is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>Not found. This is a BouyomiChan-compatible API: /Talk?text=..., /Pause, /Resume, /Skip, /Clear, /GetPause, /GetNowPlaying, /GetTalkTaskCount.</source>
        <translation>Not found. This is a BouyomiChan-compatible API: /Talk?text=..., /Pause, /Resume, /Skip, /Clear, /GetPause, /GetNowPlaying, /GetTalkTaskCount.</translation>
    </message>
</context>
<context>
    <name>chatvox::Bridge</name>
    <message>
        <source>PowerShell is restarted in %1 s (%2)</source>
        <translation>PowerShell is restarted in %1 s (%2)</translation>
    </message>
    <message>
        <source>Viewer-input bridge: off (no %1).</source>
        <translation>Viewer-input bridge: off (no %1).</translation>
    </message>
    <message numerus="yes">
        <source>Viewer-input bridge: %n action(s) from %1, %2 mode.</source>
        <translation>
            <numerusform>Viewer-input bridge: %n action from %1, %2 mode.</numerusform>
            <numerusform>Viewer-input bridge: %n actions from %1, %2 mode.</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewer-input bridge: off (&quot;enabled&quot; is false in %1).</source>
        <translation>Viewer-input bridge: off (&quot;enabled&quot; is false in %1).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Viewer-input bridge</source>
        <translation>Viewer-input bridge</translation>
    </message>
    <message>
        <source>Off: not enabled in %1.</source>
        <translation>Off: not enabled in %1.</translation>
    </message>
    <message>
        <source>Disarmed by the kill switch; arm it again to go on.</source>
        <translation>Disarmed by the kill switch; arm it again to go on.</translation>
    </message>
    <message>
        <source>Disarmed.</source>
        <translation>Disarmed.</translation>
    </message>
    <message>
        <source>Armed, democracy.</source>
        <translation>Armed, democracy.</translation>
    </message>
    <message>
        <source>Armed, anarchy.</source>
        <translation>Armed, anarchy.</translation>
    </message>
    <message>
        <source>Starting PowerShell…</source>
        <translation>Starting PowerShell…</translation>
    </message>
    <message>
        <source>PowerShell ready.</source>
        <translation>PowerShell ready.</translation>
    </message>
    <message>
        <source>PowerShell is being restarted.</source>
        <translation>PowerShell is being restarted.</translation>
    </message>
    <message>
        <source>PowerShell keeps failing: %1</source>
        <translation>PowerShell keeps failing: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many actions at once: dropped %1 of %2 (%n dropped so far).</source>
        <translation>
            <numerusform>Too many actions at once: dropped %1 of %2 (%n dropped so far).</numerusform>
            <numerusform>Too many actions at once: dropped %1 of %2 (%n dropped so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 voted for %2.</source>
        <translation>%1 voted for %2.</translation>
    </message>
    <message>
        <source>%1 armed the bridge.</source>
        <translation>%1 armed the bridge.</translation>
    </message>
    <message>
        <source>%1 disarmed the bridge.</source>
        <translation>%1 disarmed the bridge.</translation>
    </message>
    <message>
        <source>%1 switched the bridge to democracy.</source>
        <translation>%1 switched the bridge to democracy.</translation>
    </message>
    <message>
        <source>%1 switched the bridge to anarchy.</source>
        <translation>%1 switched the bridge to anarchy.</translation>
    </message>
    <message numerus="yes">
        <source>%1 won the vote (%n vote(s)).</source>
        <translation>
            <numerusform>%1 won the vote (%n vote).</numerusform>
            <numerusform>%1 won the vote (%n votes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 triggered %2.</source>
        <translation>%1 triggered %2.</translation>
    </message>
    <message>
        <source>the action is no longer in bridge.json</source>
        <translation>the action is no longer in bridge.json</translation>
    </message>
    <message>
        <source>PowerShell is not set up</source>
        <translation>PowerShell is not set up</translation>
    </message>
    <message>
        <source>PowerShell is not working: %1</source>
        <translation>PowerShell is not working: %1</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 did not run: %2</translation>
    </message>
    <message>
        <source>%1 done (%2 ms after the trigger).</source>
        <translation>%1 done (%2 ms after the trigger).</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 done.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The bridge cannot be armed: it is not enabled in %1.</source>
        <translation>The bridge cannot be armed: it is not enabled in %1.</translation>
    </message>
    <message>
        <source>The bridge is armed.</source>
        <translation>The bridge is armed.</translation>
    </message>
    <message>
        <source>The bridge is disarmed.</source>
        <translation>The bridge is disarmed.</translation>
    </message>
    <message>
        <source>Democracy: viewers vote, the winner runs.</source>
        <translation>Democracy: viewers vote, the winner runs.</translation>
    </message>
    <message>
        <source>Anarchy: every valid command runs.</source>
        <translation>Anarchy: every valid command runs.</translation>
    </message>
    <message>
        <source>Stopped by the kill switch.</source>
        <translation>Stopped by the kill switch.</translation>
    </message>
    <message>
        <source>Kill switch: the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</source>
        <translation>Kill switch: the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</translation>
    </message>
    <message>
        <source>%1 used the kill switch (!stop): the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</source>
        <translation>%1 used the kill switch (!stop): the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</translation>
    </message>
    <message>
        <source>There is no action %1 to test.</source>
        <translation>There is no action %1 to test.</translation>
    </message>
    <message>
        <source>Test run of %1.</source>
        <translation>Test run of %1.</translation>
    </message>
    <message>
        <source>a bridge command</source>
        <translation>a bridge command</translation>
    </message>
    <message>
        <source>%1 tried %2: the bridge is disarmed.</source>
        <translation>%1 tried %2: the bridge is disarmed.</translation>
    </message>
    <message>
        <source>%1 tried to arm the bridge: it is not enabled in bridge.json.</source>
        <translation>%1 tried to arm the bridge: it is not enabled in bridge.json.</translation>
    </message>
    <message>
        <source>%1 may not use %2 (for %3).</source>
        <translation>%1 may not use %2 (for %3).</translation>
    </message>
    <message>
        <source>%1 tried %2: cooling down for this viewer, %3 s left.</source>
        <translation>%1 tried %2: cooling down for this viewer, %3 s left.</translation>
    </message>
    <message>
        <source>%1 tried %2: cooling down, %3 s left.</source>
        <translation>%1 tried %2: cooling down, %3 s left.</translation>
    </message>
    <message>
        <source>%1 tried %2 with a word that is not one of its choices.</source>
        <translation>%1 tried %2 with a word that is not one of its choices.</translation>
    </message>
    <message>
        <source>%1 tried %2 without a choice (%3).</source>
        <translation>%1 tried %2 without a choice (%3).</translation>
    </message>
    <message>
        <source>%1 tried to arm the bridge: after the kill switch only the streamer can.</source>
        <translation>%1 tried to arm the bridge: after the kill switch only the streamer can.</translation>
    </message>
    <message>
        <source>The same redemption of %1 by %2 came twice; it runs once.</source>
        <translation>The same redemption of %1 by %2 came twice; it runs once.</translation>
    </message>
    <message>
        <source>bridge.json was read again</source>
        <translation>bridge.json was read again</translation>
    </message>
    <message>
        <source>the bridge was stopped</source>
        <translation>the bridge was stopped</translation>
    </message>
    <message>
        <source>%1 was removed. The actions in use are kept until it reappears; the kill switch stops them at once.</source>
        <translation>%1 was removed. The actions in use are kept until it reappears; the kill switch stops them at once.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
    <message>
        <source>%1 was changed but cannot be used (%2). The actions in use are kept until it is fixed.</source>
        <translation>%1 was changed but cannot be used (%2). The actions in use are kept until it is fixed.</translation>
    </message>
    <message>
        <source>%1 was changed; reading it again.</source>
        <translation>%1 was changed; reading it again.</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeActionDialog</name>
    <message>
        <source>Press keys</source>
        <translation>Press keys</translation>
    </message>
    <message>
        <source>Run a PowerShell script</source>
        <translation>Run a PowerShell script</translation>
    </message>
    <message>
        <source>Scripts run only from the scripts folder %1.</source>
        <translation>Scripts run only from the scripts folder %1.</translation>
    </message>
    <message>
        <source>There is no .ps1 file in it yet: put your script there, then press %1.</source>
        <translation>There is no .ps1 file in it yet: put your script there, then press %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>(no choice word)</source>
        <translation>(no choice word)</translation>
    </message>
    <message>
        <source>Channel-point reward: %1</source>
        <translation>Channel-point reward: %1</translation>
    </message>
    <message>
        <source>Chat command: %1</source>
        <translation>Chat command: %1</translation>
    </message>
    <message>
        <source>New bridge action</source>
        <translation>New bridge action</translation>
    </message>
    <message>
        <source>Bridge action %1</source>
        <translation>Bridge action %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the choice &quot;%1&quot; does:</source>
        <translation>What the choice &quot;%1&quot; does:</translation>
    </message>
    <message>
        <source>What the action does:</source>
        <translation>What the action does:</translation>
    </message>
    <message>
        <source>Without a choice word it does nothing; pick a choice on the left to edit it, or tick the box below to run the script without a word too.</source>
        <translation>Without a choice word it does nothing; pick a choice on the left to edit it, or tick the box below to run the script without a word too.</translation>
    </message>
    <message>
        <source>Without a choice word it does nothing; pick a choice on the left to edit it, or add keys here to give it an action of its own.</source>
        <translation>Without a choice word it does nothing; pick a choice on the left to edit it, or add keys here to give it an action of its own.</translation>
    </message>
    <message>
        <source>What it does without a choice word:</source>
        <translation>What it does without a choice word:</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeActionModel</name>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>keys</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>reward &quot;%1&quot;</source>
        <translation>reward &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 s per viewer, %2 s for all</source>
        <translation>%1 s per viewer, %2 s for all</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Does</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Cooldown</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeConfig</name>
    <message>
        <source>unknown setting &quot;%1&quot; (known here: %2)</source>
        <translation>unknown setting &quot;%1&quot; (known here: %2)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>must be a text in quotes</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>must be %1 to %2 characters long</translation>
    </message>
    <message>
        <source>must not contain control or invisible formatting characters</source>
        <translation>must not contain control or invisible formatting characters</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>must be from %1 to %2</translation>
    </message>
    <message>
        <source>must be an object { … }</source>
        <translation>must be an object { … }</translation>
    </message>
    <message>
        <source>must be a list [ … ]</source>
        <translation>must be a list [ … ]</translation>
    </message>
    <message>
        <source>must hold %1 to %2 entries</source>
        <translation>must hold %1 to %2 entries</translation>
    </message>
    <message>
        <source>a key name is missing around &quot;+&quot;</source>
        <translation>a key name is missing around &quot;+&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (keys are named like Space, A, 1, LShift, Ctrl, Up, F5, Numpad0)</source>
        <translation>unknown key &quot;%1&quot; (keys are named like Space, A, 1, LShift, Ctrl, Up, F5, Numpad0)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is pressed twice in one combo</source>
        <translation>the key &quot;%1&quot; is pressed twice in one combo</translation>
    </message>
    <message>
        <source>at most %1 keys can be pressed together</source>
        <translation>at most %1 keys can be pressed together</translation>
    </message>
    <message>
        <source>may use only letters a-z, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;</source>
        <translation>may use only letters a-z, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;</translation>
    </message>
    <message>
        <source>must be &quot;keys&quot; or &quot;script&quot;</source>
        <translation>must be &quot;keys&quot; or &quot;script&quot;</translation>
    </message>
    <message>
        <source>belongs to actions of kind &quot;script&quot;</source>
        <translation>belongs to actions of kind &quot;script&quot;</translation>
    </message>
    <message>
        <source>belongs to actions of kind &quot;keys&quot;</source>
        <translation>belongs to actions of kind &quot;keys&quot;</translation>
    </message>
    <message>
        <source>must be the file name of a .ps1 script in the scripts folder, without a folder</source>
        <translation>must be the file name of a .ps1 script in the scripts folder, without a folder</translation>
    </message>
    <message>
        <source>there is no script %1 in the scripts folder %2</source>
        <translation>there is no script %1 in the scripts folder %2</translation>
    </message>
    <message>
        <source>%1 must be a file inside the scripts folder, not a link out of it</source>
        <translation>%1 must be a file inside the scripts folder, not a link out of it</translation>
    </message>
    <message>
        <source>must hold 1 to 64 choices</source>
        <translation>must hold 1 to 64 choices</translation>
    </message>
    <message>
        <source>a choice must be one word of 1 to 32 characters</source>
        <translation>a choice must be one word of 1 to 32 characters</translation>
    </message>
    <message>
        <source>the choice &quot;%1&quot; is declared twice</source>
        <translation>the choice &quot;%1&quot; is declared twice</translation>
    </message>
    <message>
        <source>must be a list of keys, or {&quot;keys&quot;: […], &quot;holdMs&quot;: N}</source>
        <translation>must be a list of keys, or {&quot;keys&quot;: […], &quot;holdMs&quot;: N}</translation>
    </message>
    <message>
        <source>must be a list of arguments, or {&quot;args&quot;: […]}</source>
        <translation>must be a list of arguments, or {&quot;args&quot;: […]}</translation>
    </message>
    <message>
        <source>a keys action needs &quot;keys&quot; or &quot;choices&quot;</source>
        <translation>a keys action needs &quot;keys&quot; or &quot;choices&quot;</translation>
    </message>
    <message>
        <source>must be {&quot;command&quot;: &quot;!word&quot;} or {&quot;reward&quot;: &quot;title&quot;}</source>
        <translation>must be {&quot;command&quot;: &quot;!word&quot;} or {&quot;reward&quot;: &quot;title&quot;}</translation>
    </message>
    <message>
        <source>a command is one word, such as !jump</source>
        <translation>a command is one word, such as !jump</translation>
    </message>
    <message>
        <source>%1 is kept for moderators (!bridge on|off, !stop)</source>
        <translation>%1 is kept for moderators (!bridge on|off, !stop)</translation>
    </message>
    <message>
        <source>must be one of everyone, subscriber, vip, moderator, broadcaster</source>
        <translation>must be one of everyone, subscriber, vip, moderator, broadcaster</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation>the file is larger than 1 MB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>it is not valid JSON at line %1, column %2: %3</source>
        <translation>it is not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object { … }</source>
        <translation>the file must hold one JSON object { … }</translation>
    </message>
    <message>
        <source>must be &quot;anarchy&quot; or &quot;democracy&quot;</source>
        <translation>must be &quot;anarchy&quot; or &quot;democracy&quot;</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two actions</source>
        <translation>the id &quot;%1&quot; is used by two actions</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; is used by &quot;%2&quot; already</source>
        <translation>the trigger &quot;%1&quot; is used by &quot;%2&quot; already</translation>
    </message>
    <message>
        <source>The bridge file %1 does not exist.</source>
        <translation>The bridge file %1 does not exist.</translation>
    </message>
    <message>
        <source>The bridge file %1 cannot be read: %2</source>
        <translation>The bridge file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The bridge file %1 is not usable, so the bridge stays off: %2</source>
        <translation>The bridge file %1 is not usable, so the bridge stays off: %2</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeConfigEdit</name>
    <message>
        <source>bridge.json has a mistake, so ChatVox does not write over it. Fix it by hand, then press Reload. %1</source>
        <translation>bridge.json has a mistake, so ChatVox does not write over it. Fix it by hand, then press Reload. %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <source>VIPs</source>
        <translation>VIPs</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderators</translation>
    </message>
    <message>
        <source>You only</source>
        <translation>You only</translation>
    </message>
    <message>
        <source>Subscribers (and founders), VIPs and above</source>
        <translation>Subscribers (and founders), VIPs and above</translation>
    </message>
    <message>
        <source>VIPs, moderators and you</source>
        <translation>VIPs, moderators and you</translation>
    </message>
    <message>
        <source>Moderators and you</source>
        <translation>Moderators and you</translation>
    </message>
    <message>
        <source>Only you (the broadcaster)</source>
        <translation>Only you (the broadcaster)</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeOptionsDialog</name>
    <message>
        <source>PowerShell program</source>
        <translation>PowerShell program</translation>
    </message>
    <message>
        <source>Scripts folder</source>
        <translation>Scripts folder</translation>
    </message>
    <message>
        <source>Windows PowerShell 5.1 (powershell.exe)</source>
        <translation>Windows PowerShell 5.1 (powershell.exe)</translation>
    </message>
    <message>
        <source>PowerShell 7 (pwsh.exe)</source>
        <translation>PowerShell 7 (pwsh.exe)</translation>
    </message>
    <message>
        <source>Another program…</source>
        <translation>Another program…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved in %1. A --powershell PATH on the command line is used instead of the choice above for that run. Scripts that actions use must be in the scripts folder.</source>
        <translation>Saved in %1. A --powershell PATH on the command line is used instead of the choice above for that run. Scripts that actions use must be in the scripts folder.</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgePanel</name>
    <message>
        <source>NOT AVAILABLE</source>
        <translation>NOT AVAILABLE</translation>
    </message>
    <message>
        <source>The viewer-input bridge is not part of this run.</source>
        <translation>The viewer-input bridge is not part of this run.</translation>
    </message>
    <message>
        <source>OFF: BAD FILE</source>
        <translation>OFF: BAD FILE</translation>
    </message>
    <message>
        <source>Fix bridge.json by hand (Open folder), then press Reload. ChatVox does not write over it, so nothing you wrote is lost.</source>
        <translation>Fix bridge.json by hand (Open folder), then press Reload. ChatVox does not write over it, so nothing you wrote is lost.</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>OFF</translation>
    </message>
    <message>
        <source>The bridge is off: nothing viewers type or redeem presses keys or runs scripts. Add actions, then turn it on above.</source>
        <translation>The bridge is off: nothing viewers type or redeem presses keys or runs scripts. Add actions, then turn it on above.</translation>
    </message>
    <message>
        <source>DISARMED: KILL SWITCH</source>
        <translation>DISARMED: KILL SWITCH</translation>
    </message>
    <message>
        <source>The kill switch disarmed the bridge. It stays disarmed until you arm it again (a moderator&apos;s !bridge on is refused).</source>
        <translation>The kill switch disarmed the bridge. It stays disarmed until you arm it again (a moderator&apos;s !bridge on is refused).</translation>
    </message>
    <message>
        <source>DISARMED</source>
        <translation>DISARMED</translation>
    </message>
    <message>
        <source>Disarmed: viewers&apos; commands and rewards do nothing until you arm the bridge.</source>
        <translation>Disarmed: viewers&apos; commands and rewards do nothing until you arm the bridge.</translation>
    </message>
    <message>
        <source>ARMED</source>
        <translation>ARMED</translation>
    </message>
    <message>
        <source>Armed: viewers vote with their commands; when the vote window closes, the most voted action runs.</source>
        <translation>Armed: viewers vote with their commands; when the vote window closes, the most voted action runs.</translation>
    </message>
    <message>
        <source>Armed: every valid command and reward runs its action.</source>
        <translation>Armed: every valid command and reward runs its action.</translation>
    </message>
    <message>
        <source>Dis&amp;arm</source>
        <translation>Dis&amp;arm</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>&amp;Arm</translation>
    </message>
    <message>
        <source>Disarm: viewers&apos; commands and rewards do nothing until you arm the bridge again.</source>
        <translation>Disarm: viewers&apos; commands and rewards do nothing until you arm the bridge again.</translation>
    </message>
    <message>
        <source>Arm: viewers&apos; commands and rewards run their actions.</source>
        <translation>Arm: viewers&apos; commands and rewards run their actions.</translation>
    </message>
    <message>
        <source>Turn the bridge on first.</source>
        <translation>Turn the bridge on first.</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>PowerShell: not started (it starts when the bridge is armed, or for a test).</source>
        <translation>PowerShell: not started (it starts when the bridge is armed, or for a test).</translation>
    </message>
    <message>
        <source>PowerShell: %1, not running (it starts when the bridge is armed).</source>
        <translation>PowerShell: %1, not running (it starts when the bridge is armed).</translation>
    </message>
    <message>
        <source>PowerShell: starting %1…</source>
        <translation>PowerShell: starting %1…</translation>
    </message>
    <message>
        <source>PowerShell: ready (%1).</source>
        <translation>PowerShell: ready (%1).</translation>
    </message>
    <message>
        <source>PowerShell: restarting after a failure: %1</source>
        <translation>PowerShell: restarting after a failure: %1</translation>
    </message>
    <message>
        <source>PowerShell keeps failing: %1</source>
        <translation>PowerShell keeps failing: %1</translation>
    </message>
    <message>
        <source>Turn the bridge on first: the test runs through PowerShell like a viewer&apos;s command.</source>
        <translation>Turn the bridge on first: the test runs through PowerShell like a viewer&apos;s command.</translation>
    </message>
    <message>
        <source>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</source>
        <translation>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Remove the action %1 from bridge.json?</source>
        <translation>Remove the action %1 from bridge.json?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Anarchy: every command runs</source>
        <translation>Anarchy: every command runs</translation>
    </message>
    <message>
        <source>Democracy: viewers vote</source>
        <translation>Democracy: viewers vote</translation>
    </message>
    <message>
        <source>PowerShell: starting…</source>
        <translation>PowerShell: starting…</translation>
    </message>
</context>
<context>
    <name>chatvox::BroadcastServer</name>
    <message>
        <source>ChatVox WebSocket broadcast.
ws://HOST:PORT/ : one AudioQuery JSON per utterance (tc2vv compatible)
ws://HOST:PORT/events : ChatVox events (JSON)
</source>
        <translation>ChatVox WebSocket broadcast.
ws://HOST:PORT/ : one AudioQuery JSON per utterance (tc2vv compatible)
ws://HOST:PORT/events : ChatVox events (JSON)
</translation>
    </message>
</context>
<context>
    <name>chatvox::Cli</name>
    <message>
        <source>ChatVox reads Twitch chat aloud through VOICEVOX-compatible speech engines.</source>
        <translation>ChatVox reads Twitch chat aloud through VOICEVOX-compatible speech engines.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Run without windows or tray icon.</source>
        <translation>Run without windows or tray icon.</translation>
    </message>
    <message>
        <source>Twitch channel to read (no login needed).</source>
        <translation>Twitch channel to read (no login needed).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Voice style id of the engine.</source>
        <translation>Voice style id of the engine.</translation>
    </message>
    <message>
        <source>STYLE_ID</source>
        <translation>STYLE_ID</translation>
    </message>
    <message>
        <source>Settings file (INI) to use.</source>
        <translation>Settings file (INI) to use.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Audio output device name.</source>
        <translation>Audio output device name.</translation>
    </message>
    <message>
        <source>Read raw Twitch IRC lines from FILE (- for stdin) instead of Twitch.</source>
        <translation>Read raw Twitch IRC lines from FILE (- for stdin) instead of Twitch.</translation>
    </message>
    <message>
        <source>With --replay: print each decision as a JSON line; no speech.</source>
        <translation>With --replay: print each decision as a JSON line; no speech.</translation>
    </message>
    <message>
        <source>Twitch chat WebSocket URL.</source>
        <translation>Twitch chat WebSocket URL.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--engine needs an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>--engine needs an http:// or https:// URL, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--speaker needs a style id (a whole number), not &quot;%1&quot;.</source>
        <translation>--speaker needs a style id (a whole number), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dry-run works only with --replay FILE.</source>
        <translation>--dry-run works only with --replay FILE.</translation>
    </message>
    <message>
        <source>--login and --logout cannot be combined.</source>
        <translation>--login and --logout cannot be combined.</translation>
    </message>
    <message>
        <source>--%1 needs a URL starting with %2, not &quot;%3&quot;.</source>
        <translation>--%1 needs a URL starting with %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Twitch EventSub WebSocket URL (channel points).</source>
        <translation>Twitch EventSub WebSocket URL (channel points).</translation>
    </message>
    <message>
        <source>Twitch login server URL (id.twitch.tv).</source>
        <translation>Twitch login server URL (id.twitch.tv).</translation>
    </message>
    <message>
        <source>Twitch API (Helix) URL.</source>
        <translation>Twitch API (Helix) URL.</translation>
    </message>
    <message>
        <source>Log in to Twitch (shows a code to enter on twitch.tv), save the login in the system keychain and exit.</source>
        <translation>Log in to Twitch (shows a code to enter on twitch.tv), save the login in the system keychain and exit.</translation>
    </message>
    <message>
        <source>Log out of Twitch: revoke the token, delete it and exit.</source>
        <translation>Log out of Twitch: revoke the token, delete it and exit.</translation>
    </message>
    <message>
        <source>Running ChatVox: skip the message being read.</source>
        <translation>Running ChatVox: skip the message being read.</translation>
    </message>
    <message>
        <source>Running ChatVox: pause reading.</source>
        <translation>Running ChatVox: pause reading.</translation>
    </message>
    <message>
        <source>Running ChatVox: resume reading.</source>
        <translation>Running ChatVox: resume reading.</translation>
    </message>
    <message>
        <source>Running ChatVox: kill switch (silence now, disarm viewer actions).</source>
        <translation>Running ChatVox: kill switch (silence now, disarm viewer actions).</translation>
    </message>
    <message>
        <source>--%1 acts on the running ChatVox and cannot be combined with --replay.</source>
        <translation>--%1 acts on the running ChatVox and cannot be combined with --replay.</translation>
    </message>
    <message>
        <source>File of the actions viewers may trigger (default: bridge.json next to the settings file).</source>
        <translation>File of the actions viewers may trigger (default: bridge.json next to the settings file).</translation>
    </message>
    <message>
        <source>PowerShell program that carries out viewer actions (default: powershell.exe).</source>
        <translation>PowerShell program that carries out viewer actions (default: powershell.exe).</translation>
    </message>
    <message>
        <source>Speech engine URL; repeat it for more: copies of the same engine and version share the work, other engines take over in order when they fail.</source>
        <translation>Speech engine URL; repeat it for more: copies of the same engine and version share the work, other engines take over in order when they fail.</translation>
    </message>
    <message>
        <source>Broadcast each utterance&apos;s AudioQuery over WebSocket on PORT (tc2vv browser players: ws://127.0.0.1:PORT/; ChatVox events: /events).</source>
        <translation>Broadcast each utterance&apos;s AudioQuery over WebSocket on PORT (tc2vv browser players: ws://127.0.0.1:PORT/; ChatVox events: /events).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Serve the OBS browser-source overlay (captions) on PORT: http://127.0.0.1:PORT/overlay</source>
        <translation>Serve the OBS browser-source overlay (captions) on PORT: http://127.0.0.1:PORT/overlay</translation>
    </message>
    <message>
        <source>Accept text from programs that talk to BouyomiChan (TCP 50001, HTTP 50080; the ports are settings).</source>
        <translation>Accept text from programs that talk to BouyomiChan (TCP 50001, HTTP 50080; the ports are settings).</translation>
    </message>
    <message>
        <source>Address the servers above listen on (default 127.0.0.1: this PC only; they have no password).</source>
        <translation>Address the servers above listen on (default 127.0.0.1: this PC only; they have no password).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>--%1 needs a port number (0 to 65535), not &quot;%2&quot;.</source>
        <translation>--%1 needs a port number (0 to 65535), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;.</source>
        <translation>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keep your reading dictionary in the engines&apos; user dictionaries (VOICEVOX family).</source>
        <translation>Keep your reading dictionary in the engines&apos; user dictionaries (VOICEVOX family).</translation>
    </message>
    <message>
        <source>Serve health probes and metrics on PORT: /healthz (alive), /readyz (reading and speaking), /metrics (Prometheus).</source>
        <translation>Serve health probes and metrics on PORT: /healthz (alive), /readyz (reading and speaking), /metrics (Prometheus).</translation>
    </message>
    <message>
        <source>Keep the Twitch login in FILE instead of the system keychain (for servers and containers; only you may read it).</source>
        <translation>Keep the Twitch login in FILE instead of the system keychain (for servers and containers; only you may read it).</translation>
    </message>
    <message>
        <source>Log as text (default) or json (one JSON object a line).</source>
        <translation>Log as text (default) or json (one JSON object a line).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--token-file needs a file name.</source>
        <translation>--token-file needs a file name.</translation>
    </message>
    <message>
        <source>--log-format needs text or json, not &quot;%1&quot;.</source>
        <translation>--log-format needs text or json, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>chatvox::ConnectionPanel</name>
    <message>
        <source>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</source>
        <translation>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</translation>
    </message>
    <message>
        <source>enter your channel to read your own chat</source>
        <translation>enter your channel to read your own chat</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>your Twitch channel name</translation>
    </message>
    <message>
        <source>Stop the demo and read this channel</source>
        <translation>Stop the demo and read this channel</translation>
    </message>
    <message>
        <source>Start reading this channel</source>
        <translation>Start reading this channel</translation>
    </message>
</context>
<context>
    <name>chatvox::Desktop</name>
    <message>
        <source>No system tray here: ChatVox stays a normal window (closing it quits).</source>
        <translation>No system tray here: ChatVox stays a normal window (closing it quits).</translation>
    </message>
    <message>
        <source>ChatVox stopped</source>
        <translation>ChatVox stopped</translation>
    </message>
    <message>
        <source>No system tray: closing the window quits</source>
        <translation>No system tray: closing the window quits</translation>
    </message>
</context>
<context>
    <name>chatvox::DeviceCodeLogin</name>
    <message>
        <source>The login is not available.</source>
        <translation>The login is not available.</translation>
    </message>
    <message>
        <source>No Twitch Client ID is set. Register an application in the Twitch developer console and enter its Client ID in the settings (see the README).</source>
        <translation>No Twitch Client ID is set. Register an application in the Twitch developer console and enter its Client ID in the settings (see the README).</translation>
    </message>
    <message>
        <source>The login code expired before it was entered. Try again for a new code.</source>
        <translation>The login code expired before it was entered. Try again for a new code.</translation>
    </message>
    <message>
        <source>The login was declined on Twitch.</source>
        <translation>The login was declined on Twitch.</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch refused the login: %1</translation>
    </message>
    <message>
        <source>Twitch did not confirm the new login: %1</source>
        <translation>Twitch did not confirm the new login: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::DictionaryCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>the word is empty</translation>
    </message>
    <message>
        <source>the word is longer than %1 characters</source>
        <translation>the word is longer than %1 characters</translation>
    </message>
    <message>
        <source>the reading is longer than %1 characters</source>
        <translation>the reading is longer than %1 characters</translation>
    </message>
    <message>
        <source>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</source>
        <translation>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>a stray quote (put the whole field in quotes and double the quotes in it)</source>
        <translation>a stray quote (put the whole field in quotes and double the quotes in it)</translation>
    </message>
    <message>
        <source>expected word,reading</source>
        <translation>expected word,reading</translation>
    </message>
    <message>
        <source>%1 columns (put quotes around a word or reading that has a comma)</source>
        <translation>%1 columns (put quotes around a word or reading that has a comma)</translation>
    </message>
    <message>
        <source>expected word&lt;TAB&gt;reading or priority&lt;TAB&gt;flag&lt;TAB&gt;word&lt;TAB&gt;reading</source>
        <translation>expected word&lt;TAB&gt;reading or priority&lt;TAB&gt;flag&lt;TAB&gt;word&lt;TAB&gt;reading</translation>
    </message>
    <message>
        <source>the priority is not a number</source>
        <translation>the priority is not a number</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB; it was not read.</source>
        <translation>The file is larger than 16 MB; it was not read.</translation>
    </message>
    <message>
        <source>Only the first %1 entries were read.</source>
        <translation>Only the first %1 entries were read.</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>… and %1 more errors.</translation>
    </message>
</context>
<context>
    <name>chatvox::DroppedMessagesLog</name>
    <message numerus="yes">
        <source>Chat is too fast: skipped %n message(s).</source>
        <translation>
            <numerusform>Chat is too fast: skipped %n message.</numerusform>
            <numerusform>Chat is too fast: skipped %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatvox::EngineDictionaries</name>
    <message>
        <source>Engine dictionary on: the reading dictionary goes into the engines&apos; user dictionaries.</source>
        <translation>Engine dictionary on: the reading dictionary goes into the engines&apos; user dictionaries.</translation>
    </message>
    <message>
        <source>Engine dictionary off: ChatVox&apos;s words stay in the engines until removed.</source>
        <translation>Engine dictionary off: ChatVox&apos;s words stay in the engines until removed.</translation>
    </message>
    <message>
        <source>Engine dictionary of %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Engine dictionary of %1: %2 added, %3 changed, %4 removed.</translation>
    </message>
    <message>
        <source>Removing ChatVox&apos;s words…</source>
        <translation>Removing ChatVox&apos;s words…</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message numerus="yes">
        <source>Off; %n word(s) from ChatVox are still in the engine.</source>
        <translation>
            <numerusform>Off; %n word from ChatVox is still in the engine.</numerusform>
            <numerusform>Off; %n words from ChatVox are still in the engine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Waiting for the engine to answer.</source>
        <translation>Waiting for the engine to answer.</translation>
    </message>
    <message>
        <source>Not synchronized yet.</source>
        <translation>Not synchronized yet.</translation>
    </message>
    <message numerus="yes">
        <source>In sync: %n word(s) from ChatVox.</source>
        <translation>
            <numerusform>In sync: %n word from ChatVox.</numerusform>
            <numerusform>In sync: %n words from ChatVox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In sync, except %n word(s) that the engine&apos;s own user dictionary reads differently (left as they are).</source>
        <translation>
            <numerusform>In sync, except %n word that the engine&apos;s own user dictionary reads differently (left as it is).</numerusform>
            <numerusform>In sync, except %n words that the engine&apos;s own user dictionary reads differently (left as they are).</numerusform>
        </translation>
    </message>
    <message>
        <source>This engine has no user dictionary.</source>
        <translation>This engine has no user dictionary.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Stopped before it was done; synchronizes again on the next change.</source>
        <translation>Stopped before it was done; synchronizes again on the next change.</translation>
    </message>
    <message numerus="yes">
        <source>The engine refused %n word(s).</source>
        <translation>
            <numerusform>The engine refused %n word.</numerusform>
            <numerusform>The engine refused %n words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatvox::EngineModel</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Not running</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Reads English words in katakana</source>
        <translation>Reads English words in katakana</translation>
    </message>
    <message>
        <source>Spells unknown English words letter by letter</source>
        <translation>Spells unknown English words letter by letter</translation>
    </message>
</context>
<context>
    <name>chatvox::EngineSet</name>
    <message>
        <source>No speech engine is configured.</source>
        <translation>No speech engine is configured.</translation>
    </message>
    <message>
        <source>No speech engine is available.</source>
        <translation>No speech engine is available.</translation>
    </message>
</context>
<context>
    <name>chatvox::EventSub</name>
    <message>
        <source>EventSub sent something that is not JSON: %1</source>
        <translation>EventSub sent something that is not JSON: %1</translation>
    </message>
    <message>
        <source>EventSub sent a message without metadata.</source>
        <translation>EventSub sent a message without metadata.</translation>
    </message>
</context>
<context>
    <name>chatvox::EventSubClient</name>
    <message>
        <source>Twitch EventSub went silent (no keepalive). Reconnecting.</source>
        <translation>Twitch EventSub went silent (no keepalive). Reconnecting.</translation>
    </message>
    <message>
        <source>Twitch EventSub did not welcome us in time. Reconnecting.</source>
        <translation>Twitch EventSub did not welcome us in time. Reconnecting.</translation>
    </message>
    <message>
        <source>Invalid Twitch EventSub address: %1</source>
        <translation>Invalid Twitch EventSub address: %1</translation>
    </message>
    <message>
        <source>Twitch EventSub closed the connection (%1). Reconnecting.</source>
        <translation>Twitch EventSub closed the connection (%1). Reconnecting.</translation>
    </message>
    <message>
        <source>Twitch withdrew ChatVox&apos;s access to channel points (the permission was revoked). Log in again.</source>
        <translation>Twitch withdrew ChatVox&apos;s access to channel points (the permission was revoked). Log in again.</translation>
    </message>
    <message>
        <source>Twitch ended the channel-point subscription: the account is no longer available.</source>
        <translation>Twitch ended the channel-point subscription: the account is no longer available.</translation>
    </message>
    <message>
        <source>Twitch ended the channel-point subscription (%1).</source>
        <translation>Twitch ended the channel-point subscription (%1).</translation>
    </message>
    <message>
        <source>Twitch refuses the login for channel points (%1). Log in again.</source>
        <translation>Twitch refuses the login for channel points (%1). Log in again.</translation>
    </message>
    <message>
        <source>Twitch does not allow reading this channel&apos;s redemptions (%1). Log in with the channel&apos;s own account.</source>
        <translation>Twitch does not allow reading this channel&apos;s redemptions (%1). Log in with the channel&apos;s own account.</translation>
    </message>
    <message>
        <source>Twitch refused the channel-point subscription (HTTP %1: %2).</source>
        <translation>Twitch refused the channel-point subscription (HTTP %1: %2).</translation>
    </message>
</context>
<context>
    <name>chatvox::FileTokenStore</name>
    <message>
        <source>the file %1</source>
        <translation>the file %1</translation>
    </message>
    <message>
        <source>Other users may read or change the token file %1 (mode %2). Make it yours alone with: chmod 600 %1</source>
        <translation>Other users may read or change the token file %1 (mode %2). Make it yours alone with: chmod 600 %1</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation>The token file %1 is not a regular file.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>The token file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>It is too large to hold a Twitch login.</source>
        <translation>It is too large to hold a Twitch login.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be used: %2 It was left as it is; fix it, or log in again with: chatvox --login --token-file %1</source>
        <translation>The token file %1 cannot be used: %2 It was left as it is; fix it, or log in again with: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>The token file %1 could not be updated (%2). The new Twitch login is kept in memory for this run only.</source>
        <translation>The token file %1 could not be updated (%2). The new Twitch login is kept in memory for this run only.</translation>
    </message>
    <message>
        <source>The token file %1 could not be deleted (%2). Delete it yourself; ChatVox no longer uses the login in it.</source>
        <translation>The token file %1 could not be deleted (%2). Delete it yourself; ChatVox no longer uses the login in it.</translation>
    </message>
</context>
<context>
    <name>chatvox::FilterEditor</name>
    <message>
        <source>Type a chat line to see what would be read.</source>
        <translation>Type a chat line to see what would be read.</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>Reads: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>Import readings</translation>
    </message>
    <message>
        <source>Dictionaries (*.csv *.txt *.tsv *.dic);;All files (*)</source>
        <translation>Dictionaries (*.csv *.txt *.tsv *.dic);;All files (*)</translation>
    </message>
    <message>
        <source>Export readings</source>
        <translation>Export readings</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>No readings found in %1.</source>
        <translation>No readings found in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) in %1. Add them to the table, or replace the table with them?</source>
        <translation>
            <numerusform>%n reading in %1. Add it to the table, or replace the table with it?</numerusform>
            <numerusform>%n readings in %1. Add them to the table, or replace the table with them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add keeps the table and gives words already in it the imported reading.</source>
        <translation>Add keeps the table and gives words already in it the imported reading.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) imported from %1. Some lines were left out:</source>
        <translation>
            <numerusform>%n reading imported from %1. Some lines were left out:</numerusform>
            <numerusform>%n readings imported from %1. Some lines were left out:</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <source>Replace the default readings with the ones ChatVox ships? Your changes to them are lost; your own reading dictionary is kept.</source>
        <translation>Replace the default readings with the ones ChatVox ships? Your changes to them are lost; your own reading dictionary is kept.</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Re&amp;set</translation>
    </message>
</context>
<context>
    <name>chatvox::FilterPipeline</name>
    <message>
        <source>A chat command (starts with a command prefix).</source>
        <translation>A chat command (starts with a command prefix).</translation>
    </message>
    <message>
        <source>Sent by an ignored user or a known bot.</source>
        <translation>Sent by an ignored user or a known bot.</translation>
    </message>
    <message>
        <source>Contains an NG word.</source>
        <translation>Contains an NG word.</translation>
    </message>
    <message>
        <source>Longer than the length limit.</source>
        <translation>Longer than the length limit.</translation>
    </message>
    <message>
        <source>Nothing left to read (empty or only emotes).</source>
        <translation>Nothing left to read (empty or only emotes).</translation>
    </message>
    <message>
        <source>This viewer sent more messages than the per-user rate limit allows.</source>
        <translation>This viewer sent more messages than the per-user rate limit allows.</translation>
    </message>
    <message>
        <source>Not a chat message (a notice without the viewer&apos;s own words).</source>
        <translation>Not a chat message (a notice without the viewer&apos;s own words).</translation>
    </message>
</context>
<context>
    <name>chatvox::GlobalHotkeys</name>
    <message>
        <source>%1 cannot be a global hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</source>
        <translation>%1 cannot be a global hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by another program.</source>
        <translation>The hotkey %1 is already used by another program.</translation>
    </message>
</context>
<context>
    <name>chatvox::Health</name>
    <message>
        <source>Health probes: %1/healthz, %1/readyz, metrics: %1/metrics</source>
        <translation>Health probes: %1/healthz, %1/readyz, metrics: %1/metrics</translation>
    </message>
    <message>
        <source>Health probes: port %1 cannot be opened: %2</source>
        <translation>Health probes: port %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>chatvox::HostLaunch</name>
    <message numerus="yes">
        <source>powershell.exe did not answer within %n second(s). Starting Windows programs from WSL can hang (Windows 10 build 19042 did when started from a Linux folder; ChatVox starts it from %1). Fix: run &quot;wsl --shutdown&quot; in Windows and start ChatVox again; if it keeps hanging, update WSL with &quot;wsl --update&quot;.</source>
        <translation>
            <numerusform>powershell.exe did not answer within %n second. Starting Windows programs from WSL can hang (Windows 10 build 19042 did when started from a Linux folder; ChatVox starts it from %1). Fix: run &quot;wsl --shutdown&quot; in Windows and start ChatVox again; if it keeps hanging, update WSL with &quot;wsl --update&quot;.</numerusform>
            <numerusform>powershell.exe did not answer within %n seconds. Starting Windows programs from WSL can hang (Windows 10 build 19042 did when started from a Linux folder; ChatVox starts it from %1). Fix: run &quot;wsl --shutdown&quot; in Windows and start ChatVox again; if it keeps hanging, update WSL with &quot;wsl --update&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PowerShell (%1) did not answer within %n second(s). Check that security software does not block it, or choose another one with &quot;powershell&quot; in bridge.json or --powershell.</source>
        <translation>
            <numerusform>PowerShell (%1) did not answer within %n second. Check that security software does not block it, or choose another one with &quot;powershell&quot; in bridge.json or --powershell.</numerusform>
            <numerusform>PowerShell (%1) did not answer within %n seconds. Check that security software does not block it, or choose another one with &quot;powershell&quot; in bridge.json or --powershell.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not found on PATH nor under %2. Is drive C: mounted there (see [automount] in /etc/wsl.conf)? Or give its path with --powershell.</source>
        <translation>%1 was not found on PATH nor under %2. Is drive C: mounted there (see [automount] in /etc/wsl.conf)? Or give its path with --powershell.</translation>
    </message>
    <message>
        <source>%1 was not found. Install PowerShell 7 for &quot;pwsh&quot;, or give the program with --powershell.</source>
        <translation>%1 was not found. Install PowerShell 7 for &quot;pwsh&quot;, or give the program with --powershell.</translation>
    </message>
    <message>
        <source>The bridge presses keys on Windows: run ChatVox on Windows, or in WSL on the PC that runs the game (--powershell PATH starts another program instead).</source>
        <translation>The bridge presses keys on Windows: run ChatVox on Windows, or in WSL on the PC that runs the game (--powershell PATH starts another program instead).</translation>
    </message>
    <message>
        <source>The PowerShell program %1 does not exist.</source>
        <translation>The PowerShell program %1 does not exist.</translation>
    </message>
    <message>
        <source>host.ps1 is missing from this build of ChatVox.</source>
        <translation>host.ps1 is missing from this build of ChatVox.</translation>
    </message>
    <message>
        <source>The folder for host.ps1 (%1) is not on a Windows drive.</source>
        <translation>The folder for host.ps1 (%1) is not on a Windows drive.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the Windows side.</source>
        <translation>Cannot create the folder %1 on the Windows side.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation>Cannot read the script %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the script %1: %2</source>
        <translation>Cannot copy the script %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn %1 into a Windows path (wslpath failed).</source>
        <translation>Cannot turn %1 into a Windows path (wslpath failed).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Starting PowerShell was cancelled.</source>
        <translation>Starting PowerShell was cancelled.</translation>
    </message>
</context>
<context>
    <name>chatvox::HttpServer</name>
    <message>
        <source>Request header too large</source>
        <translation>Request header too large</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <source>Chunked request bodies are not supported; send Content-Length</source>
        <translation>Chunked request bodies are not supported; send Content-Length</translation>
    </message>
    <message>
        <source>Bad Content-Length</source>
        <translation>Bad Content-Length</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>Request body too large</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Request timeout</translation>
    </message>
    <message>
        <source>Cannot accept a connection on port %1: %2</source>
        <translation>Cannot accept a connection on port %1: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Too many connections</translation>
    </message>
    <message>
        <source>No WebSocket at %1</source>
        <translation>No WebSocket at %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Method not allowed</translation>
    </message>
</context>
<context>
    <name>chatvox::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Remove ChatVox&apos;s words</source>
        <translation>Remove ChatVox&apos;s words</translation>
    </message>
    <message>
        <source>Delete the words ChatVox added from the user dictionary of every engine that answers now? Words you added in the engine&apos;s own editor stay.</source>
        <translation>Delete the words ChatVox added from the user dictionary of every engine that answers now? Words you added in the engine&apos;s own editor stay.</translation>
    </message>
    <message>
        <source>Export the engine words</source>
        <translation>Export the engine words</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Import engine words</source>
        <translation>Import engine words</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) added to or changed in your dictionary.</source>
        <translation>
            <numerusform>%n reading added to or changed in your dictionary.</numerusform>
            <numerusform>%n readings added to or changed in your dictionary.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <source>Servers listen on</source>
        <translation>Servers listen on</translation>
    </message>
    <message>
        <source>This PC only (127.0.0.1)</source>
        <translation>This PC only (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>All network interfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <source>Custom listen address</source>
        <translation>Custom listen address</translation>
    </message>
    <message>
        <source>Warning: the servers have no password. Anyone who can reach this PC over the network can have text read aloud and see what is read. Use this only on a network you trust, and allow the ports in the firewall only there.</source>
        <translation>Warning: the servers have no password. Anyone who can reach this PC over the network can have text read aloud and see what is read. Use this only on a network you trust, and allow the ports in the firewall only there.</translation>
    </message>
    <message>
        <source>Broadcast for tc2vv players</source>
        <translation>Broadcast for tc2vv players</translation>
    </message>
    <message>
        <source>Send each utterance to tc2vv-compatible players (WebSocket)</source>
        <translation>Send each utterance to tc2vv-compatible players (WebSocket)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Broadcast port</source>
        <translation>Broadcast port</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Any free port</translation>
    </message>
    <message>
        <source>Include the WAV in the events (base64; large)</source>
        <translation>Include the WAV in the events (base64; large)</translation>
    </message>
    <message>
        <source>tc2vv player</source>
        <translation>tc2vv player</translation>
    </message>
    <message>
        <source>Broadcast address for tc2vv players</source>
        <translation>Broadcast address for tc2vv players</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Broadcast address for ChatVox events</source>
        <translation>Broadcast address for ChatVox events</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the tc2vv player address</source>
        <translation>Copy the tc2vv player address</translation>
    </message>
    <message>
        <source>Copy the events address</source>
        <translation>Copy the events address</translation>
    </message>
    <message>
        <source>OBS overlay</source>
        <translation>OBS overlay</translation>
    </message>
    <message>
        <source>Serve a caption page for an OBS browser source</source>
        <translation>Serve a caption page for an OBS browser source</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>Overlay port</translation>
    </message>
    <message>
        <source>The page may play the voice itself (for OBS&apos;s mixer)</source>
        <translation>The page may play the voice itself (for OBS&apos;s mixer)</translation>
    </message>
    <message>
        <source>Browser source URL</source>
        <translation>Browser source URL</translation>
    </message>
    <message>
        <source>Overlay address</source>
        <translation>Overlay address</translation>
    </message>
    <message>
        <source>Copy the overlay address</source>
        <translation>Copy the overlay address</translation>
    </message>
    <message>
        <source>Options after the address, e.g. ?position=top&amp;size=48&amp;theme=box&amp;hold=3 — position bottom|top|center|left|right, size in pixels, theme outline|box|light, hold seconds after the text, name=0 hides the name, max lines, audio=1 plays the voice (needs the option above; tick &quot;Control audio via OBS&quot;).</source>
        <translation>Options after the address, e.g. ?position=top&amp;size=48&amp;theme=box&amp;hold=3 — position bottom|top|center|left|right, size in pixels, theme outline|box|light, hold seconds after the text, name=0 hides the name, max lines, audio=1 plays the voice (needs the option above; tick &quot;Control audio via OBS&quot;).</translation>
    </message>
    <message>
        <source>BouyomiChan-compatible API</source>
        <translation>BouyomiChan-compatible API</translation>
    </message>
    <message>
        <source>Read text from programs made for BouyomiChan</source>
        <translation>Read text from programs made for BouyomiChan</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP port</translation>
    </message>
    <message>
        <source>BouyomiChan TCP port</source>
        <translation>BouyomiChan TCP port</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP port</translation>
    </message>
    <message>
        <source>BouyomiChan HTTP port</source>
        <translation>BouyomiChan HTTP port</translation>
    </message>
    <message>
        <source>The voice each BouyomiChan voice number is read with:</source>
        <translation>The voice each BouyomiChan voice number is read with:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Read with</translation>
    </message>
    <message>
        <source>BouyomiChan voices</source>
        <translation>BouyomiChan voices</translation>
    </message>
    <message>
        <source>Style for BouyomiChan voice %1</source>
        <translation>Style for BouyomiChan voice %1</translation>
    </message>
    <message>
        <source>Engine dictionary</source>
        <translation>Engine dictionary</translation>
    </message>
    <message>
        <source>Put my reading dictionary into the engines&apos; user dictionaries</source>
        <translation>Put my reading dictionary into the engines&apos; user dictionaries</translation>
    </message>
    <message>
        <source>The engines then know these words themselves, with an accent, also in other programs. ChatVox only changes the words it added; words you added in the engine&apos;s editor stay as they are. Turned off, ChatVox sends nothing and its words stay in the engine until you remove them.</source>
        <translation>The engines then know these words themselves, with an accent, also in other programs. ChatVox only changes the words it added; words you added in the engine&apos;s editor stay as they are. Turned off, ChatVox sends nothing and its words stay in the engine until you remove them.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Engine dictionary state per engine</source>
        <translation>Engine dictionary state per engine</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Deletes the words ChatVox added from the engines (when off)</source>
        <translation>Deletes the words ChatVox added from the engines (when off)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The words ChatVox sends to the engines, in VOICEVOX&apos;s columns</source>
        <translation>The words ChatVox sends to the engines, in VOICEVOX&apos;s columns</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Adds the file&apos;s words to your reading dictionary (the reading only: accents are not kept)</source>
        <translation>Adds the file&apos;s words to your reading dictionary (the reading only: accents are not kept)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Default voice</translation>
    </message>
    <message>
        <source>style %1</source>
        <translation>style %1</translation>
    </message>
    <message>
        <source>%1: the engine has %2, ChatVox would say %3</source>
        <translation>%1: the engine has %2, ChatVox would say %3</translation>
    </message>
    <message>
        <source>Last synchronized %1</source>
        <translation>Last synchronized %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of your reading dictionary go into the engines.</source>
        <translation>
            <numerusform>%n word of your reading dictionary goes into the engines.</numerusform>
            <numerusform>%n words of your reading dictionary go into the engines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) cannot go into the engines (the reading must be kana):</source>
        <translation>
            <numerusform>%n entry cannot go into the engines (the reading must be kana):</numerusform>
            <numerusform>%n entries cannot go into the engines (the reading must be kana):</numerusform>
        </translation>
    </message>
    <message>
        <source>Health probes and metrics</source>
        <translation>Health probes and metrics</translation>
    </message>
    <message>
        <source>Answer health probes and serve metrics (for a home server)</source>
        <translation>Answer health probes and serve metrics (for a home server)</translation>
    </message>
    <message>
        <source>Health probe port</source>
        <translation>Health probe port</translation>
    </message>
    <message>
        <source>/healthz answers whether ChatVox is alive, /readyz whether it reads and speaks, /metrics gives counters for Prometheus. For Kubernetes, Docker or a monitoring system; a streaming PC does not need it.</source>
        <translation>/healthz answers whether ChatVox is alive, /readyz whether it reads and speaks, /metrics gives counters for Prometheus. For Kubernetes, Docker or a monitoring system; a streaming PC does not need it.</translation>
    </message>
</context>
<context>
    <name>chatvox::IrcMessage</name>
    <message>
        <source>line too long (%1 bytes, limit %2)</source>
        <translation>line too long (%1 bytes, limit %2)</translation>
    </message>
    <message>
        <source>line outside its buffer</source>
        <translation>line outside its buffer</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>empty line</translation>
    </message>
    <message>
        <source>NUL byte in line</source>
        <translation>NUL byte in line</translation>
    </message>
    <message>
        <source>CR or LF inside line</source>
        <translation>CR or LF inside line</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>tags without a command</source>
        <translation>tags without a command</translation>
    </message>
    <message>
        <source>prefix without a command</source>
        <translation>prefix without a command</translation>
    </message>
    <message>
        <source>malformed command</source>
        <translation>malformed command</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>missing command</translation>
    </message>
</context>
<context>
    <name>chatvox::KeychainTokenStore</name>
    <message>
        <source>No system keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run.</source>
        <translation>No system keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run.</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>The system keychain refused: %1</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>the Windows Credential Manager</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>the macOS Keychain</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>the system keychain (Secret Service)</translation>
    </message>
</context>
<context>
    <name>chatvox::LogModel</name>
    <message>
        <source>debug</source>
        <translation>debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>chatvox::LoginDialog</name>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Time is up for this code.</source>
        <translation>Time is up for this code.</translation>
    </message>
    <message>
        <source>Time left to enter the code: %1</source>
        <translation>Time left to enter the code: %1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>ChatVox reads chat as this account, answers !voice in chat and reads channel-point redemptions aloud. The login is kept in %1.</source>
        <translation>ChatVox reads chat as this account, answers !voice in chat and reads channel-point redemptions aloud. The login is kept in %1.</translation>
    </message>
    <message>
        <source>No channel was set: ChatVox now reads your channel #%1.</source>
        <translation>No channel was set: ChatVox now reads your channel #%1.</translation>
    </message>
    <message>
        <source>Logged in as %1, but the login cannot be saved</source>
        <translation>Logged in as %1, but the login cannot be saved</translation>
    </message>
    <message>
        <source>Keep this login for this session only (you log in again when you start ChatVox next time), or log out now?</source>
        <translation>Keep this login for this session only (you log in again when you start ChatVox next time), or log out now?</translation>
    </message>
    <message>
        <source>The code has expired</source>
        <translation>The code has expired</translation>
    </message>
    <message>
        <source>You declined the login on Twitch</source>
        <translation>You declined the login on Twitch</translation>
    </message>
    <message>
        <source>ChatVox is not logged in. If that was a mistake, try again and choose &quot;Authorize&quot; on Twitch.</source>
        <translation>ChatVox is not logged in. If that was a mistake, try again and choose &quot;Authorize&quot; on Twitch.</translation>
    </message>
    <message>
        <source>The login did not work</source>
        <translation>The login did not work</translation>
    </message>
    <message>
        <source>Approved on Twitch. Finishing the login…</source>
        <translation>Approved on Twitch. Finishing the login…</translation>
    </message>
    <message>
        <source>Asking Twitch for a login code…</source>
        <translation>Asking Twitch for a login code…</translation>
    </message>
</context>
<context>
    <name>chatvox::MainWindow</name>
    <message>
        <source>About ChatVox</source>
        <translation>About ChatVox</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ChatVox %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads Twitch chat aloud through VOICEVOX-compatible speech engines.&lt;/p&gt;&lt;p&gt;Voices belong to their engines: follow each engine&apos;s terms (e.g. credit &quot;VOICEVOX: name&quot;) when you stream.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ChatVox %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads Twitch chat aloud through VOICEVOX-compatible speech engines.&lt;/p&gt;&lt;p&gt;Voices belong to their engines: follow each engine&apos;s terms (e.g. credit &quot;VOICEVOX: name&quot;) when you stream.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>&amp;Resume reading</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>&amp;Pause reading</translation>
    </message>
    <message>
        <source>reading paused</source>
        <translation>reading paused</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>%1 · %2 read · %3 waiting</source>
        <translation>%1 · %2 read · %3 waiting</translation>
    </message>
</context>
<context>
    <name>chatvox::MemoryTokenStore</name>
    <message>
        <source>memory only (lost when ChatVox ends)</source>
        <translation>memory only (lost when ChatVox ends)</translation>
    </message>
</context>
<context>
    <name>chatvox::OAuth</name>
    <message>
        <source>Twitch sent an answer that is not JSON.</source>
        <translation>Twitch sent an answer that is not JSON.</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer lacks the login code.</source>
        <translation>Twitch&apos;s answer lacks the login code.</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer lacks the access token.</source>
        <translation>Twitch&apos;s answer lacks the access token.</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer does not say who is logged in.</source>
        <translation>Twitch&apos;s answer does not say who is logged in.</translation>
    </message>
</context>
<context>
    <name>chatvox::OverlayServer</name>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>No such audio</source>
        <translation>No such audio</translation>
    </message>
</context>
<context>
    <name>chatvox::Pipeline</name>
    <message>
        <source>No system voice: %1</source>
        <translation>No system voice: %1</translation>
    </message>
    <message>
        <source>The audio output stopped responding.</source>
        <translation>The audio output stopped responding.</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <source>Looking for a speech engine…</source>
        <translation>Looking for a speech engine…</translation>
    </message>
    <message>
        <source>No speech engine answers; the system voice reads chat. Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK) and it is used as soon as it answers.</source>
        <translation>No speech engine answers; the system voice reads chat. Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK) and it is used as soon as it answers.</translation>
    </message>
    <message>
        <source>No speech engine answers and there is no system voice: chat is not read until an engine answers.</source>
        <translation>No speech engine answers and there is no system voice: chat is not read until an engine answers.</translation>
    </message>
    <message>
        <source>Voice: %1 (%2), style id %3</source>
        <translation>Voice: %1 (%2), style id %3</translation>
    </message>
    <message>
        <source>The engine lists no voice (%1); trying style 0.</source>
        <translation>The engine lists no voice (%1); trying style 0.</translation>
    </message>
    <message>
        <source>no talk style</source>
        <translation>no talk style</translation>
    </message>
    <message>
        <source>Ignored a chat line that is not valid IRC: %1</source>
        <translation>Ignored a chat line that is not valid IRC: %1</translation>
    </message>
    <message>
        <source>Reading #%1</source>
        <translation>Reading #%1</translation>
    </message>
    <message>
        <source>Twitch refused the login.</source>
        <translation>Twitch refused the login.</translation>
    </message>
    <message>
        <source>Twitch chat</source>
        <translation>Twitch chat</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Speech engine</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audio output</translation>
    </message>
    <message>
        <source>No audio output device can be opened. Check that a sound server (PulseAudio or PipeWire) runs; on WSL it comes with WSLg.</source>
        <translation>No audio output device can be opened. Check that a sound server (PulseAudio or PipeWire) runs; on WSL it comes with WSLg.</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost; reconnecting in %n second(s).</source>
        <translation>
            <numerusform>Connection lost; reconnecting in %n second.</numerusform>
            <numerusform>Connection lost; reconnecting in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill switch: speech stopped.</source>
        <translation>Kill switch: speech stopped.</translation>
    </message>
    <message>
        <source>Reading #%1 anonymously</source>
        <translation>Reading #%1 anonymously</translation>
    </message>
    <message>
        <source>Reading #%1 as %2</source>
        <translation>Reading #%1 as %2</translation>
    </message>
    <message>
        <source>Reading chat anonymously.</source>
        <translation>Reading chat anonymously.</translation>
    </message>
    <message>
        <source>Reading chat as %1.</source>
        <translation>Reading chat as %1.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Channel points</source>
        <translation>Channel points</translation>
    </message>
    <message>
        <source>Listening for channel-point redemptions</source>
        <translation>Listening for channel-point redemptions</translation>
    </message>
    <message>
        <source>Channel points: reconnecting</source>
        <translation>Channel points: reconnecting</translation>
    </message>
    <message>
        <source>Twitch refused the login; refreshing it.</source>
        <translation>Twitch refused the login; refreshing it.</translation>
    </message>
    <message>
        <source>Twitch chat refused the login even after refreshing it. Please log in again.</source>
        <translation>Twitch chat refused the login even after refreshing it. Please log in again.</translation>
    </message>
    <message>
        <source>{user} redeemed {reward}: {input}</source>
        <translation>{user} redeemed {reward}: {input}</translation>
    </message>
    <message>
        <source>{user} redeemed {reward}</source>
        <translation>{user} redeemed {reward}</translation>
    </message>
    <message>
        <source>Channel points: %1</source>
        <translation>Channel points: %1</translation>
    </message>
    <message>
        <source>Reading paused.</source>
        <translation>Reading paused.</translation>
    </message>
    <message>
        <source>Reading resumed.</source>
        <translation>Reading resumed.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Muted.</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>Sound on.</translation>
    </message>
    <message>
        <source>Reading the chat of #%1.</source>
        <translation>Reading the chat of #%1.</translation>
    </message>
</context>
<context>
    <name>chatvox::PowerShellHost</name>
    <message>
        <source>PowerShell said: %1</source>
        <translation>PowerShell said: %1</translation>
    </message>
    <message>
        <source>PowerShell did not finish an action in time (%1 ms) and is restarted.</source>
        <translation>PowerShell did not finish an action in time (%1 ms) and is restarted.</translation>
    </message>
    <message>
        <source>No PowerShell program is set for the bridge.</source>
        <translation>No PowerShell program is set for the bridge.</translation>
    </message>
    <message>
        <source>Starting PowerShell: %1</source>
        <translation>Starting PowerShell: %1</translation>
    </message>
    <message>
        <source>The bridge was stopped.</source>
        <translation>The bridge was stopped.</translation>
    </message>
    <message>
        <source>The PowerShell host is not running.</source>
        <translation>The PowerShell host is not running.</translation>
    </message>
    <message>
        <source>Cannot write to PowerShell: %1</source>
        <translation>Cannot write to PowerShell: %1</translation>
    </message>
    <message>
        <source>PowerShell printed more than 1 MB without a line end.</source>
        <translation>PowerShell printed more than 1 MB without a line end.</translation>
    </message>
    <message>
        <source>host.ps1 speaks protocol version %1, this ChatVox needs %2.</source>
        <translation>host.ps1 speaks protocol version %1, this ChatVox needs %2.</translation>
    </message>
    <message>
        <source>PowerShell is ready.</source>
        <translation>PowerShell is ready.</translation>
    </message>
    <message>
        <source>PowerShell crashed.</source>
        <translation>PowerShell crashed.</translation>
    </message>
    <message>
        <source>PowerShell exited unexpectedly (exit code %1).</source>
        <translation>PowerShell exited unexpectedly (exit code %1).</translation>
    </message>
    <message>
        <source>PowerShell (%1) could not be started: %2</source>
        <translation>PowerShell (%1) could not be started: %2</translation>
    </message>
    <message>
        <source>Keys that may still be held could not be released: %1</source>
        <translation>Keys that may still be held could not be released: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Synthesizing</source>
        <translation>Synthesizing</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <source>%1 (system voice)</source>
        <translation>%1 (system voice)</translation>
    </message>
    <message>
        <source>(ChatVox)</source>
        <translation>(ChatVox)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>chatvox::QueuePanel</name>
    <message>
        <source>Reading is paused.</source>
        <translation>Reading is paused.</translation>
    </message>
    <message>
        <source>Chat is busy: speaking %1× faster.</source>
        <translation>Chat is busy: speaking %1× faster.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) dropped so far to keep up.</source>
        <translation>
            <numerusform>%n message dropped so far to keep up.</numerusform>
            <numerusform>%n messages dropped so far to keep up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages are read in the order they came.</source>
        <translation>Messages are read in the order they came.</translation>
    </message>
</context>
<context>
    <name>chatvox::ReplaySource</name>
    <message>
        <source>Cannot read the replay input: %1</source>
        <translation>Cannot read the replay input: %1</translation>
    </message>
    <message>
        <source>Cannot read the replay input: it is not open for reading.</source>
        <translation>Cannot read the replay input: it is not open for reading.</translation>
    </message>
    <message>
        <source>No replay input was given.</source>
        <translation>No replay input was given.</translation>
    </message>
    <message>
        <source>Cannot open the replay file %1: %2</source>
        <translation>Cannot open the replay file %1: %2</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Cannot read standard input: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::RunStatus</name>
    <message>
        <source>Twitch refused the login.</source>
        <translation>Twitch refused the login.</translation>
    </message>
    <message>
        <source>No channel set: enter the channel to read.</source>
        <translation>No channel set: enter the channel to read.</translation>
    </message>
    <message>
        <source>Connecting to #%1…</source>
        <translation>Connecting to #%1…</translation>
    </message>
    <message>
        <source>Connected to #%1</source>
        <translation>Connected to #%1</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)</source>
        <translation>
            <numerusform>Reconnecting in %n s (%1)</numerusform>
            <numerusform>Reconnecting in %n s (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Reading a chat log</source>
        <translation>Reading a chat log</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: a sample chat bundled with ChatVox is read aloud. Enter your channel to read your own chat.</source>
        <translation>Demo: a sample chat bundled with ChatVox is read aloud. Enter your channel to read your own chat.</translation>
    </message>
    <message>
        <source>Demo: the sample chat has ended. Enter your channel to read your own chat.</source>
        <translation>Demo: the sample chat has ended. Enter your channel to read your own chat.</translation>
    </message>
</context>
<context>
    <name>chatvox::Servers</name>
    <message>
        <source>The servers for other programs listen on %1: anyone who can reach this computer on the network may use them (they have no password).</source>
        <translation>The servers for other programs listen on %1: anyone who can reach this computer on the network may use them (they have no password).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Broadcast (tc2vv players)</source>
        <translation>Broadcast (tc2vv players)</translation>
    </message>
    <message>
        <source>Broadcast: port %1 cannot be opened: %2</source>
        <translation>Broadcast: port %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>OBS overlay</source>
        <translation>OBS overlay</translation>
    </message>
    <message>
        <source>OBS overlay: port %1 cannot be opened: %2</source>
        <translation>OBS overlay: port %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>BouyomiChan API</source>
        <translation>BouyomiChan API</translation>
    </message>
    <message>
        <source>TCP %1:%2, http://%1:%3/Talk</source>
        <translation>TCP %1:%2, http://%1:%3/Talk</translation>
    </message>
    <message>
        <source>BouyomiChan API: cannot listen: %1</source>
        <translation>BouyomiChan API: cannot listen: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::Settings</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>it cannot be read: %1</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>line %1 is not a setting</source>
        <translation>line %1 is not a setting</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>it is not a valid INI file</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was kept as %3 and the default settings are used.</source>
        <translation>The settings file %1 could not be used (%2). It was kept as %3 and the default settings are used.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor moved aside. The default settings are used for this run and will not be saved.</source>
        <translation>The settings file %1 could not be used (%2) nor moved aside. The default settings are used for this run and will not be saved.</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>Settings not written to %1: it cannot be used now (see above).</source>
        <translation>Settings not written to %1: it cannot be used now (see above).</translation>
    </message>
    <message>
        <source>it cannot be copied for reading: %1</source>
        <translation>it cannot be copied for reading: %1</translation>
    </message>
    <message>
        <source>no temporary file: %1</source>
        <translation>no temporary file: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file %1 can be used again.</source>
        <translation>The settings file %1 can be used again.</translation>
    </message>
    <message>
        <source>The settings file %1 was changed; applied: %2.</source>
        <translation>The settings file %1 was changed; applied: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 was changed but cannot be used (%2). The settings in use are kept, and ChatVox does not write the file until it is usable again.</source>
        <translation>The settings file %1 was changed but cannot be used (%2). The settings in use are kept, and ChatVox does not write the file until it is usable again.</translation>
    </message>
    <message>
        <source>The settings file %1 was removed. The settings in use are kept, and the file is taken in again when it reappears; ChatVox does not write it until then.</source>
        <translation>The settings file %1 was removed. The settings in use are kept, and the file is taken in again when it reappears; ChatVox does not write it until then.</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 is not a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 is not a number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 is not an http or https URL</translation>
    </message>
    <message>
        <source>speech/style is not a style id</source>
        <translation>speech/style is not a style id</translation>
    </message>
</context>
<context>
    <name>chatvox::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
    <message>
        <source>Reset the settings on this page</source>
        <translation>Reset the settings on this page</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>Information (default)</translation>
    </message>
    <message>
        <source>Everything (for bug reports)</source>
        <translation>Everything (for bug reports)</translation>
    </message>
    <message>
        <source>Work in every application, also while a game has the focus. Clear a field to turn its hotkey off.</source>
        <translation>Work in every application, also while a game has the focus. Clear a field to turn its hotkey off.</translation>
    </message>
    <message>
        <source>Global hotkeys work on Windows only. On Linux, bind the commands &quot;chatvox --skip&quot; and &quot;chatvox --kill&quot; to keys in your desktop&apos;s keyboard settings.</source>
        <translation>Global hotkeys work on Windows only. On Linux, bind the commands &quot;chatvox --skip&quot; and &quot;chatvox --kill&quot; to keys in your desktop&apos;s keyboard settings.</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Entry: %1</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>Not available on this system.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>An engine address looks like http://127.0.0.1:50021.</source>
        <translation>An engine address looks like http://127.0.0.1:50021.</translation>
    </message>
    <message>
        <source>Reset all settings</source>
        <translation>Reset all settings</translation>
    </message>
    <message>
        <source>Put every setting back to what a new user gets? This cannot be undone.</source>
        <translation>Put every setting back to what a new user gets? This cannot be undone.</translation>
    </message>
    <message>
        <source>Choose an engine in the list first.</source>
        <translation>Choose an engine in the list first.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <source>%1 answers: version %2, %3 ms.</source>
        <translation>%1 answers: version %2, %3 ms.</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
</context>
<context>
    <name>chatvox::SingleInstance</name>
    <message>
        <source>ChatVox is already running.</source>
        <translation>ChatVox is already running.</translation>
    </message>
    <message>
        <source>Cannot listen for other ChatVox starts: %1</source>
        <translation>Cannot listen for other ChatVox starts: %1</translation>
    </message>
    <message>
        <source>Request from another start: %1</source>
        <translation>Request from another start: %1</translation>
    </message>
    <message>
        <source>ChatVox is not running.</source>
        <translation>ChatVox is not running.</translation>
    </message>
    <message>
        <source>The running ChatVox did not answer.</source>
        <translation>The running ChatVox did not answer.</translation>
    </message>
    <message>
        <source>The running ChatVox does not know &quot;%1&quot;.</source>
        <translation>The running ChatVox does not know &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>chatvox::SpeakerModel</name>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n style</numerusform>
            <numerusform>%n styles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), style id %3</source>
        <translation>%1 (%2), style id %3</translation>
    </message>
</context>
<context>
    <name>chatvox::SpeakerPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hello! This is how ChatVox reads your chat.</source>
        <translation>Hello! This is how ChatVox reads your chat.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>No speech engine answers yet.</source>
        <translation>No speech engine answers yet.</translation>
    </message>
    <message>
        <source>Asking the engine for its voices…</source>
        <translation>Asking the engine for its voices…</translation>
    </message>
    <message numerus="yes">
        <source>%n voice style(s). Click one to use it.</source>
        <translation>
            <numerusform>%n voice style. Click one to use it.</numerusform>
            <numerusform>%n voice styles. Click one to use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the voices: %1</source>
        <translation>Could not list the voices: %1</translation>
    </message>
    <message>
        <source>Voice: the engine&apos;s first voice</source>
        <translation>Voice: the engine&apos;s first voice</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>Voice: %1 (%2)</translation>
    </message>
    <message>
        <source>Voice: style id %1</source>
        <translation>Voice: style id %1</translation>
    </message>
</context>
<context>
    <name>chatvox::SpeechQueue</name>
    <message>
        <source>Speech engine failed (%1); the system voice reads this message.</source>
        <translation>Speech engine failed (%1); the system voice reads this message.</translation>
    </message>
    <message>
        <source>Speech engine failed: %1</source>
        <translation>Speech engine failed: %1</translation>
    </message>
    <message>
        <source>Could not play &quot;%1&quot;: %2</source>
        <translation>Could not play &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The audio output stopped responding; skipped &quot;%1&quot;.</source>
        <translation>The audio output stopped responding; skipped &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No speech engine and no system voice are available: &quot;%1&quot; was not read.</source>
        <translation>No speech engine and no system voice are available: &quot;%1&quot; was not read.</translation>
    </message>
</context>
<context>
    <name>chatvox::Supervisor</name>
    <message numerus="yes">
        <source>%1 keeps failing after %n restart(s): %2</source>
        <translation>
            <numerusform>%1 keeps failing after %n restart: %2</numerusform>
            <numerusform>%1 keeps failing after %n restarts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degraded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Restarting: %1</source>
        <translation>Restarting: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::SystemVoice</name>
    <message>
        <source>No text-to-speech engine is installed for Qt (on Linux: the speech-dispatcher plugin of Qt TextToSpeech).</source>
        <translation>No text-to-speech engine is installed for Qt (on Linux: the speech-dispatcher plugin of Qt TextToSpeech).</translation>
    </message>
    <message>
        <source>The text-to-speech engine &quot;%1&quot; is not installed (have: %2).</source>
        <translation>The text-to-speech engine &quot;%1&quot; is not installed (have: %2).</translation>
    </message>
    <message>
        <source>This build of ChatVox has no system voice (built without Qt TextToSpeech).</source>
        <translation>This build of ChatVox has no system voice (built without Qt TextToSpeech).</translation>
    </message>
    <message>
        <source>The system voice could not start: %1</source>
        <translation>The system voice could not start: %1</translation>
    </message>
    <message>
        <source>The system voice failed: %1</source>
        <translation>The system voice failed: %1</translation>
    </message>
    <message>
        <source>The system voice did not start speaking within %1 seconds.</source>
        <translation>The system voice did not start speaking within %1 seconds.</translation>
    </message>
    <message>
        <source>The system voice (%1) did not answer within %2 seconds.</source>
        <translation>The system voice (%1) did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>The system voice (%1) stopped answering.</source>
        <translation>The system voice (%1) stopped answering.</translation>
    </message>
</context>
<context>
    <name>chatvox::TokenManager</name>
    <message>
        <source>The saved Twitch login cannot be read: %1</source>
        <translation>The saved Twitch login cannot be read: %1</translation>
    </message>
    <message>
        <source>Your Twitch login has expired. Please log in again.</source>
        <translation>Your Twitch login has expired. Please log in again.</translation>
    </message>
    <message>
        <source>Your Twitch login has expired or was revoked. Please log in again.</source>
        <translation>Your Twitch login has expired or was revoked. Please log in again.</translation>
    </message>
</context>
<context>
    <name>chatvox::TokenSet</name>
    <message>
        <source>The stored Twitch login is damaged.</source>
        <translation>The stored Twitch login is damaged.</translation>
    </message>
</context>
<context>
    <name>chatvox::TrayIcon</name>
    <message>
        <source>ChatVox: a problem</source>
        <translation>ChatVox: a problem</translation>
    </message>
    <message>
        <source>ChatVox keeps reading</source>
        <translation>ChatVox keeps reading</translation>
    </message>
    <message>
        <source>ChatVox is still running here. Use the tray menu to pause it, open the window or quit.</source>
        <translation>ChatVox is still running here. Use the tray menu to pause it, open the window or quit.</translation>
    </message>
</context>
<context>
    <name>chatvox::TwitchChatClient</name>
    <message>
        <source>Twitch chat stopped answering. Reconnecting.</source>
        <translation>Twitch chat stopped answering. Reconnecting.</translation>
    </message>
    <message>
        <source>Twitch chat did not answer in time. Reconnecting.</source>
        <translation>Twitch chat did not answer in time. Reconnecting.</translation>
    </message>
    <message>
        <source>Invalid Twitch chat address: %1</source>
        <translation>Invalid Twitch chat address: %1</translation>
    </message>
    <message>
        <source>the connection closed before it was established</source>
        <translation>the connection closed before it was established</translation>
    </message>
    <message>
        <source>Twitch chat connection failed: %1</source>
        <translation>Twitch chat connection failed: %1</translation>
    </message>
    <message>
        <source>Twitch refused the login. Please log in again.</source>
        <translation>Twitch refused the login. Please log in again.</translation>
    </message>
</context>
<context>
    <name>chatvox::TwitchIdClient</name>
    <message>
        <source>Twitch cannot be reached: %1</source>
        <translation>Twitch cannot be reached: %1</translation>
    </message>
    <message>
        <source>Twitch does not know this Client ID (%1). Check the Client ID in the settings.</source>
        <translation>Twitch does not know this Client ID (%1). Check the Client ID in the settings.</translation>
    </message>
    <message>
        <source>Twitch refused to start the login (HTTP %1: %2).</source>
        <translation>Twitch refused to start the login (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>Twitch answered HTTP %1: %2</source>
        <translation>Twitch answered HTTP %1: %2</translation>
    </message>
    <message>
        <source>Twitch no longer accepts this login.</source>
        <translation>Twitch no longer accepts this login.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
</context>
<context>
    <name>chatvox::UserDictionary</name>
    <message>
        <source>a stray quote (put the whole field in quotes and double the quotes in it)</source>
        <translation>a stray quote (put the whole field in quotes and double the quotes in it)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>… and %1 more errors.</translation>
    </message>
    <message>
        <source>the pronunciation is empty</source>
        <translation>the pronunciation is empty</translation>
    </message>
    <message>
        <source>the pronunciation is longer than %1 characters</source>
        <translation>the pronunciation is longer than %1 characters</translation>
    </message>
    <message>
        <source>the pronunciation must be katakana (%1 is not)</source>
        <translation>the pronunciation must be katakana (%1 is not)</translation>
    </message>
    <message>
        <source>the pronunciation has two small kana in a row (%1%2)</source>
        <translation>the pronunciation has two small kana in a row (%1%2)</translation>
    </message>
    <message>
        <source>ヮ may only follow ク or グ</source>
        <translation>ヮ may only follow ク or グ</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>the word is empty</translation>
    </message>
    <message>
        <source>the word has a space or a control character (the engine matches single words)</source>
        <translation>the word has a space or a control character (the engine matches single words)</translation>
    </message>
    <message>
        <source>the word is longer than %1 characters</source>
        <translation>the word is longer than %1 characters</translation>
    </message>
    <message>
        <source>the accent type %1 is not between 0 and %2 (the morae of %3)</source>
        <translation>the accent type %1 is not between 0 and %2 (the morae of %3)</translation>
    </message>
    <message>
        <source>the priority %1 is not between %2 and %3</source>
        <translation>the priority %1 is not between %2 and %3</translation>
    </message>
    <message>
        <source>a pattern, not a word (engines only know words)</source>
        <translation>a pattern, not a word (engines only know words)</translation>
    </message>
    <message>
        <source>the reading is empty (ChatVox drops this word; an engine cannot)</source>
        <translation>the reading is empty (ChatVox drops this word; an engine cannot)</translation>
    </message>
    <message>
        <source>the same word as %1 above (the first one is used)</source>
        <translation>the same word as %1 above (the first one is used)</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>not JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object of words</source>
        <translation>not a JSON object of words</translation>
    </message>
    <message>
        <source>not a word id: %1</source>
        <translation>not a word id: %1</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB; it was not read.</source>
        <translation>The file is larger than 16 MB; it was not read.</translation>
    </message>
    <message>
        <source>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</source>
        <translation>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</translation>
    </message>
    <message>
        <source>expected surface,pronunciation,accent_type,word_type,priority</source>
        <translation>expected surface,pronunciation,accent_type,word_type,priority</translation>
    </message>
    <message>
        <source>%1 columns, expected at most 5 (put quotes around a word that has a comma)</source>
        <translation>%1 columns, expected at most 5 (put quotes around a word that has a comma)</translation>
    </message>
    <message>
        <source>the accent type %1 is not a number</source>
        <translation>the accent type %1 is not a number</translation>
    </message>
    <message>
        <source>unknown word type %1 (PROPER_NOUN, COMMON_NOUN, VERB, ADJECTIVE or SUFFIX)</source>
        <translation>unknown word type %1 (PROPER_NOUN, COMMON_NOUN, VERB, ADJECTIVE or SUFFIX)</translation>
    </message>
    <message>
        <source>the priority %1 is not a number</source>
        <translation>the priority %1 is not a number</translation>
    </message>
    <message>
        <source>the same word as line %1</source>
        <translation>the same word as line %1</translation>
    </message>
    <message>
        <source>Only the first %1 words were read.</source>
        <translation>Only the first %1 words were read.</translation>
    </message>
</context>
<context>
    <name>chatvox::UserDictionarySync</name>
    <message>
        <source>There is no speech engine to synchronize with.</source>
        <translation>There is no speech engine to synchronize with.</translation>
    </message>
    <message>
        <source>Could not read the speech engine&apos;s user dictionary. %1</source>
        <translation>Could not read the speech engine&apos;s user dictionary. %1</translation>
    </message>
    <message>
        <source>The speech engine was removed during the synchronization.</source>
        <translation>The speech engine was removed during the synchronization.</translation>
    </message>
    <message>
        <source>Could not delete 「%1」 from the speech engine&apos;s dictionary.</source>
        <translation>Could not delete 「%1」 from the speech engine&apos;s dictionary.</translation>
    </message>
    <message>
        <source>Could not change 「%1」 (%2) in the speech engine&apos;s dictionary.</source>
        <translation>Could not change 「%1」 (%2) in the speech engine&apos;s dictionary.</translation>
    </message>
    <message>
        <source>Could not add 「%1」 (%2) to the speech engine&apos;s dictionary.</source>
        <translation>Could not add 「%1」 (%2) to the speech engine&apos;s dictionary.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more words refused)</source>
        <translation>
            <numerusform>%1 (and %n more word refused)</numerusform>
            <numerusform>%1 (and %n more words refused)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatvox::ViewerVoices</name>
    <message>
        <source>@%1 your voice is %2. Change it with !voice &lt;name or number&gt;.</source>
        <translation>@%1 your voice is %2. Change it with !voice &lt;name or number&gt;.</translation>
    </message>
    <message>
        <source>@%1 you have the default voice. Choose one with !voice &lt;name or number&gt;.</source>
        <translation>@%1 you have the default voice. Choose one with !voice &lt;name or number&gt;.</translation>
    </message>
    <message>
        <source>@%1 your voice is back to the default.</source>
        <translation>@%1 your voice is back to the default.</translation>
    </message>
    <message>
        <source>@%1 %2&apos;s voice is back to the default.</source>
        <translation>@%1 %2&apos;s voice is back to the default.</translation>
    </message>
    <message>
        <source>@%1 there is no voice &quot;%2&quot; here.</source>
        <translation>@%1 there is no voice &quot;%2&quot; here.</translation>
    </message>
    <message>
        <source>@%1 your voice is now %2.</source>
        <translation>@%1 your voice is now %2.</translation>
    </message>
</context>
<context>
    <name>chatvox::ViewerVoicesPanel</name>
    <message>
        <source>style %1</source>
        <translation>style %1</translation>
    </message>
    <message>
        <source>no speech engine answers yet</source>
        <translation>no speech engine answers yet</translation>
    </message>
    <message>
        <source>The voices appear here once a speech engine answers.</source>
        <translation>The voices appear here once a speech engine answers.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
</context>
<context>
    <name>chatvox::VoicevoxClient</name>
    <message>
        <source>The speech engine at %1 did not answer within %2 seconds.</source>
        <translation>The speech engine at %1 did not answer within %2 seconds.</translation>
    </message>
    <message>
        <source>Cannot reach the speech engine at %1: %2</source>
        <translation>Cannot reach the speech engine at %1: %2</translation>
    </message>
    <message>
        <source>The speech engine at %1 refused the request (HTTP %2): %3</source>
        <translation>The speech engine at %1 refused the request (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The speech engine at %1 failed (HTTP %2): %3</source>
        <translation>The speech engine at %1 failed (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The speech engine at %1 sent a bad answer to %2: %3</source>
        <translation>The speech engine at %1 sent a bad answer to %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>The text is too long for the speech engine (%1 characters).</source>
        <translation>The text is too long for the speech engine (%1 characters).</translation>
    </message>
    <message>
        <source>Not a word id of the speech engine&apos;s dictionary: %1</source>
        <translation>Not a word id of the speech engine&apos;s dictionary: %1</translation>
    </message>
</context>
<context>
    <name>chatvox::VoicevoxProtocol</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the version is not JSON</source>
        <translation>the version is not JSON</translation>
    </message>
    <message>
        <source>the version is not a JSON string</source>
        <translation>the version is not a JSON string</translation>
    </message>
    <message>
        <source>the speaker list is not a JSON array</source>
        <translation>the speaker list is not a JSON array</translation>
    </message>
    <message>
        <source>speaker %1 has no name or no styles</source>
        <translation>speaker %1 has no name or no styles</translation>
    </message>
    <message>
        <source>style %1 of speaker &quot;%2&quot; has no integer id</source>
        <translation>style %1 of speaker &quot;%2&quot; has no integer id</translation>
    </message>
    <message>
        <source>not an AudioQuery (not a JSON object)</source>
        <translation>not an AudioQuery (not a JSON object)</translation>
    </message>
    <message>
        <source>not an AudioQuery (no accent_phrases array)</source>
        <translation>not an AudioQuery (no accent_phrases array)</translation>
    </message>
    <message>
        <source>not an AudioQuery (%1 is not a number)</source>
        <translation>not an AudioQuery (%1 is not a number)</translation>
    </message>
    <message>
        <source>not an AudioQuery (outputStereo is not a boolean)</source>
        <translation>not an AudioQuery (outputStereo is not a boolean)</translation>
    </message>
</context>
<context>
    <name>chatvox::WavReader</name>
    <message>
        <source>The WAV format (fmt) chunk is truncated.</source>
        <translation>The WAV format (fmt) chunk is truncated.</translation>
    </message>
    <message>
        <source>The WAV extensible format chunk is truncated.</source>
        <translation>The WAV extensible format chunk is truncated.</translation>
    </message>
    <message>
        <source>The WAV file uses an unknown extensible sub-format.</source>
        <translation>The WAV file uses an unknown extensible sub-format.</translation>
    </message>
    <message>
        <source>The WAV file is compressed (%1); only uncompressed PCM or float WAV can be played.</source>
        <translation>The WAV file is compressed (%1); only uncompressed PCM or float WAV can be played.</translation>
    </message>
    <message>
        <source>The WAV file uses an unsupported format (tag 0x%1); only uncompressed PCM or float WAV can be played.</source>
        <translation>The WAV file uses an unsupported format (tag 0x%1); only uncompressed PCM or float WAV can be played.</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid channel count (%1).</source>
        <translation>The WAV file declares an invalid channel count (%1).</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid sample rate (%1 Hz).</source>
        <translation>The WAV file declares an invalid sample rate (%1 Hz).</translation>
    </message>
    <message>
        <source>The WAV file uses %1-bit float samples; only 32-bit float is supported.</source>
        <translation>The WAV file uses %1-bit float samples; only 32-bit float is supported.</translation>
    </message>
    <message>
        <source>The WAV file declares an unsupported sample size (%1 bits).</source>
        <translation>The WAV file declares an unsupported sample size (%1 bits).</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid number of valid bits (%1 of %2).</source>
        <translation>The WAV file declares an invalid number of valid bits (%1 of %2).</translation>
    </message>
    <message>
        <source>The WAV header is inconsistent: block align %1 does not match %2 channel(s) of %3 bits.</source>
        <translation>The WAV header is inconsistent: block align %1 does not match %2 channel(s) of %3 bits.</translation>
    </message>
    <message>
        <source>Not a WAV file (the RIFF/WAVE header is missing).</source>
        <translation>Not a WAV file (the RIFF/WAVE header is missing).</translation>
    </message>
    <message>
        <source>Unsupported WAV variant “%1”; only little-endian RIFF WAV is supported.</source>
        <translation>Unsupported WAV variant “%1”; only little-endian RIFF WAV is supported.</translation>
    </message>
    <message>
        <source>The WAV file is truncated inside its format (fmt) chunk.</source>
        <translation>The WAV file is truncated inside its format (fmt) chunk.</translation>
    </message>
    <message>
        <source>The WAV header announces %1 bytes of audio but the file holds only %2 (truncated or corrupt file).</source>
        <translation>The WAV header announces %1 bytes of audio but the file holds only %2 (truncated or corrupt file).</translation>
    </message>
    <message>
        <source>The WAV file is truncated (chunk “%1” runs past the end of the file).</source>
        <translation>The WAV file is truncated (chunk “%1” runs past the end of the file).</translation>
    </message>
    <message>
        <source>The WAV file has no format (fmt) chunk.</source>
        <translation>The WAV file has no format (fmt) chunk.</translation>
    </message>
    <message>
        <source>The WAV file has no data chunk.</source>
        <translation>The WAV file has no data chunk.</translation>
    </message>
    <message>
        <source>The WAV file contains no audio.</source>
        <translation>The WAV file contains no audio.</translation>
    </message>
</context>
<context>
    <name>chatvox::WebSocketHub</name>
    <message>
        <source>No such path</source>
        <translation>No such path</translation>
    </message>
    <message>
        <source>Too many clients</source>
        <translation>Too many clients</translation>
    </message>
    <message>
        <source>Not reading</source>
        <translation>Not reading</translation>
    </message>
</context>
<context>
    <name>chatvox::WslInterop</name>
    <message>
        <source>Windows programs cannot be started from this WSL: /etc/wsl.conf turns interop off ([interop] enabled=false), so the bridge cannot reach PowerShell. Fix: set enabled=true in the [interop] section (or remove the line), run &quot;wsl --shutdown&quot; in Windows, and open the WSL terminal again.</source>
        <translation>Windows programs cannot be started from this WSL: /etc/wsl.conf turns interop off ([interop] enabled=false), so the bridge cannot reach PowerShell. Fix: set enabled=true in the [interop] section (or remove the line), run &quot;wsl --shutdown&quot; in Windows, and open the WSL terminal again.</translation>
    </message>
    <message>
        <source>Windows interop is switched off in this WSL session (/proc/sys/fs/binfmt_misc/WSLInterop says disabled), so the bridge cannot reach PowerShell. Fix: run &quot;echo 1 | sudo tee /proc/sys/fs/binfmt_misc/WSLInterop&quot;, or restart WSL with &quot;wsl --shutdown&quot;.</source>
        <translation>Windows interop is switched off in this WSL session (/proc/sys/fs/binfmt_misc/WSLInterop says disabled), so the bridge cannot reach PowerShell. Fix: run &quot;echo 1 | sudo tee /proc/sys/fs/binfmt_misc/WSLInterop&quot;, or restart WSL with &quot;wsl --shutdown&quot;.</translation>
    </message>
    <message>
        <source>This WSL has no WSLInterop handler in /proc/sys/fs/binfmt_misc (systemd-binfmt can remove it), so Windows programs do not start and the bridge cannot reach PowerShell. Fix: run &quot;sudo sh -c &apos;echo :WSLInterop:M::MZ::/init:PF &gt; /usr/lib/binfmt.d/WSLInterop.conf&apos;&quot;, then &quot;wsl --shutdown&quot; in Windows, and open WSL again.</source>
        <translation>This WSL has no WSLInterop handler in /proc/sys/fs/binfmt_misc (systemd-binfmt can remove it), so Windows programs do not start and the bridge cannot reach PowerShell. Fix: run &quot;sudo sh -c &apos;echo :WSLInterop:M::MZ::/init:PF &gt; /usr/lib/binfmt.d/WSLInterop.conf&apos;&quot;, then &quot;wsl --shutdown&quot; in Windows, and open WSL again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;chatvox --help&apos;.</source>
        <translation>Try &apos;chatvox --help&apos;.</translation>
    </message>
    <message>
        <source>No display: running in the terminal (as with --headless).</source>
        <translation>No display: running in the terminal (as with --headless).</translation>
    </message>
</context>
</TS>
