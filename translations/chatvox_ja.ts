<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャンネル(&amp;C):</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>Twitch のチャンネル名</translation>
    </message>
    <message>
        <source>The Twitch channel whose chat is read aloud. No login is needed.</source>
        <translation>チャットを読み上げる Twitch チャンネル。ログインは不要です。</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み上げる(&amp;R)</translation>
    </message>
    <message>
        <source>Start reading this channel</source>
        <translation>このチャンネルの読み上げを開始</translation>
    </message>
    <message>
        <source>Connection state light</source>
        <translation>接続状態ランプ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>読み上げ：</translation>
    </message>
    <message>
        <source>Messages read</source>
        <translation>読み上げたメッセージ</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ：</translation>
    </message>
    <message>
        <source>Messages skipped</source>
        <translation>スキップしたメッセージ</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>待機中：</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>待機中のメッセージ</translation>
    </message>
    <message>
        <source>Removed by mods:</source>
        <translation>モデレーター削除：</translation>
    </message>
    <message>
        <source>Messages removed by moderators</source>
        <translation>モデレーターが削除したメッセージ</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch アカウント</translation>
    </message>
    <message>
        <source>Reading anonymously: no login is needed to read a channel&apos;s chat. Logging in (for channel points) comes in a later version.</source>
        <translation>匿名で読み上げ中：チャンネルのチャットを読むのにログインは不要です。ログイン（チャンネルポイント用）は今後のバージョンで対応します。</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>Twitch でログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Not available in this version</source>
        <translation>このバージョンでは使えません</translation>
    </message>
</context>
<context>
    <name>FilterEditor</name>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>ライブプレビュー</translation>
    </message>
    <message>
        <source>Vie&amp;wer:</source>
        <translation>視聴者(&amp;W):</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>視聴者</translation>
    </message>
    <message>
        <source>C&amp;hat line:</source>
        <translation>チャット(&amp;H):</translation>
    </message>
    <message>
        <source>type or paste a chat line</source>
        <translation>チャットの 1 行を入力または貼り付け</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Preview result</source>
        <translation>プレビュー結果</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Length &amp;limit:</source>
        <translation>文字数の上限(&amp;L):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>0 = no limit</source>
        <translation>0 = 制限なし</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Longer &amp;messages:</source>
        <translation>長いメッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>Cut and add the suffix</source>
        <translation>切り詰めて末尾の文言を付ける</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>読み上げない</translation>
    </message>
    <message>
        <source>Su&amp;ffix:</source>
        <translation>末尾の文言(&amp;F):</translation>
    </message>
    <message>
        <source>Repeated &amp;characters:</source>
        <translation>同じ文字の繰り返し(&amp;C):</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Runs of one character longer than this are shortened (ｗｗｗｗｗ → ｗｗｗ)</source>
        <translation>同じ文字がこれより多く続くと短くします（ｗｗｗｗｗ → ｗｗｗ）</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>文字まで</translation>
    </message>
    <message>
        <source>Content and users</source>
        <translation>内容とユーザー</translation>
    </message>
    <message>
        <source>Leave out &amp;emotes</source>
        <translation>エモートを読まない(&amp;E)</translation>
    </message>
    <message>
        <source>Read &amp;URLs as:</source>
        <translation>URL の読み方(&amp;U):</translation>
    </message>
    <message>
        <source>URL replacement</source>
        <translation>URL の読み方</translation>
    </message>
    <message>
        <source>Skip c&amp;ommands starting with:</source>
        <translation>コマンドをスキップ(&amp;O):</translation>
    </message>
    <message>
        <source>Command prefixes</source>
        <translation>コマンドの接頭辞</translation>
    </message>
    <message>
        <source>Prefixes separated by spaces, e.g. ! or !  ?</source>
        <translation>接頭辞をスペース区切りで（例：! や ! ?）</translation>
    </message>
    <message>
        <source>Ignore &amp;bots:</source>
        <translation>ボットを無視(&amp;B):</translation>
    </message>
    <message>
        <source>Known bots</source>
        <translation>既知のボット</translation>
    </message>
    <message>
        <source>Logins separated by commas</source>
        <translation>ログイン名をカンマ区切りで</translation>
    </message>
    <message>
        <source>Say the &amp;name first:</source>
        <translation>名前を先に読む(&amp;N):</translation>
    </message>
    <message>
        <source>Name template</source>
        <translation>名前の読み方</translation>
    </message>
    <message>
        <source>{name} is the viewer, {text} the message</source>
        <translation>{name} は視聴者名、{text} はメッセージ</translation>
    </message>
    <message>
        <source>Limit each &amp;viewer to:</source>
        <translation>視聴者ごとの上限(&amp;V):</translation>
    </message>
    <message>
        <source>Messages per viewer</source>
        <translation>視聴者ごとのメッセージ数</translation>
    </message>
    <message>
        <source>messages per</source>
        <translation>件 /</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>NG words</source>
        <translation>NG ワード</translation>
    </message>
    <message>
        <source>Not read when a message has one of these &amp;words (one per line):</source>
        <translation>次の語を含むメッセージは読まない(&amp;W)（1 行に 1 語）:</translation>
    </message>
    <message>
        <source>Ignored users</source>
        <translation>無視するユーザー</translation>
    </message>
    <message>
        <source>&amp;Never read these viewers (one login per line):</source>
        <translation>読み上げない視聴者(&amp;N)（1 行に 1 ログイン名）:</translation>
    </message>
    <message>
        <source>Reading dictionary</source>
        <translation>読み方辞書</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>単語</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み方</translation>
    </message>
    <message>
        <source>&amp;Add word</source>
        <translation>単語を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve word</source>
        <translation>単語を削除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Information and problems</source>
        <translation>情報と問題</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>text to look for</source>
        <translation>探す文字列</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>ログメッセージ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected lines (or all shown) to the clipboard</source>
        <translation>選択した行（選択がなければ表示中のすべて）をクリップボードにコピー</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;new messages</source>
        <translation>新しいメッセージを追う(&amp;N)</translation>
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
        <translation>ChatVox(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>読み上げ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Reading controls</source>
        <translation>読み上げの操作</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>読み上げを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume reading chat aloud</source>
        <translation>チャットの読み上げを一時停止・再開</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Skip the message being read</source>
        <translation>読み上げ中のメッセージをスキップ</translation>
    </message>
    <message>
        <source>&amp;Clear queue</source>
        <translation>キューを空にする(&amp;C)</translation>
    </message>
    <message>
        <source>Remove every waiting message</source>
        <translation>待機中のメッセージをすべて削除</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>ミュート(&amp;M)</translation>
    </message>
    <message>
        <source>Silence the output; the queue keeps moving</source>
        <translation>出力を無音にします（キューは進みます）</translation>
    </message>
    <message>
        <source>&amp;Kill switch</source>
        <translation>緊急停止(&amp;K)</translation>
    </message>
    <message>
        <source>Stop all audio now and disarm viewer actions</source>
        <translation>すべての音声をすぐに止め、視聴者アクションを解除</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>ウィンドウを表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ChatVox</source>
        <translation>ChatVox について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを元に戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <source>Panel</source>
        <translation>パネル</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>今後のバージョンで対応します</translation>
    </message>
    <message>
        <source>Panel headline</source>
        <translation>パネルの見出し</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Backlog state</source>
        <translation>キューの状態</translation>
    </message>
    <message>
        <source>Speech queue</source>
        <translation>読み上げキュー</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected message from the queue</source>
        <translation>選択したメッセージをキューから削除</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ChatVox Settings</source>
        <translation>ChatVox の設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声合成</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>トレイに最小化して起動(&amp;M)</translation>
    </message>
    <message>
        <source>Start ChatVox when I &amp;log in</source>
        <translation>ログイン時に ChatVox を起動(&amp;L)</translation>
    </message>
    <message>
        <source>Autostart entry location</source>
        <translation>自動起動の登録場所</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>チャンネル(&amp;C):</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>Twitch のチャンネル名</translation>
    </message>
    <message>
        <source>Chat &amp;server:</source>
        <translation>チャットサーバー(&amp;S):</translation>
    </message>
    <message>
        <source>ChatVox reads a channel&apos;s chat without logging in. Change the chat server only to test against a local server.</source>
        <translation>ChatVox はログインせずにチャンネルのチャットを読み上げます。チャットサーバーを変えるのは、ローカルのサーバーで試すときだけにしてください。</translation>
    </message>
    <message>
        <source>Engines, in fail-over order</source>
        <translation>エンジン（切り替え順）</translation>
    </message>
    <message>
        <source>Engine addresses</source>
        <translation>エンジンのアドレス</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>New engine address</source>
        <translation>新しいエンジンのアドレス</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Engine test result</source>
        <translation>エンジンのテスト結果</translation>
    </message>
    <message>
        <source>When chat is faster than speech</source>
        <translation>チャットが読み上げより速いとき</translation>
    </message>
    <message>
        <source>Speak &amp;faster past:</source>
        <translation>速く読み始める件数(&amp;F):</translation>
    </message>
    <message>
        <source> waiting</source>
        <translation> 件待ち</translation>
    </message>
    <message>
        <source>Drop the &amp;oldest past:</source>
        <translation>古いものを捨てる件数(&amp;O):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Sa&amp;y for dropped:</source>
        <translation>省略時の読み上げ(&amp;Y):</translation>
    </message>
    <message>
        <source>{n} is the number of dropped messages</source>
        <translation>{n} は省略したメッセージの数</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>S&amp;ynthesize ahead:</source>
        <translation>先読み合成(&amp;Y):</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>S&amp;plit text longer than:</source>
        <translation>分割する文字数(&amp;P):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>Engine &amp;timeout:</source>
        <translation>エンジンのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Use the &amp;system voice when no engine answers</source>
        <translation>エンジンが応答しないときはシステム音声を使う(&amp;S)</translation>
    </message>
    <message>
        <source>Output &amp;device:</source>
        <translation>出力デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V):</translation>
    </message>
    <message>
        <source>Volume value</source>
        <translation>音量の値</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>テスト音(&amp;T)</translation>
    </message>
    <message>
        <source>The system voice (used when no engine answers) always plays on the system&apos;s default output.</source>
        <translation>システム音声（エンジンが応答しないときに使用）は、常にシステム既定の出力から再生されます。</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>ログの詳しさ(&amp;L):</translation>
    </message>
    <message>
        <source>Global hotkeys</source>
        <translation>グローバルホットキー</translation>
    </message>
    <message>
        <source>&amp;Skip:</source>
        <translation>スキップ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kill switch:</source>
        <translation>緊急停止(&amp;K):</translation>
    </message>
    <message>
        <source>About global hotkeys</source>
        <translation>グローバルホットキーについて</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Settings file location</source>
        <translation>設定ファイルの場所</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;all settings…</source>
        <translation>すべての設定を初期化(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Speech engines</source>
        <translation>音声合成エンジン</translation>
    </message>
    <message>
        <source>Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK, NEMO) and it appears here.</source>
        <translation>VOICEVOX（または AivisSpeech・SHAREVOX・COEIROINK・NEMO）を起動すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Engines…</source>
        <translation>エンジン(&amp;E)…</translation>
    </message>
    <message>
        <source>Add, remove and order engines</source>
        <translation>エンジンの追加・削除・並べ替え</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>検索(&amp;H):</translation>
    </message>
    <message>
        <source>speaker or style</source>
        <translation>話者またはスタイル</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Ask the engine for its speakers again</source>
        <translation>エンジンに話者一覧を問い合わせ直す</translation>
    </message>
    <message>
        <source>Speakers and styles</source>
        <translation>話者とスタイル</translation>
    </message>
    <message>
        <source>Voice list state</source>
        <translation>声の一覧の状態</translation>
    </message>
    <message>
        <source>Current voice</source>
        <translation>現在の声</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>試聴</translation>
    </message>
    <message>
        <source>Sa&amp;mple:</source>
        <translation>サンプル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>試聴(&amp;P)</translation>
    </message>
    <message>
        <source>Speak the sample in the chosen voice</source>
        <translation>選んだ声でサンプルを読み上げる</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>話速(&amp;S):</translation>
    </message>
    <message>
        <source>How fast the voice speaks (speedScale)</source>
        <translation>話す速さ（speedScale）</translation>
    </message>
    <message>
        <source>Speed value</source>
        <translation>話速の値</translation>
    </message>
    <message>
        <source>P&amp;itch:</source>
        <translation>音高(&amp;I):</translation>
    </message>
    <message>
        <source>Voice pitch (pitchScale)</source>
        <translation>声の高さ（pitchScale）</translation>
    </message>
    <message>
        <source>Pitch value</source>
        <translation>音高の値</translation>
    </message>
    <message>
        <source>I&amp;ntonation:</source>
        <translation>抑揚(&amp;N):</translation>
    </message>
    <message>
        <source>How lively the intonation is (intonationScale)</source>
        <translation>抑揚の強さ（intonationScale）</translation>
    </message>
    <message>
        <source>Intonation value</source>
        <translation>抑揚の値</translation>
    </message>
    <message>
        <source>Voice vol&amp;ume:</source>
        <translation>声の音量(&amp;U):</translation>
    </message>
    <message>
        <source>Loudness of the synthesized voice (volumeScale)</source>
        <translation>合成音声の音量（volumeScale）</translation>
    </message>
    <message>
        <source>Voice volume value</source>
        <translation>声の音量の値</translation>
    </message>
    <message>
        <source>Rese&amp;t voice</source>
        <translation>声を標準に戻す(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the neutral voice parameters</source>
        <translation>声のパラメーターを標準に戻す</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Vo&amp;lume:</source>
        <translation>音量(&amp;L):</translation>
    </message>
    <message>
        <source>Volume value</source>
        <translation>音量の値</translation>
    </message>
    <message>
        <source>Test so&amp;und</source>
        <translation>テスト音(&amp;U)</translation>
    </message>
    <message>
        <source>Play a short tone on this device</source>
        <translation>このデバイスで短い音を鳴らす</translation>
    </message>
</context>
<context>
    <name>chatvox::Account</name>
    <message>
        <source>Could not refresh the Twitch login: %1</source>
        <translation>Twitch のログインを更新できませんでした：%1</translation>
    </message>
    <message>
        <source>%1 The Twitch login is kept in memory only and will be forgotten when ChatVox ends.</source>
        <translation>%1 Twitch のログインはメモリ内だけに保持され、ChatVox を終了すると消えます。</translation>
    </message>
</context>
<context>
    <name>chatvox::Application</name>
    <message>
        <source>Stopping.</source>
        <translation>終了します。</translation>
    </message>
    <message>
        <source>settings: %1</source>
        <translation>設定ファイル：%1</translation>
    </message>
    <message>
        <source>Replaying %1</source>
        <translation>リプレイ中：%1</translation>
    </message>
    <message>
        <source>Reading the chat of #%1 (no login needed).</source>
        <translation>#%1 のチャットを読み上げます（ログイン不要）。</translation>
    </message>
    <message>
        <source>No channel is set: playing the bundled demo chat. Read your own chat with --channel NAME.</source>
        <translation>チャンネルが設定されていないため、付属のデモチャットを再生します。自分の配信のチャットを読み上げるには --channel NAME を指定してください。</translation>
    </message>
    <message>
        <source>%1 read, %2 skipped, %3 removed by moderators.</source>
        <translation>読み上げ %1 件、スキップ %2 件、モデレーターによる削除 %3 件。</translation>
    </message>
    <message>
        <source>Reading the chat of #%1; logged in as %2.</source>
        <translation>#%1 のチャットを読み上げます（%2 としてログイン中）。</translation>
    </message>
    <message>
        <source>No Twitch Client ID is set. Register an application in the Twitch developer console (see the README) and set account/clientId in %1.</source>
        <translation>Twitch のクライアント ID が設定されていません。Twitch 開発者コンソールでアプリケーションを登録し（README を参照）、%1 の account/clientId に設定してください。</translation>
    </message>
    <message>
        <source>To log in to Twitch, open %1 and enter the code %2</source>
        <translation>Twitch にログインするには、%1 を開いてコード %2 を入力してください</translation>
    </message>
    <message>
        <source>Waiting for you to approve ChatVox on Twitch (the code is valid until %1)…</source>
        <translation>Twitch で ChatVox が承認されるのを待っています（コードの有効期限：%1）…</translation>
    </message>
    <message>
        <source>Run chatvox --login again for a new code.</source>
        <translation>新しいコードを取得するには、もう一度 chatvox --login を実行してください。</translation>
    </message>
    <message>
        <source>Logged in as %1, but the login could not be saved: %2</source>
        <translation>%1 としてログインしましたが、ログイン情報を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Logged in as %1. The login is kept in %2.</source>
        <translation>%1 としてログインしました。ログイン情報は%2に保存されています。</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>ログインしていません。</translation>
    </message>
    <message>
        <source>Logged out of Twitch (%1): the token was revoked and deleted from this computer.</source>
        <translation>Twitch からログアウトしました（%1）。トークンを無効化し、このコンピューターから削除しました。</translation>
    </message>
    <message>
        <source>Logged out (%1): the token was deleted from this computer, but Twitch could not be told to revoke it.</source>
        <translation>ログアウトしました（%1）。トークンはこのコンピューターから削除しましたが、Twitch に無効化を伝えられませんでした。</translation>
    </message>
    <message>
        <source>Logged out (%1).</source>
        <translation>ログアウトしました（%1）。</translation>
    </message>
    <message>
        <source>No channel is set: enter one in the Connection panel.</source>
        <translation>チャンネルが設定されていません。「接続」パネルで入力してください。</translation>
    </message>
</context>
<context>
    <name>chatvox::AudioPlayer</name>
    <message>
        <source>Audio device “%1” was not found; using the system default output (%2). Available devices: %3.</source>
        <translation>オーディオデバイス「%1」が見つからないため、システム既定の出力（%2）を使用します。利用可能なデバイス：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The audio device “%1” was disconnected.</source>
        <translation>オーディオデバイス「%1」の接続が切れました。</translation>
    </message>
    <message>
        <source>Using the system default output (%1).</source>
        <translation>システム既定の出力（%1）を使用します。</translation>
    </message>
    <message>
        <source>No audio output device is available.</source>
        <translation>利用できるオーディオ出力デバイスがありません。</translation>
    </message>
    <message>
        <source>Cannot open the audio device “%1”.</source>
        <translation>オーディオデバイス「%1」を開けません。</translation>
    </message>
    <message>
        <source>Cannot play the audio: %1</source>
        <translation>音声を再生できません：%1</translation>
    </message>
    <message>
        <source>Cannot play the audio: it cannot be converted for the audio device.</source>
        <translation>音声を再生できません：オーディオデバイスに合わせて変換できませんでした。</translation>
    </message>
    <message>
        <source>The audio output was closed unexpectedly.</source>
        <translation>オーディオ出力が予期せず閉じられました。</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped working.</source>
        <translation>オーディオデバイス「%1」が動作しなくなりました。</translation>
    </message>
    <message>
        <source>The audio device “%1” refused the audio.</source>
        <translation>オーディオデバイス「%1」が音声データを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The audio device “%1” failed while playing.</source>
        <translation>オーディオデバイス「%1」で再生中にエラーが発生しました。</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped taking audio.</source>
        <translation>オーディオデバイス「%1」が音声データを受け付けなくなりました。</translation>
    </message>
    <message>
        <source>No other audio output is available.</source>
        <translation>ほかに利用できるオーディオ出力はありません。</translation>
    </message>
    <message>
        <source>The next clip plays on “%1”.</source>
        <translation>次の音声からは「%1」で再生します。</translation>
    </message>
    <message>
        <source>The audio device “%1” failed.</source>
        <translation>オーディオデバイス「%1」でエラーが発生しました。</translation>
    </message>
    <message>
        <source>The audio device “%1” stopped.</source>
        <translation>オーディオデバイス「%1」が停止しました。</translation>
    </message>
</context>
<context>
    <name>chatvox::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Cannot change %1.</source>
        <translation>%1 を変更できません。</translation>
    </message>
</context>
<context>
    <name>chatvox::Cli</name>
    <message>
        <source>ChatVox reads Twitch chat aloud through VOICEVOX-compatible speech engines.</source>
        <translation>ChatVox は、VOICEVOX 互換の音声合成エンジンで Twitch のチャットを読み上げます。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョン情報を表示して終了する</translation>
    </message>
    <message>
        <source>Run without windows or tray icon.</source>
        <translation>ウィンドウやトレイアイコンを表示せずに実行する</translation>
    </message>
    <message>
        <source>Twitch channel to read (no login needed).</source>
        <translation>読み上げる Twitch チャンネル（ログイン不要）</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Speech engine URL; repeat for fail-over in order.</source>
        <translation>音声合成エンジンの URL（複数回指定すると、指定した順にフェイルオーバー）</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Voice style id of the engine.</source>
        <translation>使用する話者スタイルの ID（エンジン側のスタイル ID）</translation>
    </message>
    <message>
        <source>STYLE_ID</source>
        <translation>STYLE_ID</translation>
    </message>
    <message>
        <source>Settings file (INI) to use.</source>
        <translation>使用する設定ファイル（INI 形式）</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Audio output device name.</source>
        <translation>オーディオ出力デバイス名</translation>
    </message>
    <message>
        <source>Read raw Twitch IRC lines from FILE (- for stdin) instead of Twitch.</source>
        <translation>Twitch に接続する代わりに、FILE から Twitch IRC の生の行を読み込む（- で標準入力）</translation>
    </message>
    <message>
        <source>With --replay: print each decision as a JSON line; no speech.</source>
        <translation>--replay と併用：各コメントの判定結果を JSON 行で出力し、読み上げはしない</translation>
    </message>
    <message>
        <source>Twitch chat WebSocket URL.</source>
        <translation>Twitch チャットの WebSocket URL</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>余分な引数があります：%1</translation>
    </message>
    <message>
        <source>--engine needs an http:// or https:// URL, not &quot;%1&quot;.</source>
        <translation>--engine には http:// または https:// で始まる URL を指定してください（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>--speaker needs a style id (a whole number), not &quot;%1&quot;.</source>
        <translation>--speaker にはスタイル ID（整数）を指定してください（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>--dry-run works only with --replay FILE.</source>
        <translation>--dry-run は --replay FILE と同時に指定した場合のみ使用できます。</translation>
    </message>
    <message>
        <source>--login and --logout cannot be combined.</source>
        <translation>--login と --logout は同時に指定できません。</translation>
    </message>
    <message>
        <source>File of the actions viewers may trigger (for a coming version).</source>
        <translation>視聴者が実行できるアクションの定義ファイル（今後のバージョン用）</translation>
    </message>
    <message>
        <source>PowerShell program for viewer actions (for a coming version).</source>
        <translation>視聴者アクションに使う PowerShell の実行ファイル（今後のバージョン用）</translation>
    </message>
    <message>
        <source>--%1 needs a URL starting with %2, not &quot;%3&quot;.</source>
        <translation>--%1 には %2 で始まる URL を指定してください（「%3」は使用できません）。</translation>
    </message>
    <message>
        <source>Twitch EventSub WebSocket URL (channel points).</source>
        <translation>Twitch EventSub の WebSocket URL（チャンネルポイント）</translation>
    </message>
    <message>
        <source>Twitch login server URL (id.twitch.tv).</source>
        <translation>Twitch ログインサーバーの URL（id.twitch.tv）</translation>
    </message>
    <message>
        <source>Twitch API (Helix) URL.</source>
        <translation>Twitch API（Helix）の URL</translation>
    </message>
    <message>
        <source>Log in to Twitch (shows a code to enter on twitch.tv), save the login in the system keychain and exit.</source>
        <translation>Twitch にログインし（twitch.tv で入力するコードを表示）、ログイン情報をシステムのキーチェーンに保存して終了する</translation>
    </message>
    <message>
        <source>Log out of Twitch: revoke the token, delete it and exit.</source>
        <translation>Twitch からログアウトする：トークンを無効化・削除して終了する</translation>
    </message>
    <message>
        <source>Running ChatVox: skip the message being read.</source>
        <translation>起動中の ChatVox：読み上げ中のメッセージをスキップ。</translation>
    </message>
    <message>
        <source>Running ChatVox: pause reading.</source>
        <translation>起動中の ChatVox：読み上げを一時停止。</translation>
    </message>
    <message>
        <source>Running ChatVox: resume reading.</source>
        <translation>起動中の ChatVox：読み上げを再開。</translation>
    </message>
    <message>
        <source>Running ChatVox: kill switch (silence now, disarm viewer actions).</source>
        <translation>起動中の ChatVox：緊急停止（すぐに無音にし、視聴者アクションを解除）。</translation>
    </message>
    <message>
        <source>--%1 acts on the running ChatVox and cannot be combined with --replay.</source>
        <translation>--%1 は起動中の ChatVox に対して働くため、--replay と一緒には使えません。</translation>
    </message>
</context>
<context>
    <name>chatvox::ConnectionPanel</name>
    <message>
        <source>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</source>
        <translation>%1 としてログイン中：チャットはこのアカウントで読み、チャンネルポイントの引き換えも読み上げます。ログアウトは「chatvox --logout」で行えます。</translation>
    </message>
</context>
<context>
    <name>chatvox::Desktop</name>
    <message>
        <source>No system tray here: ChatVox stays a normal window (closing it quits).</source>
        <translation>システムトレイがないため、ChatVox は通常のウィンドウとして動きます（閉じると終了します）。</translation>
    </message>
    <message>
        <source>ChatVox stopped</source>
        <translation>ChatVox が停止しました</translation>
    </message>
    <message>
        <source>No system tray: closing the window quits</source>
        <translation>システムトレイなし：ウィンドウを閉じると終了します</translation>
    </message>
</context>
<context>
    <name>chatvox::DeviceCodeLogin</name>
    <message>
        <source>The login is not available.</source>
        <translation>ログインは利用できません。</translation>
    </message>
    <message>
        <source>No Twitch Client ID is set. Register an application in the Twitch developer console and enter its Client ID in the settings (see the README).</source>
        <translation>Twitch のクライアント ID が設定されていません。Twitch 開発者コンソールでアプリケーションを登録し、そのクライアント ID を設定に入力してください（README を参照）。</translation>
    </message>
    <message>
        <source>The login code expired before it was entered. Try again for a new code.</source>
        <translation>ログインコードが入力される前に期限切れになりました。もう一度試して新しいコードを取得してください。</translation>
    </message>
    <message>
        <source>The login was declined on Twitch.</source>
        <translation>Twitch でログインが拒否されました。</translation>
    </message>
    <message>
        <source>Twitch refused the login: %1</source>
        <translation>Twitch にログインを拒否されました：%1</translation>
    </message>
    <message>
        <source>Twitch did not confirm the new login: %1</source>
        <translation>Twitch が新しいログインを確認できませんでした：%1</translation>
    </message>
</context>
<context>
    <name>chatvox::EngineModel</name>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
</context>
<context>
    <name>chatvox::EngineSet</name>
    <message>
        <source>No speech engine is configured.</source>
        <translation>音声合成エンジンが設定されていません。</translation>
    </message>
    <message>
        <source>No speech engine is available.</source>
        <translation>利用できる音声合成エンジンがありません。</translation>
    </message>
</context>
<context>
    <name>chatvox::EventSub</name>
    <message>
        <source>EventSub sent something that is not JSON: %1</source>
        <translation>EventSub から JSON ではないデータが届きました：%1</translation>
    </message>
    <message>
        <source>EventSub sent a message without metadata.</source>
        <translation>EventSub からメタデータのないメッセージが届きました。</translation>
    </message>
</context>
<context>
    <name>chatvox::EventSubClient</name>
    <message>
        <source>Twitch EventSub went silent (no keepalive). Reconnecting.</source>
        <translation>Twitch EventSub からの応答が途絶えました（キープアライブなし）。再接続します。</translation>
    </message>
    <message>
        <source>Twitch EventSub did not welcome us in time. Reconnecting.</source>
        <translation>Twitch EventSub から時間内に接続確認が届きませんでした。再接続します。</translation>
    </message>
    <message>
        <source>Invalid Twitch EventSub address: %1</source>
        <translation>Twitch EventSub のアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <source>Twitch EventSub closed the connection (%1). Reconnecting.</source>
        <translation>Twitch EventSub が接続を閉じました（%1）。再接続します。</translation>
    </message>
    <message>
        <source>Twitch withdrew ChatVox&apos;s access to channel points (the permission was revoked). Log in again.</source>
        <translation>Twitch が ChatVox のチャンネルポイントへのアクセスを取り消しました（権限が無効化されました）。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Twitch ended the channel-point subscription: the account is no longer available.</source>
        <translation>Twitch がチャンネルポイントの購読を終了しました：アカウントが利用できなくなりました。</translation>
    </message>
    <message>
        <source>Twitch ended the channel-point subscription (%1).</source>
        <translation>Twitch がチャンネルポイントの購読を終了しました（%1）。</translation>
    </message>
    <message>
        <source>Twitch refuses the login for channel points (%1). Log in again.</source>
        <translation>Twitch がチャンネルポイント用のログインを拒否しています（%1）。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Twitch does not allow reading this channel&apos;s redemptions (%1). Log in with the channel&apos;s own account.</source>
        <translation>このチャンネルの引き換えを読み取る権限がありません（%1）。チャンネル本人のアカウントでログインしてください。</translation>
    </message>
    <message>
        <source>Twitch refused the channel-point subscription (HTTP %1: %2).</source>
        <translation>Twitch がチャンネルポイントの購読を拒否しました（HTTP %1：%2）。</translation>
    </message>
</context>
<context>
    <name>chatvox::FilterEditor</name>
    <message>
        <source>Type a chat line to see what would be read.</source>
        <translation>チャットの 1 行を入力すると、どう読み上げられるかが表示されます。</translation>
    </message>
    <message>
        <source>Reads: %1</source>
        <translation>読み上げ：%1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>読み上げません：%1</translation>
    </message>
</context>
<context>
    <name>chatvox::FilterPipeline</name>
    <message>
        <source>A chat command (starts with a command prefix).</source>
        <translation>チャットコマンドです（コマンドの接頭辞で始まっています）。</translation>
    </message>
    <message>
        <source>Sent by an ignored user or a known bot.</source>
        <translation>無視するユーザー、または既知のボットによるコメントです。</translation>
    </message>
    <message>
        <source>Contains an NG word.</source>
        <translation>NGワードが含まれています。</translation>
    </message>
    <message>
        <source>Longer than the length limit.</source>
        <translation>文字数の上限を超えています。</translation>
    </message>
    <message>
        <source>Nothing left to read (empty or only emotes).</source>
        <translation>読み上げる内容がありません（空、またはエモートのみ）。</translation>
    </message>
    <message>
        <source>This viewer sent more messages than the per-user rate limit allows.</source>
        <translation>この視聴者のコメント数が、ユーザーごとの連投制限を超えています。</translation>
    </message>
    <message>
        <source>Not a chat message (a notice without the viewer&apos;s own words).</source>
        <translation>チャットのコメントではありません（視聴者本人の言葉を含まない通知です）。</translation>
    </message>
</context>
<context>
    <name>chatvox::GlobalHotkeys</name>
    <message>
        <source>%1 cannot be a global hotkey; choose a letter, digit or F-key with Ctrl, Alt or Shift.</source>
        <translation>%1 はグローバルホットキーにできません。Ctrl・Alt・Shift と英字・数字・F キーを組み合わせてください。</translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by another program.</source>
        <translation>ホットキー %1 はほかのプログラムが使用中です。</translation>
    </message>
</context>
<context>
    <name>chatvox::IrcMessage</name>
    <message>
        <source>line too long (%1 bytes, limit %2)</source>
        <translation>行が長すぎる（%1 バイト、上限 %2 バイト）</translation>
    </message>
    <message>
        <source>line outside its buffer</source>
        <translation>行がバッファーの範囲外</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>NUL byte in line</source>
        <translation>行内に NUL バイトを含む</translation>
    </message>
    <message>
        <source>CR or LF inside line</source>
        <translation>行内に CR または LF を含む</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>不正な UTF-8</translation>
    </message>
    <message>
        <source>tags without a command</source>
        <translation>タグのみでコマンドがない</translation>
    </message>
    <message>
        <source>prefix without a command</source>
        <translation>プレフィックスのみでコマンドがない</translation>
    </message>
    <message>
        <source>malformed command</source>
        <translation>コマンドの形式が不正</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>コマンドがない</translation>
    </message>
</context>
<context>
    <name>chatvox::KeychainTokenStore</name>
    <message>
        <source>No system keychain is available (%1). On Linux, a Secret Service such as GNOME Keyring or KWallet must run.</source>
        <translation>システムのキーチェーンが利用できません（%1）。Linux では GNOME Keyring や KWallet などの Secret Service が起動している必要があります。</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>システムのキーチェーンに拒否されました：%1</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>システムのキーチェーン（Secret Service）</translation>
    </message>
</context>
<context>
    <name>chatvox::LogModel</name>
    <message>
        <source>debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>chatvox::MainWindow</name>
    <message>
        <source>About ChatVox</source>
        <translation>ChatVox について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ChatVox %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads Twitch chat aloud through VOICEVOX-compatible speech engines.&lt;/p&gt;&lt;p&gt;Voices belong to their engines: follow each engine&apos;s terms (e.g. credit &quot;VOICEVOX: name&quot;) when you stream.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ChatVox %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Twitch のチャットを VOICEVOX 互換の音声合成エンジンで読み上げます。&lt;/p&gt;&lt;p&gt;音声は各エンジンのものです。配信では各エンジンの利用規約（「VOICEVOX:キャラクター名」のクレジット表記など）に従ってください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Resume reading</source>
        <translation>読み上げを再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause reading</source>
        <translation>読み上げを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>reading paused</source>
        <translation>読み上げ一時停止中</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュート中</translation>
    </message>
    <message>
        <source>%1 · %2 read · %3 waiting</source>
        <translation>%1 · 読み上げ %2 件 · 待ち %3 件</translation>
    </message>
</context>
<context>
    <name>chatvox::MemoryTokenStore</name>
    <message>
        <source>memory only (lost when ChatVox ends)</source>
        <translation>メモリ内のみ（ChatVox の終了時に消去）</translation>
    </message>
</context>
<context>
    <name>chatvox::OAuth</name>
    <message>
        <source>Twitch sent an answer that is not JSON.</source>
        <translation>Twitch から JSON ではない応答が返りました。</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer lacks the login code.</source>
        <translation>Twitch の応答にログインコードがありません。</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer lacks the access token.</source>
        <translation>Twitch の応答にアクセストークンがありません。</translation>
    </message>
    <message>
        <source>Twitch&apos;s answer does not say who is logged in.</source>
        <translation>Twitch の応答に、ログインしたアカウントが含まれていません。</translation>
    </message>
</context>
<context>
    <name>chatvox::Pipeline</name>
    <message>
        <source>No system voice: %1</source>
        <translation>システム音声は使用できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>Chat is too fast: skipped %n message(s).</source>
        <translation>
            <numerusform>チャットの流れが速すぎるため、%n 件のコメントをスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audio output stopped responding.</source>
        <translation>オーディオ出力が応答しなくなりました。</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Looking for a speech engine…</source>
        <translation>音声合成エンジンを探しています…</translation>
    </message>
    <message>
        <source>No speech engine answers; the system voice reads chat. Start VOICEVOX (or AivisSpeech, SHAREVOX, COEIROINK) and it is used as soon as it answers.</source>
        <translation>音声合成エンジンが応答しないため、システム音声でチャットを読み上げます。VOICEVOX（または AivisSpeech、SHAREVOX、COEIROINK）を起動すると、応答があり次第そちらに切り替わります。</translation>
    </message>
    <message>
        <source>No speech engine answers and there is no system voice: chat is not read until an engine answers.</source>
        <translation>音声合成エンジンが応答せず、システム音声も使用できません。エンジンが応答するまでチャットは読み上げられません。</translation>
    </message>
    <message>
        <source>Voice: %1 (%2), style id %3</source>
        <translation>話者：%1（%2）、スタイル ID %3</translation>
    </message>
    <message>
        <source>The engine lists no voice (%1); trying style 0.</source>
        <translation>エンジンから使用できる話者が見つかりません（%1）。スタイル 0 で試します。</translation>
    </message>
    <message>
        <source>no talk style</source>
        <translation>トーク用のスタイルなし</translation>
    </message>
    <message>
        <source>Ignored a chat line that is not valid IRC: %1</source>
        <translation>IRC として正しくないチャット行を無視しました：%1</translation>
    </message>
    <message>
        <source>Reading #%1</source>
        <translation>#%1 のチャットを読み上げ中</translation>
    </message>
    <message>
        <source>Twitch refused the login.</source>
        <translation>Twitch にログインを拒否されました。</translation>
    </message>
    <message>
        <source>Twitch chat</source>
        <translation>Twitch チャット</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>音声合成エンジン</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>オーディオ出力</translation>
    </message>
    <message>
        <source>No audio output device can be opened. Check that a sound server (PulseAudio or PipeWire) runs; on WSL it comes with WSLg.</source>
        <translation>オーディオ出力デバイスを開けません。サウンドサーバー（PulseAudio または PipeWire）が起動しているか確認してください。WSL では WSLg に含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost; reconnecting in %n second(s).</source>
        <translation>
            <numerusform>接続が切れました。%n 秒後に再接続します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill switch: speech stopped.</source>
        <translation>キルスイッチ: 読み上げを止めました。</translation>
    </message>
    <message>
        <source>Reading #%1 anonymously</source>
        <translation>#%1 をログインなしで読み上げ中</translation>
    </message>
    <message>
        <source>Reading #%1 as %2</source>
        <translation>#%1 を %2 として読み上げ中</translation>
    </message>
    <message>
        <source>Reading chat anonymously.</source>
        <translation>ログインなしでチャットを読み上げます。</translation>
    </message>
    <message>
        <source>Reading chat as %1.</source>
        <translation>%1 としてチャットを読み上げます。</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>ログインしていません</translation>
    </message>
    <message>
        <source>Channel points</source>
        <translation>チャンネルポイント</translation>
    </message>
    <message>
        <source>Listening for channel-point redemptions</source>
        <translation>チャンネルポイントの引き換えを受信中</translation>
    </message>
    <message>
        <source>Channel points: reconnecting</source>
        <translation>チャンネルポイント：再接続中</translation>
    </message>
    <message>
        <source>Twitch refused the login; refreshing it.</source>
        <translation>Twitch にログインを拒否されました。ログインを更新します。</translation>
    </message>
    <message>
        <source>Twitch chat refused the login even after refreshing it. Please log in again.</source>
        <translation>ログインを更新しても Twitch チャットに拒否されました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>{user} redeemed {reward}: {input}</source>
        <translation>{user}さんが「{reward}」を引き換えました。{input}</translation>
    </message>
    <message>
        <source>{user} redeemed {reward}</source>
        <translation>{user}さんが「{reward}」を引き換えました</translation>
    </message>
    <message>
        <source>Channel points: %1</source>
        <translation>チャンネルポイント：%1</translation>
    </message>
    <message>
        <source>Reading paused.</source>
        <translation>読み上げを一時停止しました。</translation>
    </message>
    <message>
        <source>Reading resumed.</source>
        <translation>読み上げを再開しました。</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>ミュートしました。</translation>
    </message>
    <message>
        <source>Sound on.</source>
        <translation>ミュートを解除しました。</translation>
    </message>
</context>
<context>
    <name>chatvox::PlaceholderPanel</name>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>The viewer-input bridge lets chat commands and channel-point rewards trigger actions you allow on this PC (through PowerShell), with cooldowns and a kill switch. It is switched off until you enable it and add actions.</source>
        <translation>視聴者入力ブリッジを使うと、チャットコマンドやチャンネルポイントの特典で、あなたが許可したこの PC 上の操作（PowerShell 経由）を実行できます。クールダウンと緊急停止付きです。有効にしてアクションを追加するまではオフのままです。</translation>
    </message>
</context>
<context>
    <name>chatvox::QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Synthesizing</source>
        <translation>合成中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>再生中</translation>
    </message>
    <message>
        <source>%1 (system voice)</source>
        <translation>%1（システム音声）</translation>
    </message>
    <message>
        <source>(ChatVox)</source>
        <translation>（ChatVox）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>chatvox::QueuePanel</name>
    <message>
        <source>Reading is paused.</source>
        <translation>読み上げは一時停止中です。</translation>
    </message>
    <message>
        <source>Chat is busy: speaking %1× faster.</source>
        <translation>チャットが混雑しています：%1 倍速で読み上げ中。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) dropped so far to keep up.</source>
        <translation>
            <numerusform>追いつくためにこれまで %n 件を省略しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages are read in the order they came.</source>
        <translation>メッセージは届いた順に読み上げます。</translation>
    </message>
</context>
<context>
    <name>chatvox::ReplaySource</name>
    <message>
        <source>Cannot read the replay input: %1</source>
        <translation>リプレイの入力を読み込めません：%1</translation>
    </message>
    <message>
        <source>Cannot read the replay input: it is not open for reading.</source>
        <translation>リプレイの入力を読み込めません：読み取り用に開かれていません。</translation>
    </message>
    <message>
        <source>No replay input was given.</source>
        <translation>リプレイの入力が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot open the replay file %1: %2</source>
        <translation>リプレイファイル %1 を開けません：%2</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>標準入力を読み込めません：%1</translation>
    </message>
</context>
<context>
    <name>chatvox::RunStatus</name>
    <message>
        <source>Twitch refused the login.</source>
        <translation>Twitch がログインを拒否しました。</translation>
    </message>
    <message>
        <source>No channel set: enter the channel to read.</source>
        <translation>チャンネル未設定：読み上げるチャンネルを入力してください。</translation>
    </message>
    <message>
        <source>Connecting to #%1…</source>
        <translation>#%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to #%1</source>
        <translation>#%1 に接続しました</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後に再接続します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s (%1)</source>
        <translation>
            <numerusform>%n 秒後に再接続します（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Reading a chat log</source>
        <translation>チャットログを読み上げ中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatvox::Settings</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>line %1 is not a setting</source>
        <translation>%1 行目が設定の形式になっていません</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>有効な INI ファイルではありません</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was kept as %3 and the default settings are used.</source>
        <translation>設定ファイル %1 を使用できませんでした（%2）。元のファイルを %3 として残し、既定の設定を使用します。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) nor moved aside. The default settings are used for this run and will not be saved.</source>
        <translation>設定ファイル %1 を使用できず（%2）、別名で退避することもできませんでした。今回は既定の設定で起動し、設定は保存されません。</translation>
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
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>初期値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Reset the settings on this page</source>
        <translation>このページの設定を初期値に戻す</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Information (default)</source>
        <translation>情報（既定）</translation>
    </message>
    <message>
        <source>Everything (for bug reports)</source>
        <translation>すべて（不具合報告用）</translation>
    </message>
    <message>
        <source>Work in every application, also while a game has the focus. Clear a field to turn its hotkey off.</source>
        <translation>ゲームの操作中も含め、どのアプリケーションでも使えます。欄を空にするとそのホットキーはオフになります。</translation>
    </message>
    <message>
        <source>Global hotkeys work on Windows only. On Linux, bind the commands &quot;chatvox --skip&quot; and &quot;chatvox --kill&quot; to keys in your desktop&apos;s keyboard settings.</source>
        <translation>グローバルホットキーは Windows でのみ使えます。Linux では、デスクトップのキーボード設定で「chatvox --skip」「chatvox --kill」コマンドをキーに割り当ててください。</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>登録先：%1</translation>
    </message>
    <message>
        <source>Not available on this system.</source>
        <translation>このシステムでは使えません。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>An engine address looks like http://127.0.0.1:50021.</source>
        <translation>エンジンのアドレスは http://127.0.0.1:50021 のような形式です。</translation>
    </message>
    <message>
        <source>Reset all settings</source>
        <translation>すべての設定を初期化</translation>
    </message>
    <message>
        <source>Put every setting back to what a new user gets? This cannot be undone.</source>
        <translation>すべての設定を初期状態に戻しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Choose an engine in the list first.</source>
        <translation>先に一覧からエンジンを選んでください。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>%1 answers: version %2, %3 ms.</source>
        <translation>%1 が応答しました：バージョン %2、%3 ミリ秒。</translation>
    </message>
</context>
<context>
    <name>chatvox::SingleInstance</name>
    <message>
        <source>ChatVox is already running.</source>
        <translation>ChatVox はすでに起動しています。</translation>
    </message>
    <message>
        <source>Cannot listen for other ChatVox starts: %1</source>
        <translation>ほかの ChatVox の起動を受け付けられません：%1</translation>
    </message>
    <message>
        <source>Request from another start: %1</source>
        <translation>別の起動からの要求：%1</translation>
    </message>
    <message>
        <source>ChatVox is not running.</source>
        <translation>ChatVox は起動していません。</translation>
    </message>
    <message>
        <source>The running ChatVox did not answer.</source>
        <translation>起動中の ChatVox が応答しませんでした。</translation>
    </message>
    <message>
        <source>The running ChatVox does not know &quot;%1&quot;.</source>
        <translation>起動中の ChatVox は「%1」に対応していません。</translation>
    </message>
</context>
<context>
    <name>chatvox::SpeakerModel</name>
    <message numerus="yes">
        <source>%n style(s)</source>
        <translation>
            <numerusform>%n スタイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), style id %3</source>
        <translation>%1（%2）、スタイル ID %3</translation>
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
        <translation>こんにちは！ChatVox はこんな声でチャットを読み上げます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>No speech engine answers yet.</source>
        <translation>まだ音声合成エンジンが応答していません。</translation>
    </message>
    <message>
        <source>Asking the engine for its voices…</source>
        <translation>エンジンに声の一覧を問い合わせ中…</translation>
    </message>
    <message numerus="yes">
        <source>%n voice style(s). Click one to use it.</source>
        <translation>
            <numerusform>%n 個の声のスタイルがあります。クリックすると使います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the voices: %1</source>
        <translation>声の一覧を取得できませんでした：%1</translation>
    </message>
    <message>
        <source>Voice: the engine&apos;s first voice</source>
        <translation>声：エンジンの最初の声</translation>
    </message>
    <message>
        <source>Voice: %1 (%2)</source>
        <translation>声：%1（%2）</translation>
    </message>
    <message>
        <source>Voice: style id %1</source>
        <translation>声：スタイル ID %1</translation>
    </message>
</context>
<context>
    <name>chatvox::SpeechQueue</name>
    <message>
        <source>Speech engine failed (%1); the system voice reads this message.</source>
        <translation>音声合成エンジンでエラーが発生しました（%1）。このコメントはシステム音声で読み上げます。</translation>
    </message>
    <message>
        <source>Speech engine failed: %1</source>
        <translation>音声合成エンジンでエラーが発生しました：%1</translation>
    </message>
    <message>
        <source>Could not play &quot;%1&quot;: %2</source>
        <translation>「%1」を再生できませんでした：%2</translation>
    </message>
    <message>
        <source>The audio output stopped responding; skipped &quot;%1&quot;.</source>
        <translation>オーディオ出力が応答しなくなったため、「%1」をスキップしました。</translation>
    </message>
    <message>
        <source>No speech engine and no system voice are available: &quot;%1&quot; was not read.</source>
        <translation>音声合成エンジンもシステム音声も使用できないため、「%1」は読み上げられませんでした。</translation>
    </message>
</context>
<context>
    <name>chatvox::Supervisor</name>
    <message numerus="yes">
        <source>%1 keeps failing after %n restart(s): %2</source>
        <translation>
            <numerusform>%1 は %n 回再起動しても失敗が続いています：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Restarting: %1</source>
        <translation>再起動します：%1</translation>
    </message>
</context>
<context>
    <name>chatvox::SystemVoice</name>
    <message>
        <source>No text-to-speech engine is installed for Qt (on Linux: the speech-dispatcher plugin of Qt TextToSpeech).</source>
        <translation>Qt で使えるテキスト読み上げエンジンがインストールされていません（Linux の場合は Qt TextToSpeech の speech-dispatcher プラグインが必要です）。</translation>
    </message>
    <message>
        <source>The text-to-speech engine &quot;%1&quot; is not installed (have: %2).</source>
        <translation>テキスト読み上げエンジン「%1」はインストールされていません（インストール済み：%2）。</translation>
    </message>
    <message>
        <source>This build of ChatVox has no system voice (built without Qt TextToSpeech).</source>
        <translation>この ChatVox はシステム音声に対応していません（Qt TextToSpeech なしでビルドされています）。</translation>
    </message>
    <message>
        <source>The system voice could not start: %1</source>
        <translation>システム音声を開始できませんでした：%1</translation>
    </message>
    <message>
        <source>The system voice failed: %1</source>
        <translation>システム音声でエラーが発生しました：%1</translation>
    </message>
    <message>
        <source>The system voice did not start speaking within %1 seconds.</source>
        <translation>システム音声が %1 秒以内に読み上げを開始しませんでした。</translation>
    </message>
</context>
<context>
    <name>chatvox::TokenManager</name>
    <message>
        <source>The saved Twitch login cannot be read: %1</source>
        <translation>保存された Twitch のログイン情報を読み込めません：%1</translation>
    </message>
    <message>
        <source>Your Twitch login has expired. Please log in again.</source>
        <translation>Twitch のログインの有効期限が切れました。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your Twitch login has expired or was revoked. Please log in again.</source>
        <translation>Twitch のログインの有効期限が切れたか、無効化されました。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>chatvox::TokenSet</name>
    <message>
        <source>The stored Twitch login is damaged.</source>
        <translation>保存された Twitch のログイン情報が壊れています。</translation>
    </message>
</context>
<context>
    <name>chatvox::TrayIcon</name>
    <message>
        <source>ChatVox: a problem</source>
        <translation>ChatVox：問題が発生しました</translation>
    </message>
    <message>
        <source>ChatVox keeps reading</source>
        <translation>ChatVox は読み上げを続けます</translation>
    </message>
    <message>
        <source>ChatVox is still running here. Use the tray menu to pause it, open the window or quit.</source>
        <translation>ChatVox はここで動作を続けています。トレイのメニューから一時停止・ウィンドウ表示・終了ができます。</translation>
    </message>
</context>
<context>
    <name>chatvox::TwitchChatClient</name>
    <message>
        <source>Twitch chat stopped answering. Reconnecting.</source>
        <translation>Twitch チャットからの応答が途絶えました。再接続します。</translation>
    </message>
    <message>
        <source>Twitch chat did not answer in time. Reconnecting.</source>
        <translation>Twitch チャットから時間内に応答がありませんでした。再接続します。</translation>
    </message>
    <message>
        <source>Invalid Twitch chat address: %1</source>
        <translation>Twitch チャットのアドレスが正しくありません：%1</translation>
    </message>
    <message>
        <source>the connection closed before it was established</source>
        <translation>接続が確立する前に切断されました</translation>
    </message>
    <message>
        <source>Twitch chat connection failed: %1</source>
        <translation>Twitch チャットへの接続に失敗しました：%1</translation>
    </message>
    <message>
        <source>Twitch refused the login. Please log in again.</source>
        <translation>Twitch にログインを拒否されました。もう一度ログインしてください。</translation>
    </message>
</context>
<context>
    <name>chatvox::TwitchIdClient</name>
    <message>
        <source>Twitch cannot be reached: %1</source>
        <translation>Twitch に接続できません：%1</translation>
    </message>
    <message>
        <source>Twitch does not know this Client ID (%1). Check the Client ID in the settings.</source>
        <translation>Twitch はこのクライアント ID を認識していません（%1）。設定のクライアント ID を確認してください。</translation>
    </message>
    <message>
        <source>Twitch refused to start the login (HTTP %1: %2).</source>
        <translation>Twitch にログインの開始を拒否されました（HTTP %1：%2）。</translation>
    </message>
    <message>
        <source>Twitch answered HTTP %1: %2</source>
        <translation>Twitch の応答：HTTP %1：%2</translation>
    </message>
    <message>
        <source>Twitch no longer accepts this login.</source>
        <translation>Twitch はこのログインをもう受け付けません。</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
</context>
<context>
    <name>chatvox::ViewerVoices</name>
    <message>
        <source>@%1 your voice is %2. Change it with !voice &lt;name or number&gt;.</source>
        <translation>@%1 あなたの声は %2 です。!voice &lt;名前または番号&gt; で変えられます。</translation>
    </message>
    <message>
        <source>@%1 you have the default voice. Choose one with !voice &lt;name or number&gt;.</source>
        <translation>@%1 あなたの声は標準の声です。!voice &lt;名前または番号&gt; で選べます。</translation>
    </message>
    <message>
        <source>@%1 your voice is back to the default.</source>
        <translation>@%1 声を標準に戻しました。</translation>
    </message>
    <message>
        <source>@%1 %2&apos;s voice is back to the default.</source>
        <translation>@%1 %2 さんの声を標準に戻しました。</translation>
    </message>
    <message>
        <source>@%1 there is no voice &quot;%2&quot; here.</source>
        <translation>@%1 「%2」という声はありません。</translation>
    </message>
    <message>
        <source>@%1 your voice is now %2.</source>
        <translation>@%1 声を %2 にしました。</translation>
    </message>
</context>
<context>
    <name>chatvox::VoicevoxClient</name>
    <message>
        <source>The speech engine at %1 did not answer within %2 seconds.</source>
        <translation>音声合成エンジン %1 が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the speech engine at %1: %2</source>
        <translation>音声合成エンジン %1 に接続できません：%2</translation>
    </message>
    <message>
        <source>The speech engine at %1 refused the request (HTTP %2): %3</source>
        <translation>音声合成エンジン %1 がリクエストを拒否しました（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>The speech engine at %1 failed (HTTP %2): %3</source>
        <translation>音声合成エンジン %1 でエラーが発生しました（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>The speech engine at %1 sent a bad answer to %2: %3</source>
        <translation>音声合成エンジン %1 から返された %2 の応答が不正です：%3</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The text is too long for the speech engine (%1 characters).</source>
        <translation>テキストが長すぎるため、音声合成エンジンに送れません（%1 文字）。</translation>
    </message>
</context>
<context>
    <name>chatvox::VoicevoxProtocol</name>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON として解析できません（%2 バイト目：%1）</translation>
    </message>
    <message>
        <source>the version is not JSON</source>
        <translation>バージョンが JSON ではありません</translation>
    </message>
    <message>
        <source>the version is not a JSON string</source>
        <translation>バージョンが JSON 文字列ではありません</translation>
    </message>
    <message>
        <source>the speaker list is not a JSON array</source>
        <translation>話者一覧が JSON 配列ではありません</translation>
    </message>
    <message>
        <source>speaker %1 has no name or no styles</source>
        <translation>話者 %1 に名前またはスタイルがありません</translation>
    </message>
    <message>
        <source>style %1 of speaker &quot;%2&quot; has no integer id</source>
        <translation>話者「%2」のスタイル %1 に整数の ID がありません</translation>
    </message>
    <message>
        <source>not an AudioQuery (not a JSON object)</source>
        <translation>AudioQuery ではありません（JSON オブジェクトではありません）</translation>
    </message>
    <message>
        <source>not an AudioQuery (no accent_phrases array)</source>
        <translation>AudioQuery ではありません（accent_phrases 配列がありません）</translation>
    </message>
    <message>
        <source>not an AudioQuery (%1 is not a number)</source>
        <translation>AudioQuery ではありません（%1 が数値ではありません）</translation>
    </message>
    <message>
        <source>not an AudioQuery (outputStereo is not a boolean)</source>
        <translation>AudioQuery ではありません（outputStereo が真偽値ではありません）</translation>
    </message>
</context>
<context>
    <name>chatvox::WavReader</name>
    <message>
        <source>The WAV format (fmt) chunk is truncated.</source>
        <translation>WAV のフォーマット（fmt）チャンクが途中で切れています。</translation>
    </message>
    <message>
        <source>The WAV extensible format chunk is truncated.</source>
        <translation>WAV の拡張フォーマットチャンクが途中で切れています。</translation>
    </message>
    <message>
        <source>The WAV file uses an unknown extensible sub-format.</source>
        <translation>WAV ファイルが不明な拡張サブフォーマットを使用しています。</translation>
    </message>
    <message>
        <source>The WAV file is compressed (%1); only uncompressed PCM or float WAV can be played.</source>
        <translation>WAV ファイルが圧縮されています（%1）。再生できるのは非圧縮の PCM または浮動小数点形式の WAV のみです。</translation>
    </message>
    <message>
        <source>The WAV file uses an unsupported format (tag 0x%1); only uncompressed PCM or float WAV can be played.</source>
        <translation>WAV ファイルの形式に対応していません（タグ 0x%1）。再生できるのは非圧縮の PCM または浮動小数点形式の WAV のみです。</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid channel count (%1).</source>
        <translation>WAV ファイルのチャンネル数が不正です（%1）。</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid sample rate (%1 Hz).</source>
        <translation>WAV ファイルのサンプリングレートが不正です（%1 Hz）。</translation>
    </message>
    <message>
        <source>The WAV file uses %1-bit float samples; only 32-bit float is supported.</source>
        <translation>WAV ファイルのサンプルが %1 ビット浮動小数点です。対応しているのは 32 ビット浮動小数点のみです。</translation>
    </message>
    <message>
        <source>The WAV file declares an unsupported sample size (%1 bits).</source>
        <translation>WAV ファイルのサンプルサイズ（%1 ビット）には対応していません。</translation>
    </message>
    <message>
        <source>The WAV file declares an invalid number of valid bits (%1 of %2).</source>
        <translation>WAV ファイルの有効ビット数が不正です（%2 ビット中 %1 ビット）。</translation>
    </message>
    <message>
        <source>The WAV header is inconsistent: block align %1 does not match %2 channel(s) of %3 bits.</source>
        <translation>WAV ヘッダーの内容が矛盾しています：ブロックアライン %1 が %2 チャンネル × %3 ビットと一致しません。</translation>
    </message>
    <message>
        <source>Not a WAV file (the RIFF/WAVE header is missing).</source>
        <translation>WAV ファイルではありません（RIFF/WAVE ヘッダーがありません）。</translation>
    </message>
    <message>
        <source>Unsupported WAV variant “%1”; only little-endian RIFF WAV is supported.</source>
        <translation>WAV の形式「%1」には対応していません。対応しているのはリトルエンディアンの RIFF WAV のみです。</translation>
    </message>
    <message>
        <source>The WAV file is truncated inside its format (fmt) chunk.</source>
        <translation>WAV ファイルがフォーマット（fmt）チャンクの途中で切れています。</translation>
    </message>
    <message>
        <source>The WAV header announces %1 bytes of audio but the file holds only %2 (truncated or corrupt file).</source>
        <translation>WAV ヘッダー上の音声データは %1 バイトですが、ファイルには %2 バイトしかありません（ファイルが途中で切れているか、破損しています）。</translation>
    </message>
    <message>
        <source>The WAV file is truncated (chunk “%1” runs past the end of the file).</source>
        <translation>WAV ファイルが途中で切れています（チャンク「%1」がファイルの末尾を越えています）。</translation>
    </message>
    <message>
        <source>The WAV file has no format (fmt) chunk.</source>
        <translation>WAV ファイルにフォーマット（fmt）チャンクがありません。</translation>
    </message>
    <message>
        <source>The WAV file has no data chunk.</source>
        <translation>WAV ファイルに data チャンクがありません。</translation>
    </message>
    <message>
        <source>The WAV file contains no audio.</source>
        <translation>WAV ファイルに音声が含まれていません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;chatvox --help&apos;.</source>
        <translation>詳しくは &apos;chatvox --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>No display: running in the terminal (as with --headless).</source>
        <translation>ディスプレイがないため、端末で実行します（--headless と同じ）。</translation>
    </message>
</context>
</TS>
