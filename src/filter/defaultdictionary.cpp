#include "filtersettings.h"

namespace chatvox {

// ChatVox's default readings: chat and gaming words the engine would otherwise spell letter by
// letter or read the dictionary way. English words match as whole words (ReadingDictionary),
// case-insensitively. The streamer sees this table in the Filters panel and may edit, disable
// and reset it; their own dictionary wins over it.
QList<DictionaryEntry> FilterSettings::defaultDictionaryEntries()
{
    static const QList<DictionaryEntry> entries = [] {
        static constexpr struct
        {
            const char16_t *word;
            const char16_t *reading;
        } table[] = {
            // Greetings and thanks
            {u"hello", u"ハロー"}, {u"hi", u"ハイ"}, {u"hey", u"ヘイ"}, {u"yo", u"よー"},
            {u"bye", u"バイバイ"}, {u"gn", u"おやすみ"}, {u"thanks", u"サンクス"},
            {u"thx", u"サンクス"}, {u"ty", u"サンキュー"}, {u"tysm", u"サンキュー"},
            {u"thank you", u"サンキュー"}, {u"welcome", u"ウェルカム"}, {u"ok", u"オーケー"},
            {u"okay", u"オーケー"}, {u"yes", u"イエス"}, {u"no", u"ノー"},
            // Games and streams
            {u"gg", u"ジージー"}, {u"ggwp", u"ジージー ウェルプレイ"}, {u"wp", u"ウェルプレイ"},
            {u"gl", u"グッドラック"}, {u"glhf", u"グッドラック"}, {u"nice", u"ナイス"},
            {u"pog", u"ポグ"}, {u"poggers", u"ポガーズ"}, {u"pogchamp", u"ポグチャンプ"},
            {u"kappa", u"カッパ"}, {u"lul", u"ラル"}, {u"lol", u"わら"}, {u"lmao", u"わら"}, {u"xd", u"わら"},
            {u"omg", u"オーマイガー"}, {u"wow", u"ワオ"}, {u"aww", u"オー"}, {u"raid", u"レイド"},
            {u"stream", u"ストリーム"}, {u"streamer", u"ストリーマー"}, {u"boss", u"ボス"},
            {u"sub", u"サブ"}, {u"follow", u"フォロー"}, {u"clip", u"クリップ"},
            {u"emote", u"エモート"}, {u"chat", u"チャット"}, {u"twitch", u"ツイッチ"},
            {u"youtube", u"ユーチューブ"}, {u"discord", u"ディスコード"}, {u"noob", u"ヌーブ"},
            {u"pro", u"プロ"}, {u"win", u"ウィン"}, {u"lose", u"ルーズ"}, {u"cute", u"キュート"},
            {u"hype", u"ハイプ"}, {u"lurk", u"ラーク"}, {u"brb", u"すぐ戻る"},
            {u"afk", u"離席"}, {u"rip", u"リップ"}, {u"ez", u"イージー"},
            {u"kawaii", u"かわいい"}, {u"sugoi", u"すごい"},
            // Japanese chat slang
            // (草 and 乙 are left to the engine, which reads them right alone; an entry would
            // also change 草原 and 乙女.)
            {u"初見", u"しょけん"}, {u"ktkr", u"キタコレ"},
            {u"kwsk", u"くわしく"}, {u"wktk", u"わくてか"}, {u"gkbr", u"ガクブル"},
            {u"おk", u"おけ"}, {u"ｋｔｋｒ", u"キタコレ"},
        };
        QList<DictionaryEntry> list;
        list.reserve(std::size(table));
        for (const auto &e : table)
            list.append({QString::fromUtf16(e.word), QString::fromUtf16(e.reading)});
        return list;
    }();
    return entries;
}

} // namespace chatvox
