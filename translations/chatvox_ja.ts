<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountPanel</name>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch アカウント</translation>
    </message>
    <message>
        <source>Login state light</source>
        <translation>ログイン状態のランプ</translation>
    </message>
    <message>
        <source>Login state</source>
        <translation>ログイン状態</translation>
    </message>
    <message>
        <source>Account message</source>
        <translation>アカウントのお知らせ</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <source>Token valid until:</source>
        <translation>トークンの有効期限：</translation>
    </message>
    <message>
        <source>Token valid until</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>権限：</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>保存先：</translation>
    </message>
    <message>
        <source>Where the login is kept</source>
        <translation>ログインの保存先</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>キーチェーンの警告</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>Twitch でログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Revokes the token at Twitch and deletes it from this computer</source>
        <translation>Twitch でトークンを無効にし、この PC から削除します</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Chat connection light</source>
        <translation>チャット接続のランプ</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>チャット：</translation>
    </message>
    <message>
        <source>Chat connection</source>
        <translation>チャット接続</translation>
    </message>
    <message>
        <source>Channel points connection light</source>
        <translation>チャンネルポイント接続のランプ</translation>
    </message>
    <message>
        <source>Channel points:</source>
        <translation>チャンネルポイント：</translation>
    </message>
    <message>
        <source>Channel points connection</source>
        <translation>チャンネルポイント接続</translation>
    </message>
    <message>
        <source>Reading chat needs no login. Log in to have channel-point redemptions read aloud (and sent to the viewer-input bridge) and to let ChatVox answer !voice in chat. ChatVox never sees your password: you approve it on twitch.tv.</source>
        <translation>チャットを読むだけならログインは不要です。ログインすると、チャンネルポイントの引き換えを読み上げ（視聴者操作ブリッジにも渡し）、!voice にチャットで返事できます。パスワードを ChatVox に入力することはありません。twitch.tv 上で許可するだけです。</translation>
    </message>
</context>
<context>
    <name>AccountSettingsPage</name>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Twitch application (Client ID)</source>
        <translation>Twitch アプリケーション（クライアント ID）</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I)：</translation>
    </message>
    <message>
        <source>the Client ID of your Twitch application</source>
        <translation>Twitch アプリケーションのクライアント ID</translation>
    </message>
    <message>
        <source>About the Client ID</source>
        <translation>クライアント ID について</translation>
    </message>
    <message>
        <source>Channel points</source>
        <translation>チャンネルポイント</translation>
    </message>
    <message>
        <source>&amp;Read channel-point redemptions aloud</source>
        <translation>チャンネルポイントの引き換えを読み上げる(&amp;R)</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>読み上げ文(&amp;A)：</translation>
    </message>
    <message>
        <source>{user}, {reward} and {input} are filled in; empty: the default sentence</source>
        <translation>{user}・{reward}・{input} が置き換えられます。空欄なら既定の文です</translation>
    </message>
    <message>
        <source>Needs a login. Redemptions go through the same filters as chat, and reach the viewer-input bridge either way.</source>
        <translation>ログインが必要です。引き換えはチャットと同じフィルターを通り、読み上げの有無にかかわらず視聴者操作ブリッジに届きます。</translation>
    </message>
</context>
<context>
    <name>AccountSummary</name>
    <message>
        <source>Login state light</source>
        <translation>ログイン状態のランプ</translation>
    </message>
    <message>
        <source>Twitch account</source>
        <translation>Twitch アカウント</translation>
    </message>
    <message>
        <source>Account note</source>
        <translation>アカウントの補足</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>Twitch でログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Revokes the token at Twitch and deletes it from this computer</source>
        <translation>Twitch でトークンを無効にし、この PC から削除します</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>詳細(&amp;D)…</translation>
    </message>
    <message>
        <source>Shows the Account panel</source>
        <translation>アカウントパネルを表示します</translation>
    </message>
</context>
<context>
    <name>BridgeActionDialog</name>
    <message>
        <source>Bridge action</source>
        <translation>ブリッジのアクション</translation>
    </message>
    <message>
        <source>Action &amp;name:</source>
        <translation>アクション名(&amp;N):</translation>
    </message>
    <message>
        <source>jump</source>
        <translation>jump</translation>
    </message>
    <message>
        <source>Letters a-z, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;; shown in the activity and used by the Test button</source>
        <translation>英字 a-z、数字、&quot;_&quot;、&quot;-&quot;、&quot;.&quot; が使えます。アクティビティとテストボタンで使われます</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Gap between steps:</source>
        <translation>ステップの間隔(&amp;G):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>The pause between two steps of a sequence</source>
        <translation>連続したステップの間の待ち時間</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>スクリプト(&amp;S):</translation>
    </message>
    <message>
        <source>A .ps1 file of the scripts folder</source>
        <translation>スクリプトフォルダーの .ps1 ファイル</translation>
    </message>
    <message>
        <source>Open scripts &amp;folder</source>
        <translation>スクリプトフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Put your .ps1 scripts into this folder; only scripts from it can run</source>
        <translation>.ps1 スクリプトはこのフォルダーに置いてください。ここにあるスクリプトだけが実行できます</translation>
    </message>
    <message>
        <source>Look for scripts again</source>
        <translation>スクリプトを探し直す</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>制限時間(&amp;L):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The script is stopped when it runs longer</source>
        <translation>これより長く動くとスクリプトを止めます</translation>
    </message>
    <message>
        <source>Scripts folder</source>
        <translation>スクリプトフォルダー</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>実行する内容</translation>
    </message>
    <message>
        <source>&amp;Runs for:</source>
        <translation>対象(&amp;R):</translation>
    </message>
    <message>
        <source>Runs for</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Without a word: &quot;!jump&quot;. With a choice word: &quot;!move left&quot;. A viewer word that is not listed does nothing.</source>
        <translation>単語なし: &quot;!jump&quot;。選択肢の単語つき: &quot;!move left&quot;。一覧にない単語では何も起きません。</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>New choice word</source>
        <translation>新しい選択肢の単語</translation>
    </message>
    <message>
        <source>One word of 1 to 32 characters that viewers type after the command</source>
        <translation>視聴者がコマンドの後に入力する 1〜32 文字の単語</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>選択肢を追加(&amp;C)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected choice</source>
        <translation>選んだ選択肢を削除します</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>選択肢を削除</translation>
    </message>
    <message>
        <source>Key steps, one after another (keys joined by + are pressed together):</source>
        <translation>キーのステップ（上から順に押します。+ でつないだキーは同時に押します）:</translation>
    </message>
    <message>
        <source>Key steps</source>
        <translation>キーのステップ</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>キー(&amp;Y):</translation>
    </message>
    <message>
        <source>The keys ChatVox can press (scan codes, which games read)</source>
        <translation>ChatVox が押せるキー（ゲームが読み取るスキャンコード）</translation>
    </message>
    <message>
        <source>Add as ne&amp;w step</source>
        <translation>新しいステップとして追加(&amp;W)</translation>
    </message>
    <message>
        <source>Press &amp;together</source>
        <translation>同時押しに追加(&amp;T)</translation>
    </message>
    <message>
        <source>Add the key to the selected step: the keys of a step are held together (a combo, e.g. Ctrl+Shift+Esc)</source>
        <translation>選んだステップにキーを加えます。ステップのキーは同時に押されます（例: Ctrl+Shift+Esc）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>選んだステップを上へ移動します</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>選んだステップを下へ移動します</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>選んだステップを削除します</translation>
    </message>
    <message>
        <source>H&amp;old each step:</source>
        <translation>各ステップの長さ(&amp;O):</translation>
    </message>
    <message>
        <source>How long each step is held down (at most 5 s)</source>
        <translation>各ステップを押し続ける時間（最大 5 秒）</translation>
    </message>
    <message>
        <source>&amp;Arguments, one per line (passed as plain text):</source>
        <translation>引数（1 行に 1 つ、そのままの文字列で渡します）(&amp;A):</translation>
    </message>
    <message>
        <source>Fixed arguments of the script; viewers&apos; text never reaches it</source>
        <translation>スクリプトの固定の引数です。視聴者の文字が渡ることはありません</translation>
    </message>
    <message>
        <source>The command w&amp;ithout a choice runs the script too</source>
        <translation>選択肢なしのコマンドでもスクリプトを実行する(&amp;I)</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>!jump</source>
        <translation>!jump</translation>
    </message>
    <message>
        <source>New chat command</source>
        <translation>新しいチャットコマンド</translation>
    </message>
    <message>
        <source>The first word of a chat message, any case; a second word picks the choice</source>
        <translation>チャットの最初の単語（大文字小文字は問いません）。2 語目で選択肢を選びます</translation>
    </message>
    <message>
        <source>Add chat co&amp;mmand</source>
        <translation>チャットコマンドを追加(&amp;M)</translation>
    </message>
    <message>
        <source>Jump!</source>
        <translation>Jump!</translation>
    </message>
    <message>
        <source>New channel-point reward</source>
        <translation>新しいチャンネルポイント特典</translation>
    </message>
    <message>
        <source>The reward&apos;s title (or id) as on Twitch; its text, if any, picks the choice. Needs the Twitch login.</source>
        <translation>Twitch での特典のタイトル（または ID）。特典に入力された文字があれば、それで選択肢を選びます。Twitch ログインが必要です。</translation>
    </message>
    <message>
        <source>Add reward</source>
        <translation>特典を追加</translation>
    </message>
    <message>
        <source>Add a channel-point reward as a trigger</source>
        <translation>チャンネルポイント特典をトリガーに追加します</translation>
    </message>
    <message>
        <source>Remove the selected trigger</source>
        <translation>選んだトリガーを削除します</translation>
    </message>
    <message>
        <source>Remove trigger</source>
        <translation>トリガーを削除</translation>
    </message>
    <message>
        <source>Who and how often</source>
        <translation>使える人と頻度</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>使える人(&amp;P):</translation>
    </message>
    <message>
        <source>A higher rank may use what a lower one may. Channel-point rewards are paid for, so they skip this check.</source>
        <translation>上の立場の人は下の立場の人が使えるものも使えます。チャンネルポイント特典はポイントを払っているので、この確認はしません。</translation>
    </message>
    <message>
        <source>Cooldown per &amp;viewer:</source>
        <translation>視聴者ごとのクールダウン(&amp;V):</translation>
    </message>
    <message>
        <source>How long one viewer waits before using it again</source>
        <translation>同じ視聴者が次に使えるまでの時間</translation>
    </message>
    <message>
        <source>Cooldown for &amp;everyone:</source>
        <translation>全体のクールダウン(&amp;E):</translation>
    </message>
    <message>
        <source>How long everyone waits after it ran</source>
        <translation>実行後、全員が次に使えるまでの時間</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What this entry is</source>
        <translation>この項目の説明</translation>
    </message>
</context>
<context>
    <name>BridgeOptionsDialog</name>
    <message>
        <source>Bridge options</source>
        <translation>ブリッジのオプション</translation>
    </message>
    <message>
        <source>&amp;PowerShell:</source>
        <translation>PowerShell(&amp;P):</translation>
    </message>
    <message>
        <source>Which PowerShell runs the actions</source>
        <translation>アクションを実行する PowerShell</translation>
    </message>
    <message>
        <source>P&amp;rogram:</source>
        <translation>プログラム(&amp;R):</translation>
    </message>
    <message>
        <source>The full path of the PowerShell program</source>
        <translation>PowerShell プログラムのフルパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the PowerShell program</source>
        <translation>PowerShell プログラムを参照</translation>
    </message>
    <message>
        <source>&amp;Scripts folder:</source>
        <translation>スクリプトフォルダー(&amp;S):</translation>
    </message>
    <message>
        <source>The only folder scripts are taken from</source>
        <translation>スクリプトを読み込む唯一のフォルダー</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the scripts folder</source>
        <translation>スクリプトフォルダーを参照</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the scripts folder</source>
        <translation>スクリプトフォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Rate cap:</source>
        <translation>実行の上限(&amp;R):</translation>
    </message>
    <message>
        <source> actions</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Rate cap: actions</source>
        <translation>実行の上限: 件数</translation>
    </message>
    <message>
        <source>At most this many actions, all viewers together …</source>
        <translation>全視聴者あわせて、この件数まで …</translation>
    </message>
    <message>
        <source>per</source>
        <translation>/</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Rate cap: seconds</source>
        <translation>実行の上限: 秒数</translation>
    </message>
    <message>
        <source>… per this many seconds; more wait in the queue</source>
        <translation>… この秒数あたり。超えた分はキューで待ちます</translation>
    </message>
    <message>
        <source>&amp;Queue limit:</source>
        <translation>キューの上限(&amp;Q):</translation>
    </message>
    <message>
        <source>Waiting actions beyond this drop the oldest</source>
        <translation>待っているアクションがこれを超えると、いちばん古いものを捨てます</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>BridgePanel</name>
    <message>
        <source>Bridge</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>T&amp;urn on the viewer-input bridge</source>
        <translation>視聴者入力ブリッジを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Saved in bridge.json (&quot;enabled&quot;). When it is on, ChatVox starts with the bridge armed.</source>
        <translation>bridge.json（&quot;enabled&quot;）に保存されます。オンのとき、ChatVox はブリッジを有効にした状態で起動します。</translation>
    </message>
    <message>
        <source>Bridge state</source>
        <translation>ブリッジの状態</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <source>Arm: viewers&apos; commands and rewards run their actions. Disarm: they do nothing.</source>
        <translation>有効: 視聴者のコマンドや特典でアクションが実行されます。停止: 何も起きません。</translation>
    </message>
    <message>
        <source>&amp;Kill switch</source>
        <translation>緊急停止(&amp;K)</translation>
    </message>
    <message>
        <source>Stops the running action at once, releases held keys, drops what is waiting, silences speech, and keeps the bridge disarmed until you arm it again.</source>
        <translation>実行中のアクションをすぐに止め、押されているキーを離し、待っているものを捨て、読み上げを止めます。再び有効にするまでブリッジは停止したままです。</translation>
    </message>
    <message>
        <source>The kill switch disarmed the bridge. Check your game first, then arm it again.</source>
        <translation>緊急停止でブリッジが停止しました。先にゲームの様子を確かめてから、もう一度有効にしてください。</translation>
    </message>
    <message>
        <source>Re-arm question</source>
        <translation>再有効化の確認</translation>
    </message>
    <message>
        <source>Arm a&amp;gain</source>
        <translation>もう一度有効にする(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M):</translation>
    </message>
    <message>
        <source>Switches at once, like a moderator&apos;s !bridge anarchy or !bridge democracy.</source>
        <translation>モデレーターの !bridge anarchy / !bridge democracy と同じく、すぐに切り替わります。</translation>
    </message>
    <message>
        <source>&amp;Vote window:</source>
        <translation>投票時間(&amp;V):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Democracy: the vote opens with the first vote and closes after this long; the most voted action runs. Saved in bridge.json.</source>
        <translation>民主制: 最初の票で投票が始まり、この時間で締め切ります。いちばん票の多いアクションが実行されます。bridge.json に保存されます。</translation>
    </message>
    <message>
        <source>Bridge status</source>
        <translation>ブリッジの状況</translation>
    </message>
    <message>
        <source>PowerShell status</source>
        <translation>PowerShell の状況</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>アクションを追加します</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>選んだアクションを編集します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected action from bridge.json</source>
        <translation>選んだアクションを bridge.json から削除します</translation>
    </message>
    <message>
        <source>C&amp;hoice:</source>
        <translation>選択肢(&amp;H):</translation>
    </message>
    <message>
        <source>Which choice of the action the test runs</source>
        <translation>テストで実行する選択肢</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</source>
        <translation>選んだアクションを、視聴者が使ったときと同じようにこの PC で今すぐ実行します（クールダウンなし、停止中でも動きます）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Bridge activity</source>
        <translation>ブリッジのアクティビティ</translation>
    </message>
    <message>
        <source>Who triggered what, cooldowns, refusals and failures.</source>
        <translation>誰が何を実行したか、クールダウン、拒否、失敗。</translation>
    </message>
    <message>
        <source>Activity note</source>
        <translation>アクティビティの説明</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the activity list</source>
        <translation>アクティビティの一覧を消去します</translation>
    </message>
    <message>
        <source>bridge.json location</source>
        <translation>bridge.json の場所</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds bridge.json and the scripts folder</source>
        <translation>bridge.json とスクリプトフォルダーのあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>読み直す(&amp;O)</translation>
    </message>
    <message>
        <source>Read bridge.json again (after you edited it by hand)</source>
        <translation>bridge.json を読み直します（手で編集した後に）</translation>
    </message>
    <message>
        <source>O&amp;ptions…</source>
        <translation>オプション(&amp;P)…</translation>
    </message>
    <message>
        <source>PowerShell, scripts folder, rate cap and queue</source>
        <translation>PowerShell、スクリプトフォルダー、実行の上限、キュー</translation>
    </message>
</context>
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
    <message>
        <source>Steps:</source>
        <translation>変換の過程：</translation>
    </message>
    <message>
        <source>Preview steps</source>
        <translation>プレビューの変換過程</translation>
    </message>
    <message>
        <source>Each rule that changed the line, and the text after it</source>
        <translation>この行を変えたルールと、それぞれの変換後のテキスト</translation>
    </message>
    <message>
        <source>Read viewer names natu&amp;rally (sakura_0412 → さくら)</source>
        <translation>視聴者名を自然に読む(&amp;R)（sakura_0412 → さくら）</translation>
    </message>
    <message>
        <source>Japanese display names as they are; other names without trailing digits and underscores, romaji as hiragana, English as katakana. Nicknames still win.</source>
        <translation>日本語の表示名はそのまま読みます。それ以外の名前は末尾の数字とアンダースコアを除き、ローマ字はひらがなで、英語はカタカナで読みます。ニックネームがあればそちらを優先します。</translation>
    </message>
    <message>
        <source>Lau&amp;ghter (ｗｗｗ):</source>
        <translation>笑い(&amp;G)（ｗｗｗ）:</translation>
    </message>
    <message>
        <source>Read as typed</source>
        <translation>そのまま読む</translation>
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
        <translation>読まない</translation>
    </message>
    <message>
        <source>Emoj&amp;i:</source>
        <translation>絵文字(&amp;I):</translation>
    </message>
    <message>
        <source>Read names</source>
        <translation>名前を読む</translation>
    </message>
    <message>
        <source>Replace &amp;kaomoji with:</source>
        <translation>顔文字の読み方(&amp;K):</translation>
    </message>
    <message>
        <source>Kaomoji such as (´・ω・`) and runs of symbols are never read out symbol by symbol</source>
        <translation>(´・ω・`) などの顔文字や記号の連続を、記号 1 つずつ読み上げることはありません</translation>
    </message>
    <message>
        <source>Kaomoji replacement</source>
        <translation>顔文字の読み方</translation>
    </message>
    <message>
        <source>nothing (not read)</source>
        <translation>なし（読まない）</translation>
    </message>
    <message>
        <source>Read 888… as パチパチ</source>
        <translation>888… をパチパチと読む</translation>
    </message>
    <message>
        <source>Read English words in ka&amp;takana</source>
        <translation>英単語をカタカナで読む(&amp;T)</translation>
    </message>
    <message>
        <source>nice → ナイス; acronyms such as GGWP stay letters</source>
        <translation>nice → ナイス。GGWP などの略語はアルファベットのまま読みます</translation>
    </message>
    <message>
        <source>Your own readings. They win over the default readings.</source>
        <translation>自分で登録する読み方です。既定の読み方より優先されます。</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>インポート(&amp;P)…</translation>
    </message>
    <message>
        <source>A CSV file (word,reading) or a BouyomiChan dictionary (ReplaceWord.dic)</source>
        <translation>CSV ファイル（単語,読み方）または棒読みちゃんの辞書（ReplaceWord.dic）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save as a CSV file (word,reading, UTF-8)</source>
        <translation>CSV ファイル（単語,読み方、UTF-8）として保存します</translation>
    </message>
    <message>
        <source>Default readings</source>
        <translation>既定の読み方</translation>
    </message>
    <message>
        <source>Use the &amp;default readings of chat and gaming words</source>
        <translation>チャット・ゲーム用語の既定の読み方を使う(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;set to defaults</source>
        <translation>既定に戻す(&amp;S)</translation>
    </message>
    <message>
        <source>Restore the default readings ChatVox ships</source>
        <translation>既定の読み方を ChatVox に付属のものに戻します</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Readings ChatVox ships for words such as GG, nice and kwsk</source>
        <translation>GG・nice・kwsk などの、ChatVox に付属する読み方</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>Log in to Twitch</source>
        <translation>Twitch にログイン</translation>
    </message>
    <message>
        <source>Asking Twitch for a login code…</source>
        <translation>Twitch にログインコードを問い合わせています…</translation>
    </message>
    <message>
        <source>Login progress</source>
        <translation>ログインの進み具合</translation>
    </message>
    <message>
        <source>Waiting for Twitch</source>
        <translation>Twitch の応答待ち</translation>
    </message>
    <message>
        <source>1. Open this page on a computer or phone where you are logged in to Twitch (or scan the QR code):</source>
        <translation>1. Twitch にログインしている PC かスマートフォンでこのページを開きます（QR コードを読み取っても開けます）：</translation>
    </message>
    <message>
        <source>Activation page</source>
        <translation>アクティベーションページ</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Opens the Twitch activation page in your web browser</source>
        <translation>Twitch のアクティベーションページを Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>2. Enter this code there:</source>
        <translation>2. そこでこのコードを入力します：</translation>
    </message>
    <message>
        <source>Login code</source>
        <translation>ログインコード</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copies the code to the clipboard</source>
        <translation>コードをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>3. Approve ChatVox on Twitch. This window goes on by itself.</source>
        <translation>3. Twitch で ChatVox を許可します。この画面は自動で次に進みます。</translation>
    </message>
    <message>
        <source>Time left for the code</source>
        <translation>コードの残り時間</translation>
    </message>
    <message>
        <source>QR code of the activation page</source>
        <translation>アクティベーションページの QR コード</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera</source>
        <translation>スマートフォンのカメラで読み取れます</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>やり直す(&amp;T)</translation>
    </message>
    <message>
        <source>Asks Twitch for a new code</source>
        <translation>Twitch に新しいコードを発行してもらいます</translation>
    </message>
    <message>
        <source>&amp;Keep for this session only</source>
        <translation>今回だけ使う(&amp;K)</translation>
    </message>
    <message>
        <source>Stay logged in until ChatVox ends; you log in again next time</source>
        <translation>ChatVox を終了するまでログインしたままにします。次回はもう一度ログインします</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>ログアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
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
    <message>
        <source>Twitch account</source>
        <translation>Twitch アカウント</translation>
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
    <name>ViewerVoicesPanel</name>
    <message>
        <source>Viewer voices</source>
        <translation>視聴者の声</translation>
    </message>
    <message>
        <source>Pinned voices</source>
        <translation>固定した声</translation>
    </message>
    <message>
        <source>A pinned voice always reads this viewer, whatever they chose with !voice.</source>
        <translation>声を固定した視聴者は、!voice で何を選んでもその声で読み上げます。</translation>
    </message>
    <message>
        <source>&amp;Viewer:</source>
        <translation>視聴者(&amp;V)：</translation>
    </message>
    <message>
        <source>login, e.g. sakura_gamer</source>
        <translation>例：sakura_gamer</translation>
    </message>
    <message>
        <source>The viewer&apos;s Twitch login (the name in their channel address)</source>
        <translation>視聴者の Twitch ログイン名（チャンネルの URL に入っている名前）</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>声(&amp;O)：</translation>
    </message>
    <message>
        <source>Voice for this viewer</source>
        <translation>この視聴者の声</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>固定(&amp;P)</translation>
    </message>
    <message>
        <source>This viewer is always read in this voice</source>
        <translation>この視聴者をいつもこの声で読み上げます</translation>
    </message>
    <message>
        <source>&amp;Remove pin</source>
        <translation>固定を解除(&amp;R)</translation>
    </message>
    <message>
        <source>Viewers&apos; own choices (!voice)</source>
        <translation>視聴者が選んだ声（!voice）</translation>
    </message>
    <message>
        <source>Viewers&apos; own voice choices</source>
        <translation>視聴者が選んだ声</translation>
    </message>
    <message>
        <source>Viewers choose with &quot;!voice name&quot; or &quot;!voice number&quot;; &quot;!voice reset&quot; goes back. Moderators: &quot;!voice reset @viewer&quot;.</source>
        <translation>視聴者は「!voice 名前」か「!voice 番号」で選び、「!voice reset」で元に戻せます。モデレーターは「!voice reset @視聴者」で戻せます。</translation>
    </message>
    <message>
        <source>C&amp;lear choice</source>
        <translation>選択を取り消す(&amp;L)</translation>
    </message>
    <message>
        <source>The selected viewers get their voice from the list of voices handed out again</source>
        <translation>選んだ視聴者の声を、割り当てる声の一覧から決め直します</translation>
    </message>
    <message>
        <source>Voices handed out</source>
        <translation>割り当てる声</translation>
    </message>
    <message>
        <source>Every viewer gets one of the checked voices, always the same one (picked from their user id). None checked: everyone speaks in the voice chosen in the Speaker panel.</source>
        <translation>視聴者ごとに、チェックした声のどれか一つをいつも同じように割り当てます（ユーザー ID から決まります）。何もチェックしなければ、全員が話者パネルで選んだ声になります。</translation>
    </message>
    <message>
        <source>Voices handed out to viewers</source>
        <translation>視聴者に割り当てる声</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>すべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>チェックをすべて外す(&amp;N)</translation>
    </message>
    <message>
        <source>!voice command</source>
        <translation>!voice コマンド</translation>
    </message>
    <message>
        <source>Viewers may choose their voice with !&amp;voice</source>
        <translation>視聴者が !voice で声を選べる(&amp;V)</translation>
    </message>
    <message>
        <source>Each viewer at most once per:</source>
        <translation>一人あたりの間隔：</translation>
    </message>
    <message>
        <source>!voice cooldown in seconds</source>
        <translation>!voice のクールダウン（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Moderators are never held back. ChatVox answers in chat when you are logged in.</source>
        <translation>モデレーターには間隔の制限がありません。ログインしていれば ChatVox がチャットで返事します。</translation>
    </message>
</context>
<context>
    <name>chatvox</name>
    <message>
        <source>Twitch emotes removed</source>
        <translation>Twitch のエモートを除去</translation>
    </message>
    <message>
        <source>Invisible characters and extra spaces removed</source>
        <translation>見えない文字と余分な空白を除去</translation>
    </message>
    <message>
        <source>URLs replaced</source>
        <translation>URL を置き換え</translation>
    </message>
    <message>
        <source>Kaomoji and symbol lines removed</source>
        <translation>顔文字と記号の連続を除去</translation>
    </message>
    <message>
        <source>Repeated characters shortened</source>
        <translation>同じ文字の繰り返しを短縮</translation>
    </message>
    <message>
        <source>Reading dictionary</source>
        <translation>読み方辞書</translation>
    </message>
    <message>
        <source>Laughter (w) read</source>
        <translation>笑い（w）の読み替え</translation>
    </message>
    <message>
        <source>Applause (888) read as パチパチ</source>
        <translation>拍手（888）をパチパチと読む</translation>
    </message>
    <message>
        <source>Emoji read by name</source>
        <translation>絵文字を名前で読む</translation>
    </message>
    <message>
        <source>English words read in katakana</source>
        <translation>英単語をカタカナで読む</translation>
    </message>
    <message>
        <source>Cut to the length limit</source>
        <translation>文字数の上限で切り詰め</translation>
    </message>
    <message>
        <source>Viewer&apos;s name added</source>
        <translation>視聴者名を追加</translation>
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
    <message>
        <source>The token file %1 names no user_id, and Twitch did not confirm its access token (%2). Log in again with: chatvox --login --token-file %1</source>
        <translation>トークンファイル %1 に user_id がなく、Twitch もそのアクセストークンを確認しませんでした（%2）。次のコマンドでログインし直してください: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountPanel</name>
    <message>
        <source>Logged out: the token was revoked at Twitch and deleted from this computer.</source>
        <translation>ログアウトしました：トークンは Twitch で無効にされ、この PC から削除されました。</translation>
    </message>
    <message>
        <source>Logged out: the token was deleted from this computer, but Twitch could not be told to revoke it (%1).</source>
        <translation>ログアウトしました：トークンはこの PC から削除しましたが、Twitch に無効化を伝えられませんでした（%1）。</translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1（ユーザー ID %2）</translation>
    </message>
    <message>
        <source>Show the login &amp;code…</source>
        <translation>ログインコードを表示(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>Twitch でログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Needs a login</source>
        <translation>ログインが必要です</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountSettingsPage</name>
    <message>
        <source>Register an application at %1 (OAuth Redirect URL http://localhost, category Application Integration, Client Type &lt;b&gt;Public&lt;/b&gt;) and enter its Client ID here. No secret is needed: ChatVox logs in with a device code.</source>
        <translation>%1 でアプリケーションを登録し（OAuth リダイレクト URL は http://localhost、カテゴリーは Application Integration、クライアントの種類は &lt;b&gt;公開（Public）&lt;/b&gt;）、そのクライアント ID をここに入力します。シークレットは不要です：ChatVox はデバイスコードでログインします。</translation>
    </message>
    <message>
        <source>ChatVox logs in as a Twitch application; its own Client ID is filled in. To use yours instead:</source>
        <translation>ChatVox は Twitch アプリケーションとしてログインします。ChatVox 自身のクライアント ID が入っています。自分のものを使うには：</translation>
    </message>
    <message>
        <source>This build of ChatVox has no Twitch application of its own, so logging in needs yours.</source>
        <translation>この ChatVox のビルドには Twitch アプリケーションが組み込まれていないため、ログインには自分のアプリケーションが必要です。</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountSummary</name>
    <message>
        <source>No system keychain: this login is forgotten when ChatVox ends.</source>
        <translation>システムのキーチェーンがありません：このログインは ChatVox を終了すると消えます。</translation>
    </message>
    <message>
        <source>Logging in needs a Twitch Client ID: see Settings → Twitch account.</source>
        <translation>ログインには Twitch のクライアント ID が必要です：設定 → Twitch アカウント を開いてください。</translation>
    </message>
    <message>
        <source>Log in for channel points and !voice answers in chat.</source>
        <translation>ログインすると、チャンネルポイントの読み上げと !voice へのチャットでの返事ができます。</translation>
    </message>
    <message>
        <source>Show the login &amp;code…</source>
        <translation>ログインコードを表示(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log in with Twitch…</source>
        <translation>Twitch でログイン(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>chatvox::AccountTexts</name>
    <message>
        <source>Not logged in: chat is read anonymously.</source>
        <translation>ログインしていません：チャットは匿名で読んでいます。</translation>
    </message>
    <message>
        <source>Checking the saved login…</source>
        <translation>保存されたログインを確認しています…</translation>
    </message>
    <message>
        <source>Checking the saved login of %1…</source>
        <translation>%1 の保存されたログインを確認しています…</translation>
    </message>
    <message>
        <source>Logging in: enter the code %1 on Twitch.</source>
        <translation>ログイン中：Twitch でコード %1 を入力してください。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログインしています…</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>%1 としてログイン中</translation>
    </message>
    <message>
        <source>Logged in as %1 (for this session only)</source>
        <translation>%1 としてログイン中（今回のみ）</translation>
    </message>
    <message>
        <source>read chat as you</source>
        <translation>あなたとしてチャットを読む</translation>
    </message>
    <message>
        <source>write in chat as you (the answers to !voice)</source>
        <translation>あなたとしてチャットに書き込む（!voice への返事）</translation>
    </message>
    <message>
        <source>see channel-point redemptions</source>
        <translation>チャンネルポイントの引き換えを受け取る</translation>
    </message>
    <message>
        <source>%1 (renewed automatically before then)</source>
        <translation>%1（期限の前に自動で更新します）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続しています…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
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
        <source>No channel is set: playing the bundled demo chat. Enter your channel in the Connection panel to read your own.</source>
        <translation>チャンネルが設定されていないため、付属のデモチャットを再生します。自分のチャットを読むには、接続パネルにチャンネル名を入力してください。</translation>
    </message>
    <message>
        <source>The token file %1 holds no Twitch login. Create it with: chatvox --login --token-file %1</source>
        <translation>トークンファイル %1 に Twitch のログインがありません。次のコマンドで作成してください: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>Reading the chat of #%1; logging in with the token file %2.</source>
        <translation>#%1 のチャットを読み上げます。トークンファイル %2 でログインします。</translation>
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
    <name>chatvox::BouyomiProtocol</name>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンドです：%1</translation>
    </message>
    <message>
        <source>unknown text encoding %1 (0 UTF-8, 1 UTF-16, 2 Shift-JIS)</source>
        <translation>不明な文字コードです：%1（0: UTF-8、1: UTF-16、2: Shift-JIS）</translation>
    </message>
    <message>
        <source>negative text length %1</source>
        <translation>テキストの長さ %1 が負の値です</translation>
    </message>
    <message>
        <source>text of %1 bytes is longer than the limit of %2 bytes</source>
        <translation>テキストが %1 バイトあり、上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>unknown text encoding %1</source>
        <translation>不明な文字コードです：%1</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>テキストが正しい %1 ではありません</translation>
    </message>
</context>
<context>
    <name>chatvox::BouyomiServer</name>
    <message>
        <source>no complete command within %1 ms</source>
        <translation>%1 ミリ秒以内にコマンドが揃いませんでした</translation>
    </message>
    <message>
        <source>the client did not take its replies within %1 ms</source>
        <translation>クライアントが %1 ミリ秒以内に応答を受け取りませんでした</translation>
    </message>
    <message>
        <source>more than %1 commands on one connection</source>
        <translation>1 つの接続でのコマンドが %1 個を超えました</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>クライアントが応答を読み取っていません</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 closed the connection in the middle of a command (%2 bytes unused)</source>
        <translation>棒読みちゃん TCP クライアント %1 がコマンドの途中で接続を閉じました（%2 バイトは未使用）</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 dropped: %2</source>
        <translation>棒読みちゃん TCP クライアント %1 を切断しました：%2</translation>
    </message>
    <message>
        <source>Cannot listen for BouyomiChan TCP clients on %1 port %2: %3</source>
        <translation>棒読みちゃん TCP クライアント用に %1 のポート %2 で待ち受けできません：%3</translation>
    </message>
    <message>
        <source>Cannot listen for BouyomiChan HTTP clients on %1 port %2: %3</source>
        <translation>棒読みちゃん HTTP クライアント用に %1 のポート %2 で待ち受けできません：%3</translation>
    </message>
    <message>
        <source>BouyomiChan TCP client %1 refused: already %2 connections open</source>
        <translation>棒読みちゃん TCP クライアント %1 を拒否しました：すでに %2 個の接続があります</translation>
    </message>
    <message>
        <source>The text is longer than %1 bytes.</source>
        <translation>テキストが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>Not found. This is a BouyomiChan-compatible API: /Talk?text=..., /Pause, /Resume, /Skip, /Clear, /GetPause, /GetNowPlaying, /GetTalkTaskCount.</source>
        <translation>見つかりません。これは棒読みちゃん互換の API です：/Talk?text=...、/Pause、/Resume、/Skip、/Clear、/GetPause、/GetNowPlaying、/GetTalkTaskCount。</translation>
    </message>
</context>
<context>
    <name>chatvox::Bridge</name>
    <message>
        <source>PowerShell is restarted in %1 s (%2)</source>
        <translation>%1 秒後に PowerShell を再起動します（%2）</translation>
    </message>
    <message>
        <source>Viewer-input bridge: off (no %1).</source>
        <translation>視聴者入力ブリッジ: オフ（%1 がありません）。</translation>
    </message>
    <message numerus="yes">
        <source>Viewer-input bridge: %n action(s) from %1, %2 mode.</source>
        <translation>
            <numerusform>視聴者入力ブリッジ: %1 から %n 個のアクション、%2 モード。</numerusform>
        </translation>
    </message>
    <message>
        <source>Viewer-input bridge: off (&quot;enabled&quot; is false in %1).</source>
        <translation>視聴者入力ブリッジ: オフ（%1 の &quot;enabled&quot; が false です）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Viewer-input bridge</source>
        <translation>視聴者入力ブリッジ</translation>
    </message>
    <message>
        <source>Off: not enabled in %1.</source>
        <translation>オフ: %1 で有効になっていません。</translation>
    </message>
    <message>
        <source>Disarmed by the kill switch; arm it again to go on.</source>
        <translation>キルスイッチで停止中です。続けるには再び有効にしてください。</translation>
    </message>
    <message>
        <source>Disarmed.</source>
        <translation>停止中。</translation>
    </message>
    <message>
        <source>Armed, democracy.</source>
        <translation>有効（民主制モード）。</translation>
    </message>
    <message>
        <source>Armed, anarchy.</source>
        <translation>有効（無政府モード）。</translation>
    </message>
    <message>
        <source>Starting PowerShell…</source>
        <translation>PowerShell を起動しています…</translation>
    </message>
    <message>
        <source>PowerShell ready.</source>
        <translation>PowerShell は準備完了です。</translation>
    </message>
    <message>
        <source>PowerShell is being restarted.</source>
        <translation>PowerShell を再起動しています。</translation>
    </message>
    <message>
        <source>PowerShell keeps failing: %1</source>
        <translation>PowerShell が失敗し続けています: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many actions at once: dropped %1 of %2 (%n dropped so far).</source>
        <translation>
            <numerusform>アクションが多すぎます: %2 の %1 を破棄しました（これまでに %n 件破棄）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 voted for %2.</source>
        <translation>%1 が %2 に投票しました。</translation>
    </message>
    <message>
        <source>%1 armed the bridge.</source>
        <translation>%1 がブリッジを有効にしました。</translation>
    </message>
    <message>
        <source>%1 disarmed the bridge.</source>
        <translation>%1 がブリッジを停止しました。</translation>
    </message>
    <message>
        <source>%1 switched the bridge to democracy.</source>
        <translation>%1 がブリッジを民主制モードにしました。</translation>
    </message>
    <message>
        <source>%1 switched the bridge to anarchy.</source>
        <translation>%1 がブリッジを無政府モードにしました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 won the vote (%n vote(s)).</source>
        <translation>
            <numerusform>%1 が投票で選ばれました（%n 票）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 triggered %2.</source>
        <translation>%1 が %2 を実行しました。</translation>
    </message>
    <message>
        <source>the action is no longer in bridge.json</source>
        <translation>そのアクションはもう bridge.json にありません</translation>
    </message>
    <message>
        <source>PowerShell is not set up</source>
        <translation>PowerShell が準備されていません</translation>
    </message>
    <message>
        <source>PowerShell is not working: %1</source>
        <translation>PowerShell が動いていません: %1</translation>
    </message>
    <message>
        <source>%1 did not run: %2</source>
        <translation>%1 は実行されませんでした: %2</translation>
    </message>
    <message>
        <source>%1 done (%2 ms after the trigger).</source>
        <translation>%1 が完了しました（トリガーから %2 ms）。</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 が完了しました。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>The bridge cannot be armed: it is not enabled in %1.</source>
        <translation>ブリッジを有効にできません: %1 で有効になっていません。</translation>
    </message>
    <message>
        <source>The bridge is armed.</source>
        <translation>ブリッジを有効にしました。</translation>
    </message>
    <message>
        <source>The bridge is disarmed.</source>
        <translation>ブリッジを停止しました。</translation>
    </message>
    <message>
        <source>Democracy: viewers vote, the winner runs.</source>
        <translation>民主制: 視聴者が投票し、最多得票のアクションを実行します。</translation>
    </message>
    <message>
        <source>Anarchy: every valid command runs.</source>
        <translation>無政府: 有効なコマンドはすべて実行します。</translation>
    </message>
    <message>
        <source>Stopped by the kill switch.</source>
        <translation>キルスイッチで止めました。</translation>
    </message>
    <message>
        <source>Kill switch: the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</source>
        <translation>キルスイッチ: ブリッジを停止し、PowerShell を終了しました。再び有効にするまで停止したままです。</translation>
    </message>
    <message>
        <source>%1 used the kill switch (!stop): the bridge is disarmed and PowerShell was stopped. It stays disarmed until you arm it again.</source>
        <translation>%1 がキルスイッチ（!stop）を使いました: ブリッジを停止し、PowerShell を終了しました。再び有効にするまで停止したままです。</translation>
    </message>
    <message>
        <source>There is no action %1 to test.</source>
        <translation>テストするアクション %1 はありません。</translation>
    </message>
    <message>
        <source>Test run of %1.</source>
        <translation>%1 をテスト実行します。</translation>
    </message>
    <message>
        <source>a bridge command</source>
        <translation>ブリッジのコマンド</translation>
    </message>
    <message>
        <source>%1 tried %2: the bridge is disarmed.</source>
        <translation>%1 が %2 を試しました: ブリッジは停止中です。</translation>
    </message>
    <message>
        <source>%1 tried to arm the bridge: it is not enabled in bridge.json.</source>
        <translation>%1 がブリッジを有効にしようとしました: bridge.json で有効になっていません。</translation>
    </message>
    <message>
        <source>%1 may not use %2 (for %3).</source>
        <translation>%1 は %2 を使えません（%3 向け）。</translation>
    </message>
    <message>
        <source>%1 tried %2: cooling down for this viewer, %3 s left.</source>
        <translation>%1 が %2 を試しました: この視聴者のクールダウン中です（残り %3 秒）。</translation>
    </message>
    <message>
        <source>%1 tried %2: cooling down, %3 s left.</source>
        <translation>%1 が %2 を試しました: クールダウン中です（残り %3 秒）。</translation>
    </message>
    <message>
        <source>%1 tried %2 with a word that is not one of its choices.</source>
        <translation>%1 が %2 を選択肢にない言葉で試しました。</translation>
    </message>
    <message>
        <source>%1 tried %2 without a choice (%3).</source>
        <translation>%1 が %2 を選択肢なしで試しました（%3）。</translation>
    </message>
    <message>
        <source>%1 tried to arm the bridge: after the kill switch only the streamer can.</source>
        <translation>%1 がブリッジを有効にしようとしました: キルスイッチの後は配信者だけが有効にできます。</translation>
    </message>
    <message>
        <source>The same redemption of %1 by %2 came twice; it runs once.</source>
        <translation>%2 による %1 の同じ引き換えが二度届きました。実行は一度だけです。</translation>
    </message>
    <message>
        <source>bridge.json was read again</source>
        <translation>bridge.json を読み直しました</translation>
    </message>
    <message>
        <source>the bridge was stopped</source>
        <translation>ブリッジが止められました</translation>
    </message>
    <message>
        <source>%1 was removed. The actions in use are kept until it reappears; the kill switch stops them at once.</source>
        <translation>%1 が削除されました。使用中のアクションはファイルが戻るまで残ります。キルスイッチでいつでもすぐに止められます。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 が削除されました。</translation>
    </message>
    <message>
        <source>%1 was changed but cannot be used (%2). The actions in use are kept until it is fixed.</source>
        <translation>%1 が変更されましたが使えません（%2）。直るまで使用中のアクションを使い続けます。</translation>
    </message>
    <message>
        <source>%1 was changed; reading it again.</source>
        <translation>%1 が変更されました。読み直します。</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeActionDialog</name>
    <message>
        <source>Press keys</source>
        <translation>キーを押す</translation>
    </message>
    <message>
        <source>Run a PowerShell script</source>
        <translation>PowerShell スクリプトを実行</translation>
    </message>
    <message>
        <source>Scripts run only from the scripts folder %1.</source>
        <translation>スクリプトはスクリプトフォルダー %1 からだけ実行されます。</translation>
    </message>
    <message>
        <source>There is no .ps1 file in it yet: put your script there, then press %1.</source>
        <translation>まだ .ps1 ファイルがありません。スクリプトを置いてから「%1」を押してください。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存しませんでした: %1</translation>
    </message>
    <message>
        <source>(no choice word)</source>
        <translation>（選択肢の単語なし）</translation>
    </message>
    <message>
        <source>Channel-point reward: %1</source>
        <translation>チャンネルポイント特典: %1</translation>
    </message>
    <message>
        <source>Chat command: %1</source>
        <translation>チャットコマンド: %1</translation>
    </message>
    <message>
        <source>New bridge action</source>
        <translation>新しいブリッジのアクション</translation>
    </message>
    <message>
        <source>Bridge action %1</source>
        <translation>ブリッジのアクション %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>What the choice &quot;%1&quot; does:</source>
        <translation>選択肢「%1」で実行する内容:</translation>
    </message>
    <message>
        <source>What the action does:</source>
        <translation>このアクションで実行する内容:</translation>
    </message>
    <message>
        <source>Without a choice word it does nothing; pick a choice on the left to edit it, or tick the box below to run the script without a word too.</source>
        <translation>選択肢の単語がないときは何も起きません。左で選択肢を選んで編集するか、下にチェックを入れて単語なしでもスクリプトを実行してください。</translation>
    </message>
    <message>
        <source>Without a choice word it does nothing; pick a choice on the left to edit it, or add keys here to give it an action of its own.</source>
        <translation>選択肢の単語がないときは何も起きません。左で選択肢を選んで編集するか、ここにキーを追加して単語なしのときの動作を決めてください。</translation>
    </message>
    <message>
        <source>What it does without a choice word:</source>
        <translation>選択肢の単語がないときに実行する内容:</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeActionModel</name>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1（%2 ms）</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>reward &quot;%1&quot;</source>
        <translation>報酬「%1」</translation>
    </message>
    <message>
        <source>%1 s per viewer, %2 s for all</source>
        <translation>視聴者ごと %1 秒、全体 %2 秒</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>クールダウン</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeConfig</name>
    <message>
        <source>unknown setting &quot;%1&quot; (known here: %2)</source>
        <translation>不明な設定 &quot;%1&quot;（ここで使えるもの: %2）</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true か false にしてください</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>引用符で囲んだ文字列にしてください</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters long</source>
        <translation>%1～%2 文字にしてください</translation>
    </message>
    <message>
        <source>must not contain control or invisible formatting characters</source>
        <translation>制御文字や見えない書式文字は使えません</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>数値にしてください</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>整数にしてください</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>%1～%2 にしてください</translation>
    </message>
    <message>
        <source>must be an object { … }</source>
        <translation>オブジェクト { … } にしてください</translation>
    </message>
    <message>
        <source>must be a list [ … ]</source>
        <translation>リスト [ … ] にしてください</translation>
    </message>
    <message>
        <source>must hold %1 to %2 entries</source>
        <translation>%1～%2 個の要素にしてください</translation>
    </message>
    <message>
        <source>a key name is missing around &quot;+&quot;</source>
        <translation>&quot;+&quot; の前後にキー名がありません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (keys are named like Space, A, 1, LShift, Ctrl, Up, F5, Numpad0)</source>
        <translation>不明なキー &quot;%1&quot;（キー名の例: Space, A, 1, LShift, Ctrl, Up, F5, Numpad0）</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is pressed twice in one combo</source>
        <translation>同時押しの中でキー &quot;%1&quot; が二度使われています</translation>
    </message>
    <message>
        <source>at most %1 keys can be pressed together</source>
        <translation>同時に押せるキーは %1 個までです</translation>
    </message>
    <message>
        <source>may use only letters a-z, digits, &quot;_&quot;, &quot;-&quot;, &quot;.&quot;</source>
        <translation>使えるのは英字 a-z、数字、&quot;_&quot;、&quot;-&quot;、&quot;.&quot; だけです</translation>
    </message>
    <message>
        <source>must be &quot;keys&quot; or &quot;script&quot;</source>
        <translation>&quot;keys&quot; か &quot;script&quot; にしてください</translation>
    </message>
    <message>
        <source>belongs to actions of kind &quot;script&quot;</source>
        <translation>種類 &quot;script&quot; のアクション用の設定です</translation>
    </message>
    <message>
        <source>belongs to actions of kind &quot;keys&quot;</source>
        <translation>種類 &quot;keys&quot; のアクション用の設定です</translation>
    </message>
    <message>
        <source>must be the file name of a .ps1 script in the scripts folder, without a folder</source>
        <translation>スクリプトフォルダー内の .ps1 のファイル名（フォルダーなし）にしてください</translation>
    </message>
    <message>
        <source>there is no script %1 in the scripts folder %2</source>
        <translation>スクリプトフォルダー %2 にスクリプト %1 がありません</translation>
    </message>
    <message>
        <source>%1 must be a file inside the scripts folder, not a link out of it</source>
        <translation>%1 はスクリプトフォルダー内のファイルにしてください（外を指すリンクは使えません）</translation>
    </message>
    <message>
        <source>must hold 1 to 64 choices</source>
        <translation>選択肢は 1～64 個にしてください</translation>
    </message>
    <message>
        <source>a choice must be one word of 1 to 32 characters</source>
        <translation>選択肢は 1～32 文字の一語にしてください</translation>
    </message>
    <message>
        <source>the choice &quot;%1&quot; is declared twice</source>
        <translation>選択肢 &quot;%1&quot; が二度定義されています</translation>
    </message>
    <message>
        <source>must be a list of keys, or {&quot;keys&quot;: […], &quot;holdMs&quot;: N}</source>
        <translation>キーのリスト、または {&quot;keys&quot;: […], &quot;holdMs&quot;: N} にしてください</translation>
    </message>
    <message>
        <source>must be a list of arguments, or {&quot;args&quot;: […]}</source>
        <translation>引数のリスト、または {&quot;args&quot;: […]} にしてください</translation>
    </message>
    <message>
        <source>a keys action needs &quot;keys&quot; or &quot;choices&quot;</source>
        <translation>keys のアクションには &quot;keys&quot; か &quot;choices&quot; が必要です</translation>
    </message>
    <message>
        <source>must be {&quot;command&quot;: &quot;!word&quot;} or {&quot;reward&quot;: &quot;title&quot;}</source>
        <translation>{&quot;command&quot;: &quot;!word&quot;} か {&quot;reward&quot;: &quot;title&quot;} にしてください</translation>
    </message>
    <message>
        <source>a command is one word, such as !jump</source>
        <translation>コマンドは !jump のような一語です</translation>
    </message>
    <message>
        <source>%1 is kept for moderators (!bridge on|off, !stop)</source>
        <translation>%1 はモデレーター用に予約されています（!bridge on|off、!stop）</translation>
    </message>
    <message>
        <source>must be one of everyone, subscriber, vip, moderator, broadcaster</source>
        <translation>everyone、subscriber、vip、moderator、broadcaster のどれかにしてください</translation>
    </message>
    <message>
        <source>the file is larger than 1 MB</source>
        <translation>ファイルが 1 MB を超えています</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>it is not valid JSON at line %1, column %2: %3</source>
        <translation>%1 行 %2 列目が正しい JSON ではありません: %3</translation>
    </message>
    <message>
        <source>the file must hold one JSON object { … }</source>
        <translation>ファイルは JSON オブジェクト { … } ひとつにしてください</translation>
    </message>
    <message>
        <source>must be &quot;anarchy&quot; or &quot;democracy&quot;</source>
        <translation>&quot;anarchy&quot; か &quot;democracy&quot; にしてください</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by two actions</source>
        <translation>ID &quot;%1&quot; が二つのアクションで使われています</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; is used by &quot;%2&quot; already</source>
        <translation>トリガー &quot;%1&quot; はすでに &quot;%2&quot; で使われています</translation>
    </message>
    <message>
        <source>The bridge file %1 does not exist.</source>
        <translation>ブリッジのファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The bridge file %1 cannot be read: %2</source>
        <translation>ブリッジのファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>The bridge file %1 is not usable, so the bridge stays off: %2</source>
        <translation>ブリッジのファイル %1 が使えないため、ブリッジはオフのままです: %2</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeConfigEdit</name>
    <message>
        <source>bridge.json has a mistake, so ChatVox does not write over it. Fix it by hand, then press Reload. %1</source>
        <translation>bridge.json に誤りがあるため、ChatVox は上書きしません。手で直してから「読み直す」を押してください。%1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>サブスク登録者</translation>
    </message>
    <message>
        <source>VIPs</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>You only</source>
        <translation>配信者のみ</translation>
    </message>
    <message>
        <source>Subscribers (and founders), VIPs and above</source>
        <translation>サブスク登録者（ファウンダー含む）、VIP 以上</translation>
    </message>
    <message>
        <source>VIPs, moderators and you</source>
        <translation>VIP、モデレーター、配信者</translation>
    </message>
    <message>
        <source>Moderators and you</source>
        <translation>モデレーターと配信者</translation>
    </message>
    <message>
        <source>Only you (the broadcaster)</source>
        <translation>配信者のみ</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgeOptionsDialog</name>
    <message>
        <source>PowerShell program</source>
        <translation>PowerShell プログラム</translation>
    </message>
    <message>
        <source>Scripts folder</source>
        <translation>スクリプトフォルダー</translation>
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
        <translation>別のプログラム…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存しませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Saved in %1. A --powershell PATH on the command line is used instead of the choice above for that run. Scripts that actions use must be in the scripts folder.</source>
        <translation>%1 に保存されます。コマンドラインで --powershell PATH を指定すると、その回は上の選択の代わりにそれを使います。アクションが使うスクリプトはスクリプトフォルダーに置いてください。</translation>
    </message>
</context>
<context>
    <name>chatvox::BridgePanel</name>
    <message>
        <source>NOT AVAILABLE</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>The viewer-input bridge is not part of this run.</source>
        <translation>今回の起動では視聴者入力ブリッジは使えません。</translation>
    </message>
    <message>
        <source>OFF: BAD FILE</source>
        <translation>オフ: ファイルに誤り</translation>
    </message>
    <message>
        <source>Fix bridge.json by hand (Open folder), then press Reload. ChatVox does not write over it, so nothing you wrote is lost.</source>
        <translation>bridge.json を手で直してから（「フォルダーを開く」）、「読み直す」を押してください。ChatVox は上書きしないので、書いた内容は失われません。</translation>
    </message>
    <message>
        <source>OFF</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>The bridge is off: nothing viewers type or redeem presses keys or runs scripts. Add actions, then turn it on above.</source>
        <translation>ブリッジはオフです。視聴者が入力しても特典を使っても、キーが押されたりスクリプトが動いたりすることはありません。アクションを追加してから、上でオンにしてください。</translation>
    </message>
    <message>
        <source>DISARMED: KILL SWITCH</source>
        <translation>停止中: 緊急停止</translation>
    </message>
    <message>
        <source>The kill switch disarmed the bridge. It stays disarmed until you arm it again (a moderator&apos;s !bridge on is refused).</source>
        <translation>緊急停止でブリッジが停止しました。あなたが再び有効にするまで停止したままです（モデレーターの !bridge on は拒否されます）。</translation>
    </message>
    <message>
        <source>DISARMED</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Disarmed: viewers&apos; commands and rewards do nothing until you arm the bridge.</source>
        <translation>停止中: ブリッジを有効にするまで、視聴者のコマンドや特典では何も起きません。</translation>
    </message>
    <message>
        <source>ARMED</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Armed: viewers vote with their commands; when the vote window closes, the most voted action runs.</source>
        <translation>有効: 視聴者はコマンドで投票します。投票時間が終わると、いちばん票の多いアクションが実行されます。</translation>
    </message>
    <message>
        <source>Armed: every valid command and reward runs its action.</source>
        <translation>有効: 正しいコマンドや特典はすべてアクションを実行します。</translation>
    </message>
    <message>
        <source>Dis&amp;arm</source>
        <translation>停止する(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Arm</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <source>Disarm: viewers&apos; commands and rewards do nothing until you arm the bridge again.</source>
        <translation>停止: 再び有効にするまで、視聴者のコマンドや特典では何も起きません。</translation>
    </message>
    <message>
        <source>Arm: viewers&apos; commands and rewards run their actions.</source>
        <translation>有効: 視聴者のコマンドや特典でアクションが実行されます。</translation>
    </message>
    <message>
        <source>Turn the bridge on first.</source>
        <translation>先にブリッジをオンにしてください。</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>保存先: %1</translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>PowerShell: not started (it starts when the bridge is armed, or for a test).</source>
        <translation>PowerShell: 未起動（ブリッジを有効にしたとき、またはテストのときに起動します）。</translation>
    </message>
    <message>
        <source>PowerShell: %1, not running (it starts when the bridge is armed).</source>
        <translation>PowerShell: %1、停止中（ブリッジを有効にすると起動します）。</translation>
    </message>
    <message>
        <source>PowerShell: starting %1…</source>
        <translation>PowerShell: %1 を起動中…</translation>
    </message>
    <message>
        <source>PowerShell: ready (%1).</source>
        <translation>PowerShell: 準備完了（%1）。</translation>
    </message>
    <message>
        <source>PowerShell: restarting after a failure: %1</source>
        <translation>PowerShell: 失敗したため再起動中: %1</translation>
    </message>
    <message>
        <source>PowerShell keeps failing: %1</source>
        <translation>PowerShell が失敗し続けています: %1</translation>
    </message>
    <message>
        <source>Turn the bridge on first: the test runs through PowerShell like a viewer&apos;s command.</source>
        <translation>先にブリッジをオンにしてください。テストも視聴者のコマンドと同じく PowerShell で実行されます。</translation>
    </message>
    <message>
        <source>Runs the selected action on this PC now, as if a viewer had triggered it (no cooldown, works while disarmed)</source>
        <translation>選んだアクションを、視聴者が使ったときと同じようにこの PC で今すぐ実行します（クールダウンなし、停止中でも動きます）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存しませんでした: %1</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>アクションの削除</translation>
    </message>
    <message>
        <source>Remove the action %1 from bridge.json?</source>
        <translation>アクション %1 を bridge.json から削除しますか？</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Anarchy: every command runs</source>
        <translation>無政府: すべてのコマンドを実行</translation>
    </message>
    <message>
        <source>Democracy: viewers vote</source>
        <translation>民主制: 視聴者が投票</translation>
    </message>
    <message>
        <source>PowerShell: starting…</source>
        <translation>PowerShell: 起動中…</translation>
    </message>
</context>
<context>
    <name>chatvox::BroadcastServer</name>
    <message>
        <source>ChatVox WebSocket broadcast.
ws://HOST:PORT/ : one AudioQuery JSON per utterance (tc2vv compatible)
ws://HOST:PORT/events : ChatVox events (JSON)
</source>
        <translation>ChatVox の WebSocket 配信です。
ws://HOST:PORT/ : 発話ごとに AudioQuery の JSON を 1 つ（tc2vv 互換）
ws://HOST:PORT/events : ChatVox のイベント（JSON）
</translation>
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
    <message>
        <source>File of the actions viewers may trigger (default: bridge.json next to the settings file).</source>
        <translation>視聴者が実行できるアクションの定義ファイル（既定: 設定ファイルと同じ場所の bridge.json）</translation>
    </message>
    <message>
        <source>PowerShell program that carries out viewer actions (default: powershell.exe).</source>
        <translation>視聴者のアクションを実行する PowerShell の実行ファイル（既定: powershell.exe）</translation>
    </message>
    <message>
        <source>Speech engine URL; repeat it for more: copies of the same engine and version share the work, other engines take over in order when they fail.</source>
        <translation>音声合成エンジンの URL（複数回指定可。同じエンジン・同じバージョンのものは分担して合成し、それ以外のエンジンは失敗時に指定順で引き継ぎます）</translation>
    </message>
    <message>
        <source>Broadcast each utterance&apos;s AudioQuery over WebSocket on PORT (tc2vv browser players: ws://127.0.0.1:PORT/; ChatVox events: /events).</source>
        <translation>発話ごとの AudioQuery を PORT の WebSocket で配信する（tc2vv のブラウザー版プレイヤー：ws://127.0.0.1:PORT/、ChatVox のイベント：/events）</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Serve the OBS browser-source overlay (captions) on PORT: http://127.0.0.1:PORT/overlay</source>
        <translation>OBS のブラウザソース用オーバーレイ（字幕）を PORT で提供する：http://127.0.0.1:PORT/overlay</translation>
    </message>
    <message>
        <source>Accept text from programs that talk to BouyomiChan (TCP 50001, HTTP 50080; the ports are settings).</source>
        <translation>棒読みちゃん向けのプログラムからテキストを受け付ける（TCP 50001、HTTP 50080。ポートは設定で変更可）</translation>
    </message>
    <message>
        <source>Address the servers above listen on (default 127.0.0.1: this PC only; they have no password).</source>
        <translation>上記のサーバーが待ち受けるアドレス（既定は 127.0.0.1 でこの PC のみ。パスワードはありません）</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>--%1 needs a port number (0 to 65535), not &quot;%2&quot;.</source>
        <translation>--%1 にはポート番号（0～65535）を指定してください（「%2」は使用できません）。</translation>
    </message>
    <message>
        <source>--listen needs an IP address such as 127.0.0.1 or 0.0.0.0, not &quot;%1&quot;.</source>
        <translation>--listen には 127.0.0.1 や 0.0.0.0 などの IP アドレスを指定してください（「%1」は使用できません）。</translation>
    </message>
    <message>
        <source>Keep your reading dictionary in the engines&apos; user dictionaries (VOICEVOX family).</source>
        <translation>読み方辞書をエンジンのユーザー辞書にも登録し続けます（VOICEVOX 系）。</translation>
    </message>
    <message>
        <source>Serve health probes and metrics on PORT: /healthz (alive), /readyz (reading and speaking), /metrics (Prometheus).</source>
        <translation>ヘルスチェックとメトリクスを PORT で提供します: /healthz（生存）、/readyz（読み上げ可能）、/metrics（Prometheus）。</translation>
    </message>
    <message>
        <source>Keep the Twitch login in FILE instead of the system keychain (for servers and containers; only you may read it).</source>
        <translation>Twitch のログインをシステムのキーチェーンではなく FILE に保存します（サーバーやコンテナ向け。本人しか読めないようにしてください）。</translation>
    </message>
    <message>
        <source>Log as text (default) or json (one JSON object a line).</source>
        <translation>ログの形式: text（既定）または json（1 行に 1 つの JSON オブジェクト）。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--token-file needs a file name.</source>
        <translation>--token-file にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>--log-format needs text or json, not &quot;%1&quot;.</source>
        <translation>--log-format には text か json を指定してください（&quot;%1&quot; は使えません）。</translation>
    </message>
</context>
<context>
    <name>chatvox::ConnectionPanel</name>
    <message>
        <source>Logged in as %1: chat is read as this account and channel-point redemptions are read aloud. Log out with &quot;chatvox --logout&quot;.</source>
        <translation>%1 としてログイン中：チャットはこのアカウントで読み、チャンネルポイントの引き換えも読み上げます。ログアウトは「chatvox --logout」で行えます。</translation>
    </message>
    <message>
        <source>enter your channel to read your own chat</source>
        <translation>自分のチャンネル名を入力</translation>
    </message>
    <message>
        <source>your Twitch channel name</source>
        <translation>Twitch のチャンネル名</translation>
    </message>
    <message>
        <source>Stop the demo and read this channel</source>
        <translation>デモをやめてこのチャンネルを読みます</translation>
    </message>
    <message>
        <source>Start reading this channel</source>
        <translation>このチャンネルの読み上げを始めます</translation>
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
    <name>chatvox::DictionaryCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>単語が空です</translation>
    </message>
    <message>
        <source>the word is longer than %1 characters</source>
        <translation>単語が %1 文字を超えています</translation>
    </message>
    <message>
        <source>the reading is longer than %1 characters</source>
        <translation>読み方が %1 文字を超えています</translation>
    </message>
    <message>
        <source>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</source>
        <translation>読み取れない文字があります（UTF-8 または Shift_JIS のテキストではありません）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>a stray quote (put the whole field in quotes and double the quotes in it)</source>
        <translation>余分な引用符があります（項目全体を引用符で囲み、中の引用符は 2 つ重ねてください）</translation>
    </message>
    <message>
        <source>expected word,reading</source>
        <translation>「単語,読み方」の形式ではありません</translation>
    </message>
    <message>
        <source>%1 columns (put quotes around a word or reading that has a comma)</source>
        <translation>列が %1 個あります（カンマを含む単語や読み方は引用符で囲んでください）</translation>
    </message>
    <message>
        <source>expected word&lt;TAB&gt;reading or priority&lt;TAB&gt;flag&lt;TAB&gt;word&lt;TAB&gt;reading</source>
        <translation>「単語&lt;TAB&gt;読み方」または「優先度&lt;TAB&gt;フラグ&lt;TAB&gt;単語&lt;TAB&gt;読み方」の形式ではありません</translation>
    </message>
    <message>
        <source>the priority is not a number</source>
        <translation>優先度が数値ではありません</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB; it was not read.</source>
        <translation>ファイルが 16 MB を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>Only the first %1 entries were read.</source>
        <translation>最初の %1 件だけを読み込みました。</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>…ほか %1 件のエラーがあります。</translation>
    </message>
</context>
<context>
    <name>chatvox::DroppedMessagesLog</name>
    <message numerus="yes">
        <source>Chat is too fast: skipped %n message(s).</source>
        <translation>
            <numerusform>チャットの流れが速すぎるため、%n 件のコメントをスキップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chatvox::EngineDictionaries</name>
    <message>
        <source>Engine dictionary on: the reading dictionary goes into the engines&apos; user dictionaries.</source>
        <translation>エンジン辞書オン：読み方辞書をエンジンのユーザー辞書に登録します。</translation>
    </message>
    <message>
        <source>Engine dictionary off: ChatVox&apos;s words stay in the engines until removed.</source>
        <translation>エンジン辞書オフ：ChatVox が登録した単語は、削除するまでエンジンに残ります。</translation>
    </message>
    <message>
        <source>Engine dictionary of %1: %2 added, %3 changed, %4 removed.</source>
        <translation>%1 のエンジン辞書：追加 %2、変更 %3、削除 %4。</translation>
    </message>
    <message>
        <source>Removing ChatVox&apos;s words…</source>
        <translation>ChatVox の単語を削除しています…</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>同期しています…</translation>
    </message>
    <message numerus="yes">
        <source>Off; %n word(s) from ChatVox are still in the engine.</source>
        <translation>
            <numerusform>オフ。ChatVox の単語 %n 語がまだエンジンに残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Waiting for the engine to answer.</source>
        <translation>エンジンの応答を待っています。</translation>
    </message>
    <message>
        <source>Not synchronized yet.</source>
        <translation>まだ同期していません。</translation>
    </message>
    <message numerus="yes">
        <source>In sync: %n word(s) from ChatVox.</source>
        <translation>
            <numerusform>同期済み：ChatVox の単語 %n 語。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In sync, except %n word(s) that the engine&apos;s own user dictionary reads differently (left as they are).</source>
        <translation>
            <numerusform>同期済み。ただし、エンジン自身のユーザー辞書で読みが異なる %n 語はそのままにしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>This engine has no user dictionary.</source>
        <translation>このエンジンにはユーザー辞書がありません。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Stopped before it was done; synchronizes again on the next change.</source>
        <translation>完了前に中断しました。次に変更があったときに同期し直します。</translation>
    </message>
    <message numerus="yes">
        <source>The engine refused %n word(s).</source>
        <translation>
            <numerusform>エンジンが %n 語を受け付けませんでした。</numerusform>
        </translation>
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
    <message>
        <source>Reads English words in katakana</source>
        <translation>英単語をカタカナで読みます</translation>
    </message>
    <message>
        <source>Spells unknown English words letter by letter</source>
        <translation>読み方を知らない英単語はアルファベットで1文字ずつ読みます</translation>
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
    <name>chatvox::FileTokenStore</name>
    <message>
        <source>the file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>Other users may read or change the token file %1 (mode %2). Make it yours alone with: chmod 600 %1</source>
        <translation>トークンファイル %1 は他のユーザーも読み書きできます（モード %2）。次のコマンドで自分だけのものにしてください: chmod 600 %1</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file.</source>
        <translation>トークンファイル %1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>トークンファイル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>It is too large to hold a Twitch login.</source>
        <translation>Twitch のログインとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The token file %1 cannot be used: %2 It was left as it is; fix it, or log in again with: chatvox --login --token-file %1</source>
        <translation>トークンファイル %1 は使えません: %2 ファイルはそのままにしてあります。直すか、次のコマンドでログインし直してください: chatvox --login --token-file %1</translation>
    </message>
    <message>
        <source>The token file %1 could not be updated (%2). The new Twitch login is kept in memory for this run only.</source>
        <translation>トークンファイル %1 を更新できませんでした（%2）。新しい Twitch のログインはこの実行中だけメモリに保持します。</translation>
    </message>
    <message>
        <source>The token file %1 could not be deleted (%2). Delete it yourself; ChatVox no longer uses the login in it.</source>
        <translation>トークンファイル %1 を削除できませんでした（%2）。手動で削除してください。ChatVox はその中のログインをもう使いません。</translation>
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
    <message>
        <source>Import readings</source>
        <translation>読み方のインポート</translation>
    </message>
    <message>
        <source>Dictionaries (*.csv *.txt *.tsv *.dic);;All files (*)</source>
        <translation>辞書ファイル (*.csv *.txt *.tsv *.dic);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export readings</source>
        <translation>読み方のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした：%2</translation>
    </message>
    <message>
        <source>No readings found in %1.</source>
        <translation>%1 に読み方が見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) in %1. Add them to the table, or replace the table with them?</source>
        <translation>
            <numerusform>%1 には %n 件の読み方があります。表に追加しますか？それとも表をこれで置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add keeps the table and gives words already in it the imported reading.</source>
        <translation>「追加」では今の表を残し、表にすでにある単語はインポートした読み方に変わります。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) imported from %1. Some lines were left out:</source>
        <translation>
            <numerusform>%1 から %n 件の読み方をインポートしました。次の行は読み込んでいません：</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Replace the default readings with the ones ChatVox ships? Your changes to them are lost; your own reading dictionary is kept.</source>
        <translation>既定の読み方を ChatVox に付属のものに戻しますか？既定の読み方への変更は失われます。自分の読み方辞書はそのまま残ります。</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>戻す(&amp;S)</translation>
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
    <name>chatvox::Health</name>
    <message>
        <source>Health probes: %1/healthz, %1/readyz, metrics: %1/metrics</source>
        <translation>ヘルスチェック: %1/healthz、%1/readyz、メトリクス: %1/metrics</translation>
    </message>
    <message>
        <source>Health probes: port %1 cannot be opened: %2</source>
        <translation>ヘルスチェック: ポート %1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>chatvox::HostLaunch</name>
    <message numerus="yes">
        <source>powershell.exe did not answer within %n second(s). Starting Windows programs from WSL can hang (Windows 10 build 19042 did when started from a Linux folder; ChatVox starts it from %1). Fix: run &quot;wsl --shutdown&quot; in Windows and start ChatVox again; if it keeps hanging, update WSL with &quot;wsl --update&quot;.</source>
        <translation>
            <numerusform>powershell.exe が %n 秒以内に応答しませんでした。WSL から Windows のプログラムを起動すると止まることがあります（Windows 10 ビルド 19042 では Linux のフォルダーから起動すると止まりました。ChatVox は %1 から起動しています）。対処: Windows で &quot;wsl --shutdown&quot; を実行して ChatVox を起動し直してください。それでも止まる場合は &quot;wsl --update&quot; で WSL を更新してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PowerShell (%1) did not answer within %n second(s). Check that security software does not block it, or choose another one with &quot;powershell&quot; in bridge.json or --powershell.</source>
        <translation>
            <numerusform>PowerShell（%1）が %n 秒以内に応答しませんでした。セキュリティソフトが止めていないか確認するか、bridge.json の &quot;powershell&quot; または --powershell で別のものを指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not found on PATH nor under %2. Is drive C: mounted there (see [automount] in /etc/wsl.conf)? Or give its path with --powershell.</source>
        <translation>%1 が PATH にも %2 の下にも見つかりません。C: ドライブがそこにマウントされていますか（/etc/wsl.conf の [automount] を確認）？ または --powershell でパスを指定してください。</translation>
    </message>
    <message>
        <source>%1 was not found. Install PowerShell 7 for &quot;pwsh&quot;, or give the program with --powershell.</source>
        <translation>%1 が見つかりません。&quot;pwsh&quot; を使うには PowerShell 7 をインストールするか、--powershell でプログラムを指定してください。</translation>
    </message>
    <message>
        <source>The bridge presses keys on Windows: run ChatVox on Windows, or in WSL on the PC that runs the game (--powershell PATH starts another program instead).</source>
        <translation>ブリッジは Windows でキーを押します。ChatVox を Windows か、ゲームを動かす PC の WSL で実行してください（--powershell PATH で別のプログラムを使うこともできます）。</translation>
    </message>
    <message>
        <source>The PowerShell program %1 does not exist.</source>
        <translation>PowerShell のプログラム %1 がありません。</translation>
    </message>
    <message>
        <source>host.ps1 is missing from this build of ChatVox.</source>
        <translation>この ChatVox のビルドには host.ps1 が含まれていません。</translation>
    </message>
    <message>
        <source>The folder for host.ps1 (%1) is not on a Windows drive.</source>
        <translation>host.ps1 のフォルダー（%1）が Windows のドライブ上にありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 on the Windows side.</source>
        <translation>Windows 側にフォルダー %1 を作れません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation>スクリプト %1 を読めません: %2</translation>
    </message>
    <message>
        <source>Cannot copy the script %1: %2</source>
        <translation>スクリプト %1 をコピーできません: %2</translation>
    </message>
    <message>
        <source>Cannot turn %1 into a Windows path (wslpath failed).</source>
        <translation>%1 を Windows のパスに変換できません（wslpath が失敗しました）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作れません。</translation>
    </message>
    <message>
        <source>Starting PowerShell was cancelled.</source>
        <translation>PowerShell の起動は取り消されました。</translation>
    </message>
</context>
<context>
    <name>chatvox::HttpServer</name>
    <message>
        <source>Request header too large</source>
        <translation>リクエストヘッダーが大きすぎます</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエストです</translation>
    </message>
    <message>
        <source>Chunked request bodies are not supported; send Content-Length</source>
        <translation>チャンク形式のリクエスト本文には対応していません。Content-Length を送ってください</translation>
    </message>
    <message>
        <source>Bad Content-Length</source>
        <translation>Content-Length が不正です</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>リクエスト本文が大きすぎます</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答がありません</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <source>Cannot accept a connection on port %1: %2</source>
        <translation>ポート %1 で接続を受け付けられません：%2</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません：%3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>接続が多すぎます</translation>
    </message>
    <message>
        <source>No WebSocket at %1</source>
        <translation>%1 に WebSocket はありません</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>許可されていないメソッドです</translation>
    </message>
</context>
<context>
    <name>chatvox::IntegrationsPage</name>
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Remove ChatVox&apos;s words</source>
        <translation>ChatVox の単語を削除</translation>
    </message>
    <message>
        <source>Delete the words ChatVox added from the user dictionary of every engine that answers now? Words you added in the engine&apos;s own editor stay.</source>
        <translation>今応答しているすべてのエンジンのユーザー辞書から、ChatVox が追加した単語を削除しますか？エンジン自身のエディターで追加した単語は残ります。</translation>
    </message>
    <message>
        <source>Export the engine words</source>
        <translation>エンジン用の単語のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Import engine words</source>
        <translation>エンジン用の単語のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) added to or changed in your dictionary.</source>
        <translation>
            <numerusform>読み方辞書に %n 件の読み方を追加・変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>待ち受けアドレス</translation>
    </message>
    <message>
        <source>Servers listen on</source>
        <translation>サーバーの待ち受け先</translation>
    </message>
    <message>
        <source>This PC only (127.0.0.1)</source>
        <translation>この PC のみ（127.0.0.1）</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>すべてのネットワークインターフェース（0.0.0.0）</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>アドレスを指定</translation>
    </message>
    <message>
        <source>Custom listen address</source>
        <translation>指定する待ち受けアドレス</translation>
    </message>
    <message>
        <source>Warning: the servers have no password. Anyone who can reach this PC over the network can have text read aloud and see what is read. Use this only on a network you trust, and allow the ports in the firewall only there.</source>
        <translation>警告：サーバーにはパスワードがありません。ネットワーク経由でこの PC に接続できる人なら誰でも、テキストを読み上げさせたり、読み上げる内容を見たりできます。信頼できるネットワークでのみ使い、ファイアウォールでもそのネットワークに対してだけポートを許可してください。</translation>
    </message>
    <message>
        <source>Broadcast for tc2vv players</source>
        <translation>tc2vv プレイヤー向け配信</translation>
    </message>
    <message>
        <source>Send each utterance to tc2vv-compatible players (WebSocket)</source>
        <translation>発話ごとに tc2vv 互換プレイヤーへ送る（WebSocket）</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Broadcast port</source>
        <translation>配信ポート</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>空いているポート</translation>
    </message>
    <message>
        <source>Include the WAV in the events (base64; large)</source>
        <translation>イベントに WAV を含める（base64。サイズ大）</translation>
    </message>
    <message>
        <source>tc2vv player</source>
        <translation>tc2vv プレイヤー</translation>
    </message>
    <message>
        <source>Broadcast address for tc2vv players</source>
        <translation>tc2vv プレイヤー向けの配信アドレス</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Broadcast address for ChatVox events</source>
        <translation>ChatVox のイベントの配信アドレス</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the tc2vv player address</source>
        <translation>tc2vv プレイヤーのアドレスをコピー</translation>
    </message>
    <message>
        <source>Copy the events address</source>
        <translation>イベントのアドレスをコピー</translation>
    </message>
    <message>
        <source>OBS overlay</source>
        <translation>OBS オーバーレイ</translation>
    </message>
    <message>
        <source>Serve a caption page for an OBS browser source</source>
        <translation>OBS のブラウザソース用に字幕ページを提供する</translation>
    </message>
    <message>
        <source>Overlay port</source>
        <translation>オーバーレイのポート</translation>
    </message>
    <message>
        <source>The page may play the voice itself (for OBS&apos;s mixer)</source>
        <translation>ページ自体で音声を再生できるようにする（OBS のミキサー用）</translation>
    </message>
    <message>
        <source>Browser source URL</source>
        <translation>ブラウザソースの URL</translation>
    </message>
    <message>
        <source>Overlay address</source>
        <translation>オーバーレイのアドレス</translation>
    </message>
    <message>
        <source>Copy the overlay address</source>
        <translation>オーバーレイのアドレスをコピー</translation>
    </message>
    <message>
        <source>Options after the address, e.g. ?position=top&amp;size=48&amp;theme=box&amp;hold=3 — position bottom|top|center|left|right, size in pixels, theme outline|box|light, hold seconds after the text, name=0 hides the name, max lines, audio=1 plays the voice (needs the option above; tick &quot;Control audio via OBS&quot;).</source>
        <translation>アドレスの後に付けるオプション（例：?position=top&amp;size=48&amp;theme=box&amp;hold=3）— position は bottom|top|center|left|right、size は文字の大きさ（ピクセル）、theme は outline|box|light、hold は読み終えてから表示を残す秒数、name=0 で名前を非表示、max は最大行数、audio=1 で音声を再生（上のオプションが必要。OBS では「OBSで音声を制御する」にチェック）。</translation>
    </message>
    <message>
        <source>BouyomiChan-compatible API</source>
        <translation>棒読みちゃん互換 API</translation>
    </message>
    <message>
        <source>Read text from programs made for BouyomiChan</source>
        <translation>棒読みちゃん向けのプログラムからのテキストを読み上げる</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP ポート</translation>
    </message>
    <message>
        <source>BouyomiChan TCP port</source>
        <translation>棒読みちゃんの TCP ポート</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP ポート</translation>
    </message>
    <message>
        <source>BouyomiChan HTTP port</source>
        <translation>棒読みちゃんの HTTP ポート</translation>
    </message>
    <message>
        <source>The voice each BouyomiChan voice number is read with:</source>
        <translation>棒読みちゃんの声の番号ごとに読み上げに使う声：</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>読み上げる声</translation>
    </message>
    <message>
        <source>BouyomiChan voices</source>
        <translation>棒読みちゃんの声</translation>
    </message>
    <message>
        <source>Style for BouyomiChan voice %1</source>
        <translation>棒読みちゃんの声 %1 のスタイル</translation>
    </message>
    <message>
        <source>Engine dictionary</source>
        <translation>エンジン辞書</translation>
    </message>
    <message>
        <source>Put my reading dictionary into the engines&apos; user dictionaries</source>
        <translation>読み方辞書をエンジンのユーザー辞書に登録する</translation>
    </message>
    <message>
        <source>The engines then know these words themselves, with an accent, also in other programs. ChatVox only changes the words it added; words you added in the engine&apos;s editor stay as they are. Turned off, ChatVox sends nothing and its words stay in the engine until you remove them.</source>
        <translation>エンジン自身がこれらの単語をアクセント付きで覚えるので、ほかのプログラムでも使われます。ChatVox が変更するのは自分で追加した単語だけで、エンジンのエディターで追加した単語はそのまま残ります。オフにすると ChatVox は何も送らず、登録済みの単語は削除するまでエンジンに残ります。</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Engine dictionary state per engine</source>
        <translation>エンジンごとのエンジン辞書の状態</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Deletes the words ChatVox added from the engines (when off)</source>
        <translation>ChatVox が追加した単語をエンジンから削除します（オフのとき）</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>The words ChatVox sends to the engines, in VOICEVOX&apos;s columns</source>
        <translation>ChatVox がエンジンに送る単語を、VOICEVOX の列形式で保存します</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message>
        <source>Adds the file&apos;s words to your reading dictionary (the reading only: accents are not kept)</source>
        <translation>ファイルの単語を読み方辞書に追加します（読み方のみ。アクセントは引き継がれません）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>標準の声</translation>
    </message>
    <message>
        <source>style %1</source>
        <translation>スタイル %1</translation>
    </message>
    <message>
        <source>%1: the engine has %2, ChatVox would say %3</source>
        <translation>%1：エンジンの読みは %2、ChatVox の読みは %3</translation>
    </message>
    <message>
        <source>Last synchronized %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) of your reading dictionary go into the engines.</source>
        <translation>
            <numerusform>読み方辞書の %n 語をエンジンに登録します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) cannot go into the engines (the reading must be kana):</source>
        <translation>
            <numerusform>%n 件は登録できません（読み方はかなにしてください）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Health probes and metrics</source>
        <translation>ヘルスチェックとメトリクス</translation>
    </message>
    <message>
        <source>Answer health probes and serve metrics (for a home server)</source>
        <translation>ヘルスチェックに応答し、メトリクスを提供する（ホームサーバー向け）</translation>
    </message>
    <message>
        <source>Health probe port</source>
        <translation>ヘルスチェックのポート</translation>
    </message>
    <message>
        <source>/healthz answers whether ChatVox is alive, /readyz whether it reads and speaks, /metrics gives counters for Prometheus. For Kubernetes, Docker or a monitoring system; a streaming PC does not need it.</source>
        <translation>/healthz は ChatVox が動いているか、/readyz は読み上げられる状態か、/metrics は Prometheus 用のカウンターを返します。Kubernetes、Docker、監視システム向けで、配信用 PC では必要ありません。</translation>
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
    <name>chatvox::LoginDialog</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <source>Time is up for this code.</source>
        <translation>このコードの有効時間が過ぎました。</translation>
    </message>
    <message>
        <source>Time left to enter the code: %1</source>
        <translation>コード入力の残り時間：%1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>%1 としてログインしました</translation>
    </message>
    <message>
        <source>ChatVox reads chat as this account, answers !voice in chat and reads channel-point redemptions aloud. The login is kept in %1.</source>
        <translation>このアカウントでチャットを読み、!voice にチャットで返事し、チャンネルポイントの引き換えを読み上げます。ログインは%1に保存されます。</translation>
    </message>
    <message>
        <source>No channel was set: ChatVox now reads your channel #%1.</source>
        <translation>チャンネルが未設定だったので、あなたのチャンネル #%1 を読み上げます。</translation>
    </message>
    <message>
        <source>Logged in as %1, but the login cannot be saved</source>
        <translation>%1 としてログインしましたが、ログインを保存できません</translation>
    </message>
    <message>
        <source>Keep this login for this session only (you log in again when you start ChatVox next time), or log out now?</source>
        <translation>このログインを今回だけ使いますか（次に ChatVox を起動したときはもう一度ログインします）、それとも今ログアウトしますか？</translation>
    </message>
    <message>
        <source>The code has expired</source>
        <translation>コードの有効期限が切れました</translation>
    </message>
    <message>
        <source>You declined the login on Twitch</source>
        <translation>Twitch でログインを拒否しました</translation>
    </message>
    <message>
        <source>ChatVox is not logged in. If that was a mistake, try again and choose &quot;Authorize&quot; on Twitch.</source>
        <translation>ChatVox はログインしていません。間違えた場合は、やり直して Twitch で「許可（Authorize）」を選んでください。</translation>
    </message>
    <message>
        <source>The login did not work</source>
        <translation>ログインできませんでした</translation>
    </message>
    <message>
        <source>Approved on Twitch. Finishing the login…</source>
        <translation>Twitch で許可されました。ログインを仕上げています…</translation>
    </message>
    <message>
        <source>Asking Twitch for a login code…</source>
        <translation>Twitch にログインコードを問い合わせています…</translation>
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
    <name>chatvox::OverlayServer</name>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>No such audio</source>
        <translation>その音声はありません</translation>
    </message>
</context>
<context>
    <name>chatvox::Pipeline</name>
    <message>
        <source>No system voice: %1</source>
        <translation>システム音声は使用できません：%1</translation>
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
    <message>
        <source>Reading the chat of #%1.</source>
        <translation>#%1 のチャットを読み上げます。</translation>
    </message>
</context>
<context>
    <name>chatvox::PowerShellHost</name>
    <message>
        <source>PowerShell said: %1</source>
        <translation>PowerShell の出力: %1</translation>
    </message>
    <message>
        <source>PowerShell did not finish an action in time (%1 ms) and is restarted.</source>
        <translation>PowerShell がアクションを時間内（%1 ms）に終えなかったため、再起動します。</translation>
    </message>
    <message>
        <source>No PowerShell program is set for the bridge.</source>
        <translation>ブリッジの PowerShell プログラムが設定されていません。</translation>
    </message>
    <message>
        <source>Starting PowerShell: %1</source>
        <translation>PowerShell を起動します: %1</translation>
    </message>
    <message>
        <source>The bridge was stopped.</source>
        <translation>ブリッジを止めました。</translation>
    </message>
    <message>
        <source>The PowerShell host is not running.</source>
        <translation>PowerShell ホストが動いていません。</translation>
    </message>
    <message>
        <source>Cannot write to PowerShell: %1</source>
        <translation>PowerShell に書き込めません: %1</translation>
    </message>
    <message>
        <source>PowerShell printed more than 1 MB without a line end.</source>
        <translation>PowerShell が改行なしで 1 MB を超える出力をしました。</translation>
    </message>
    <message>
        <source>host.ps1 speaks protocol version %1, this ChatVox needs %2.</source>
        <translation>host.ps1 のプロトコルはバージョン %1 ですが、この ChatVox には %2 が必要です。</translation>
    </message>
    <message>
        <source>PowerShell is ready.</source>
        <translation>PowerShell の準備ができました。</translation>
    </message>
    <message>
        <source>PowerShell crashed.</source>
        <translation>PowerShell がクラッシュしました。</translation>
    </message>
    <message>
        <source>PowerShell exited unexpectedly (exit code %1).</source>
        <translation>PowerShell が予期せず終了しました（終了コード %1）。</translation>
    </message>
    <message>
        <source>PowerShell (%1) could not be started: %2</source>
        <translation>PowerShell（%1）を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>Keys that may still be held could not be released: %1</source>
        <translation>押されたままかもしれないキーを離せませんでした: %1</translation>
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
    <message>
        <source>Demo: a sample chat bundled with ChatVox is read aloud. Enter your channel to read your own chat.</source>
        <translation>デモ：ChatVox 付属のサンプルチャットを読み上げています。自分のチャンネル名を入力すると、そのチャットを読みます。</translation>
    </message>
    <message>
        <source>Demo: the sample chat has ended. Enter your channel to read your own chat.</source>
        <translation>デモ：サンプルチャットは終わりました。自分のチャンネル名を入力すると、そのチャットを読みます。</translation>
    </message>
</context>
<context>
    <name>chatvox::Servers</name>
    <message>
        <source>The servers for other programs listen on %1: anyone who can reach this computer on the network may use them (they have no password).</source>
        <translation>他のプログラム向けのサーバーが %1 で待ち受けています。ネットワーク経由でこのコンピューターに接続できる人なら誰でも使えます（パスワードはありません）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Broadcast (tc2vv players)</source>
        <translation>配信（tc2vv プレイヤー）</translation>
    </message>
    <message>
        <source>Broadcast: port %1 cannot be opened: %2</source>
        <translation>配信：ポート %1 を開けません：%2</translation>
    </message>
    <message>
        <source>OBS overlay</source>
        <translation>OBS オーバーレイ</translation>
    </message>
    <message>
        <source>OBS overlay: port %1 cannot be opened: %2</source>
        <translation>OBS オーバーレイ：ポート %1 を開けません：%2</translation>
    </message>
    <message>
        <source>BouyomiChan API</source>
        <translation>棒読みちゃん API</translation>
    </message>
    <message>
        <source>TCP %1:%2, http://%1:%3/Talk</source>
        <translation>TCP %1:%2、http://%1:%3/Talk</translation>
    </message>
    <message>
        <source>BouyomiChan API: cannot listen: %1</source>
        <translation>棒読みちゃん API：待ち受けできません：%1</translation>
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
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のどれでもありません</translation>
    </message>
    <message>
        <source>Settings not written to %1: it cannot be used now (see above).</source>
        <translation>設定を %1 に書き込みませんでした: 今は使えないファイルです（上を参照）。</translation>
    </message>
    <message>
        <source>it cannot be copied for reading: %1</source>
        <translation>読み込み用にコピーできません: %1</translation>
    </message>
    <message>
        <source>no temporary file: %1</source>
        <translation>一時ファイルがありません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file %1 can be used again.</source>
        <translation>設定ファイル %1 が再び使えるようになりました。</translation>
    </message>
    <message>
        <source>The settings file %1 was changed; applied: %2.</source>
        <translation>設定ファイル %1 が変更されました。適用: %2。</translation>
    </message>
    <message>
        <source>The settings file %1 was changed but cannot be used (%2). The settings in use are kept, and ChatVox does not write the file until it is usable again.</source>
        <translation>設定ファイル %1 が変更されましたが使えません（%2）。使用中の設定を保ち、使えるファイルになるまで ChatVox はこのファイルに書き込みません。</translation>
    </message>
    <message>
        <source>The settings file %1 was removed. The settings in use are kept, and the file is taken in again when it reappears; ChatVox does not write it until then.</source>
        <translation>設定ファイル %1 が削除されました。使用中の設定を保ち、ファイルが戻れば読み込みます。それまで ChatVox はこのファイルに書き込みません。</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 は %2 から %3 までの整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 は %2 から %3 までの数ではありません</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 は true でも false でもありません</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 は http または https の URL ではありません</translation>
    </message>
    <message>
        <source>speech/style is not a style id</source>
        <translation>speech/style はスタイル ID ではありません</translation>
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
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
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
    <message>
        <source>The system voice (%1) did not answer within %2 seconds.</source>
        <translation>システム音声（%1）が %2 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The system voice (%1) stopped answering.</source>
        <translation>システム音声（%1）が応答しなくなりました。</translation>
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
    <name>chatvox::UserDictionary</name>
    <message>
        <source>a stray quote (put the whole field in quotes and double the quotes in it)</source>
        <translation>余分な引用符があります（項目全体を引用符で囲み、中の引用符は 2 つ重ねてください）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引用符が閉じていません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>… and %1 more errors.</source>
        <translation>…ほか %1 件のエラーがあります。</translation>
    </message>
    <message>
        <source>the pronunciation is empty</source>
        <translation>発音が空です</translation>
    </message>
    <message>
        <source>the pronunciation is longer than %1 characters</source>
        <translation>発音が %1 文字を超えています</translation>
    </message>
    <message>
        <source>the pronunciation must be katakana (%1 is not)</source>
        <translation>発音はカタカナにしてください（%1 はカタカナではありません）</translation>
    </message>
    <message>
        <source>the pronunciation has two small kana in a row (%1%2)</source>
        <translation>発音に小書きのかなが 2 つ続いています（%1%2）</translation>
    </message>
    <message>
        <source>ヮ may only follow ク or グ</source>
        <translation>ヮ はクかグの後にしか使えません</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>単語が空です</translation>
    </message>
    <message>
        <source>the word has a space or a control character (the engine matches single words)</source>
        <translation>単語に空白か制御文字が含まれています（エンジンは単語単位で照合します）</translation>
    </message>
    <message>
        <source>the word is longer than %1 characters</source>
        <translation>単語が %1 文字を超えています</translation>
    </message>
    <message>
        <source>the accent type %1 is not between 0 and %2 (the morae of %3)</source>
        <translation>アクセント型 %1 が 0～%2（%3 のモーラ数）の範囲外です</translation>
    </message>
    <message>
        <source>the priority %1 is not between %2 and %3</source>
        <translation>優先度 %1 が %2～%3 の範囲外です</translation>
    </message>
    <message>
        <source>a pattern, not a word (engines only know words)</source>
        <translation>単語ではなくパターンです（エンジンは単語しか扱えません）</translation>
    </message>
    <message>
        <source>the reading is empty (ChatVox drops this word; an engine cannot)</source>
        <translation>読み方が空です（ChatVox はこの単語を読まずに飛ばしますが、エンジンにはできません）</translation>
    </message>
    <message>
        <source>the same word as %1 above (the first one is used)</source>
        <translation>上の %1 と同じ単語です（最初のものを使います）</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>not a JSON object of words</source>
        <translation>単語の JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>not a word id: %1</source>
        <translation>単語 ID ではありません：%1</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB; it was not read.</source>
        <translation>ファイルが 16 MB を超えているため、読み込みませんでした。</translation>
    </message>
    <message>
        <source>characters that cannot be read (the file is not UTF-8 or Shift_JIS text)</source>
        <translation>読み取れない文字があります（UTF-8 または Shift_JIS のテキストではありません）</translation>
    </message>
    <message>
        <source>expected surface,pronunciation,accent_type,word_type,priority</source>
        <translation>「surface,pronunciation,accent_type,word_type,priority」の形式ではありません</translation>
    </message>
    <message>
        <source>%1 columns, expected at most 5 (put quotes around a word that has a comma)</source>
        <translation>列が %1 個あります。最大 5 個です（カンマを含む単語は引用符で囲んでください）</translation>
    </message>
    <message>
        <source>the accent type %1 is not a number</source>
        <translation>アクセント型 %1 が数値ではありません</translation>
    </message>
    <message>
        <source>unknown word type %1 (PROPER_NOUN, COMMON_NOUN, VERB, ADJECTIVE or SUFFIX)</source>
        <translation>不明な品詞です：%1（PROPER_NOUN、COMMON_NOUN、VERB、ADJECTIVE、SUFFIX のいずれか）</translation>
    </message>
    <message>
        <source>the priority %1 is not a number</source>
        <translation>優先度 %1 が数値ではありません</translation>
    </message>
    <message>
        <source>the same word as line %1</source>
        <translation>%1 行目と同じ単語です</translation>
    </message>
    <message>
        <source>Only the first %1 words were read.</source>
        <translation>最初の %1 語だけを読み込みました。</translation>
    </message>
</context>
<context>
    <name>chatvox::UserDictionarySync</name>
    <message>
        <source>There is no speech engine to synchronize with.</source>
        <translation>同期する音声合成エンジンがありません。</translation>
    </message>
    <message>
        <source>Could not read the speech engine&apos;s user dictionary. %1</source>
        <translation>音声合成エンジンのユーザー辞書を読み込めませんでした。%1</translation>
    </message>
    <message>
        <source>The speech engine was removed during the synchronization.</source>
        <translation>同期中に音声合成エンジンが削除されました。</translation>
    </message>
    <message>
        <source>Could not delete 「%1」 from the speech engine&apos;s dictionary.</source>
        <translation>音声合成エンジンの辞書から「%1」を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not change 「%1」 (%2) in the speech engine&apos;s dictionary.</source>
        <translation>音声合成エンジンの辞書の「%1」（%2）を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not add 「%1」 (%2) to the speech engine&apos;s dictionary.</source>
        <translation>音声合成エンジンの辞書に「%1」（%2）を追加できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more words refused)</source>
        <translation>
            <numerusform>%1（ほか %n 語も拒否されました）</numerusform>
        </translation>
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
    <name>chatvox::ViewerVoicesPanel</name>
    <message>
        <source>style %1</source>
        <translation>スタイル %1</translation>
    </message>
    <message>
        <source>no speech engine answers yet</source>
        <translation>まだ音声合成エンジンが応答していません</translation>
    </message>
    <message>
        <source>The voices appear here once a speech engine answers.</source>
        <translation>音声合成エンジンが応答すると、ここに声が並びます。</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>視聴者</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>選んだ日時</translation>
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
    <message>
        <source>Not a word id of the speech engine&apos;s dictionary: %1</source>
        <translation>音声合成エンジンの辞書の単語 ID ではありません：%1</translation>
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
    <name>chatvox::WebSocketHub</name>
    <message>
        <source>No such path</source>
        <translation>そのパスはありません</translation>
    </message>
    <message>
        <source>Too many clients</source>
        <translation>クライアントが多すぎます</translation>
    </message>
    <message>
        <source>Not reading</source>
        <translation>クライアントが読み取っていません</translation>
    </message>
</context>
<context>
    <name>chatvox::WslInterop</name>
    <message>
        <source>Windows programs cannot be started from this WSL: /etc/wsl.conf turns interop off ([interop] enabled=false), so the bridge cannot reach PowerShell. Fix: set enabled=true in the [interop] section (or remove the line), run &quot;wsl --shutdown&quot; in Windows, and open the WSL terminal again.</source>
        <translation>この WSL からは Windows のプログラムを起動できません: /etc/wsl.conf で相互運用がオフになっている（[interop] enabled=false）ため、ブリッジは PowerShell を使えません。対処: [interop] セクションで enabled=true にする（またはその行を消す）、Windows で &quot;wsl --shutdown&quot; を実行し、WSL のターミナルを開き直してください。</translation>
    </message>
    <message>
        <source>Windows interop is switched off in this WSL session (/proc/sys/fs/binfmt_misc/WSLInterop says disabled), so the bridge cannot reach PowerShell. Fix: run &quot;echo 1 | sudo tee /proc/sys/fs/binfmt_misc/WSLInterop&quot;, or restart WSL with &quot;wsl --shutdown&quot;.</source>
        <translation>この WSL セッションでは Windows との相互運用がオフです（/proc/sys/fs/binfmt_misc/WSLInterop が disabled）。そのためブリッジは PowerShell を使えません。対処: &quot;echo 1 | sudo tee /proc/sys/fs/binfmt_misc/WSLInterop&quot; を実行するか、&quot;wsl --shutdown&quot; で WSL を再起動してください。</translation>
    </message>
    <message>
        <source>This WSL has no WSLInterop handler in /proc/sys/fs/binfmt_misc (systemd-binfmt can remove it), so Windows programs do not start and the bridge cannot reach PowerShell. Fix: run &quot;sudo sh -c &apos;echo :WSLInterop:M::MZ::/init:PF &gt; /usr/lib/binfmt.d/WSLInterop.conf&apos;&quot;, then &quot;wsl --shutdown&quot; in Windows, and open WSL again.</source>
        <translation>この WSL には /proc/sys/fs/binfmt_misc に WSLInterop のハンドラーがありません（systemd-binfmt が消すことがあります）。そのため Windows のプログラムが起動せず、ブリッジは PowerShell を使えません。対処: &quot;sudo sh -c &apos;echo :WSLInterop:M::MZ::/init:PF &gt; /usr/lib/binfmt.d/WSLInterop.conf&apos;&quot; を実行し、Windows で &quot;wsl --shutdown&quot; を実行してから WSL を開き直してください。</translation>
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
