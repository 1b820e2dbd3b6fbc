// Baseline of bench_ircparse: tmi.js 1.8.5 parsing the same lines, on the same machine.
// usage: node tmi_parse.js TMI_JS_DIR LINES_FILE ROUNDS
// Prints one JSON object: per-round nanoseconds for "parse" (parser.msg, what tmi.js does with
// each line) and "decode" (parser.msg, then what tmi.js's client does to the tags of every
// message before emitting it: badges, badge-info, emotes, and the tag value transform with
// IRC unescaping; client.js handleMessage).
'use strict';
const fs = require('fs');
const path = require('path');

const [tmiDir, linesFile, roundsArg] = process.argv.slice(2);
const parse = require(path.join(tmiDir, 'lib', 'parser.js'));
const _ = require(path.join(tmiDir, 'lib', 'utils.js'));
const rounds = Math.max(3, parseInt(roundsArg || '20', 10));
const lines = fs.readFileSync(linesFile, 'utf8').split('\n').filter(l => l.length > 0);

function parseOnly() {
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
        const m = parse.msg(lines[i]);
        if (m) n += m.params.length;
    }
    return n;
}

function decode() {
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
        const m = parse.msg(lines[i]);
        if (!m) continue;
        const tags = m.tags = parse.badges(parse.badgeInfo(parse.emotes(m.tags)));
        for (const key in tags) {
            if (key === 'emote-sets' || key === 'ban-duration' || key === 'bits') continue;
            let value = tags[key];
            if (typeof value === 'boolean') value = null;
            else if (value === '1') value = true;
            else if (value === '0') value = false;
            else if (typeof value === 'string') value = _.unescapeIRC(value);
            tags[key] = value;
        }
        n += m.params.length;
    }
    return n;
}

function time(fn) {
    const out = [];
    let sink = 0;
    for (let r = 0; r < 5; r++) sink += fn(); // JIT warm-up
    for (let r = 0; r < rounds; r++) {
        const t0 = process.hrtime.bigint();
        sink += fn();
        out.push(Number(process.hrtime.bigint() - t0));
    }
    return { ns: out, sink };
}

let nulls = 0;
for (const l of lines) if (!parse.msg(l)) nulls++;
const p = time(parseOnly);
const d = time(decode);
process.stdout.write(JSON.stringify({
    node: process.version, lines: lines.length, nulls, parse: p.ns, decode: d.ns,
    sink: p.sink + d.sink,
}) + '\n');
