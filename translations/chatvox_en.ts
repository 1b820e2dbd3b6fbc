<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>PlaceholderPanel</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <source>Panel headline</source>
        <translation>Panel headline</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
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
    <name>chatvox::Account</name>
    <message>
        <source>Could not refresh the Twitch login: %1</source>
        <translation>Could not refresh the Twitch login: %1</translation>
    </message>
    <message>
        <source>%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.</source>
        <translation>%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.</translation>
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
        <source>No channel is set: enter one in the Connection panel.</source>
        <translation>No channel is set: enter one in the Connection panel.</translation>
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
        <source>Speech engine URL; repeat for fail-over in order.</source>
        <translation>Speech engine URL; repeat for fail-over in order.</translation>
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
        <source>File of the actions viewers may trigger (for a coming version).</source>
        <translation>File of the actions viewers may trigger (for a coming version).</translation>
    </message>
    <message>
        <source>PowerShell program for viewer actions (for a coming version).</source>
        <translation>PowerShell program for viewer actions (for a coming version).</translation>
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
</context>
<context>
    <name>chatvox::ConnectionPanel</name>
    <message>
        <source>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</source>
        <translation>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</translation>
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
    <name>chatvox::Pipeline</name>
    <message>
        <source>No system voice: %1</source>
        <translation>No system voice: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chat is too fast: skipped %n message(s).</source>
        <translation>
            <numerusform>Chat is too fast: skipped %n message.</numerusform>
            <numerusform>Chat is too fast: skipped %n messages.</numerusform>
        </translation>
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
</context>
<context>
    <name>chatvox::PlaceholderPanel</name>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>The viewer-input bridge lets chat commands and channel-point rewards trigger actions you allow on this PC (through PowerShell), with cooldowns and a kill switch. It is switched off until you enable it and add actions.</source>
        <translation>The viewer-input bridge lets chat commands and channel-point rewards trigger actions you allow on this PC (through PowerShell), with cooldowns and a kill switch. It is switched off until you enable it and add actions.</translation>
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
