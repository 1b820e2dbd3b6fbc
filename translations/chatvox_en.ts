<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>The desktop window is not available yet; running in the terminal.</source>
        <translation>The desktop window is not available yet; running in the terminal.</translation>
    </message>
</context>
</TS>
