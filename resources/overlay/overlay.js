// ChatVox caption overlay: shows what ChatVox is reading, from its /events WebSocket.
// Options are documented at the top of index.html. window.chatvoxOverlay is a small read-only
// view of the state for tests and for curious streamers (open the browser source's devtools).
(function () {
    "use strict";

    const HISTORY_LIMIT = 200; // captions kept in chatvoxOverlay.captions (runs for hours in OBS)
    const BACKOFF_FIRST_MS = 500;
    const BACKOFF_MAX_MS = 10000;

    function readOptions(search) {
        const q = new URLSearchParams(search);
        const number = (key, fallback, min, max) => {
            const raw = q.get(key);
            const value = raw === null || raw.trim() === "" ? NaN : Number(raw);
            return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
        };
        const flag = (key, fallback) => {
            const raw = q.get(key);
            if (raw === null)
                return fallback;
            return !/^(0|false|no|off)$/i.test(raw.trim());
        };
        const choice = (key, allowed, fallback) => {
            const raw = (q.get(key) || "").trim().toLowerCase();
            return allowed.includes(raw) ? raw : fallback;
        };
        return {
            position: choice("position", ["bottom", "top", "center", "left", "right"], "bottom"),
            size: number("size", 42, 8, 400),
            theme: choice("theme", ["outline", "box", "light"], "outline"),
            hold: number("hold", 2, 0, 600),
            name: flag("name", true),
            audio: flag("audio", false),
            max: Math.round(number("max", 3, 1, 50)),
            debug: flag("debug", false),
        };
    }

    const options = readOptions(location.search);
    const root = document.documentElement;
    const caption = document.getElementById("caption");
    const nameEl = document.getElementById("caption-name");
    const textEl = document.getElementById("caption-text");
    const connectionEl = document.getElementById("connection");

    root.classList.add("pos-" + options.position, "theme-" + options.theme);
    if (!options.name)
        root.classList.add("no-name");
    root.style.setProperty("--size", options.size + "px");
    root.style.setProperty("--lines", String(options.max));
    connectionEl.hidden = !options.debug;

    const overlay = {
        options: options,
        state: "connecting", // connecting | open | closed
        connects: 0, // successful connections so far
        hello: null, // the server's hello event
        current: null, // the caption on screen: {id, displayName, text, ...} or null
        captions: [], // every caption shown, oldest first: {id, user, displayName, text,
        //   receivedAt, shownAt, doneAt, hiddenAt, hideReason} (ms since the epoch)
        events: 0, // events received
        audio: [], // audio=1: {id, url, startedAt, endedAt, duration, error}
    };
    window.chatvoxOverlay = overlay;

    let socket = null;
    let backoffMs = BACKOFF_FIRST_MS;
    let reconnectTimer = 0;
    let holdTimer = 0;
    let player = null; // {id, element, record}

    function setState(state) {
        overlay.state = state;
        connectionEl.dataset.state = state;
        connectionEl.textContent = state;
    }

    function show(event, receivedAt) {
        clearTimeout(holdTimer);
        holdTimer = 0;
        if (overlay.current && overlay.current.hiddenAt === null)
            finish(overlay.current, "replaced");
        const entry = {
            id: event.id,
            user: typeof event.user === "string" ? event.user : "",
            displayName: typeof event.displayName === "string" && event.displayName !== ""
                ? event.displayName
                : (typeof event.user === "string" ? event.user : ""),
            text: typeof event.text === "string" ? event.text : "",
            source: typeof event.source === "string" ? event.source : "",
            receivedAt: receivedAt,
            shownAt: null,
            doneAt: null,
            hiddenAt: null,
            hideReason: null,
        };
        // textContent, never innerHTML: chat is untrusted.
        nameEl.textContent = entry.displayName;
        textEl.textContent = entry.text;
        caption.dataset.id = String(entry.id);
        caption.dataset.source = entry.source;
        caption.dataset.state = "shown";
        caption.classList.add("visible");
        fitBox();
        entry.shownAt = Date.now();
        overlay.current = entry;
        overlay.captions.push(entry);
        if (overlay.captions.length > HISTORY_LIMIT)
            overlay.captions.splice(0, overlay.captions.length - HISTORY_LIMIT);
        if (options.audio)
            playAudio(event);
    }

    // Box themes: a wrapped caption's box is as wide as the space it could have taken, not as
    // its (balanced) lines; shrink it to the widest line.
    function fitBox() {
        caption.style.width = "";
        if (options.theme === "outline")
            return;
        let widest = 0;
        const range = document.createRange();
        for (const el of [textEl, nameEl]) {
            range.selectNodeContents(el);
            for (const rect of range.getClientRects())
                widest = Math.max(widest, rect.width);
        }
        if (widest <= 0)
            return;
        const px = (style, key) => parseFloat(style[key]) || 0;
        const box = getComputedStyle(caption);
        const text = getComputedStyle(textEl);
        const fitted = Math.ceil(widest + px(box, "paddingLeft") + px(box, "paddingRight")
                                 + px(text, "paddingLeft") + px(text, "paddingRight") + 2);
        if (fitted < caption.getBoundingClientRect().width)
            caption.style.width = fitted + "px";
    }

    function finish(entry, reason) {
        entry.hiddenAt = Date.now();
        entry.hideReason = reason;
    }

    function hide(reason) {
        clearTimeout(holdTimer);
        holdTimer = 0;
        const entry = overlay.current;
        if (!entry)
            return;
        finish(entry, reason);
        overlay.current = null;
        caption.classList.remove("visible");
        caption.dataset.state = "hidden";
        // The text stays during the fade-out; the next caption replaces it.
    }

    function isCurrent(id) {
        return overlay.current !== null && overlay.current.id === id;
    }

    function stopAudio(id) {
        if (!player || (id !== undefined && player.id !== id))
            return;
        player.element.pause();
        player.element.removeAttribute("src");
        player.element.load();
        if (player.record.endedAt === null)
            player.record.endedAt = Date.now();
        player = null;
    }

    function playAudio(event) {
        stopAudio();
        let url = typeof event.audioUrl === "string" ? event.audioUrl : "";
        if (!url && typeof event.wav === "string" && event.wav !== "")
            url = "data:audio/wav;base64," + event.wav;
        if (!url)
            return;
        const record = { id: event.id, url: url.startsWith("data:") ? "data:" : url,
                         startedAt: null, endedAt: null, duration: null, error: null };
        overlay.audio.push(record);
        if (overlay.audio.length > HISTORY_LIMIT)
            overlay.audio.splice(0, overlay.audio.length - HISTORY_LIMIT);
        const element = new Audio();
        element.preload = "auto";
        element.addEventListener("loadedmetadata", () => { record.duration = element.duration; });
        element.addEventListener("playing", () => { if (record.startedAt === null) record.startedAt = Date.now(); });
        element.addEventListener("ended", () => {
            record.endedAt = Date.now();
            if (player && player.element === element)
                player = null;
        });
        element.addEventListener("error", () => {
            record.error = element.error ? "media error " + element.error.code : "error";
        });
        element.src = url;
        player = { id: event.id, element: element, record: record };
        const started = element.play();
        if (started && started.catch)
            started.catch((e) => { record.error = String(e && e.name ? e.name : e); });
    }

    function handle(event, receivedAt) {
        if (!event || typeof event !== "object")
            return;
        switch (event.type) {
        case "hello":
            overlay.hello = event;
            break;
        case "playing":
            show(event, receivedAt);
            break;
        case "done":
            if (isCurrent(event.id)) {
                overlay.current.doneAt = receivedAt;
                clearTimeout(holdTimer);
                holdTimer = setTimeout(() => hide("done"), options.hold * 1000);
            }
            break;
        case "skipped":
            stopAudio(event.id);
            if (isCurrent(event.id))
                hide("skipped");
            break;
        case "purged":
            if (Array.isArray(event.ids)) {
                event.ids.forEach((id) => stopAudio(id));
                if (overlay.current && event.ids.includes(overlay.current.id))
                    hide("purged");
            }
            break;
        case "cleared":
        case "killed":
            stopAudio();
            hide(event.type);
            break;
        default:
            break; // "queued" and anything newer: nothing to show
        }
    }

    function connect() {
        reconnectTimer = 0;
        setState("connecting");
        const scheme = location.protocol === "https:" ? "wss://" : "ws://";
        let ws;
        try {
            ws = new WebSocket(scheme + location.host + "/events");
        } catch (e) {
            scheduleReconnect();
            return;
        }
        socket = ws;
        ws.onopen = () => {
            backoffMs = BACKOFF_FIRST_MS;
            overlay.connects += 1;
            setState("open");
        };
        ws.onmessage = (message) => {
            if (typeof message.data !== "string")
                return;
            const receivedAt = Date.now();
            overlay.events += 1;
            let event;
            try {
                event = JSON.parse(message.data);
            } catch (e) {
                return;
            }
            handle(event, receivedAt);
        };
        ws.onclose = () => {
            if (socket !== ws)
                return;
            socket = null;
            setState("closed");
            // ChatVox went away (quit or restart): nothing is being read any more.
            stopAudio();
            hide("disconnected");
            scheduleReconnect();
        };
        ws.onerror = () => {}; // onclose follows
    }

    function scheduleReconnect() {
        if (reconnectTimer)
            return;
        // Jitter keeps several browser sources from reconnecting in lockstep.
        const delay = backoffMs / 2 + Math.random() * backoffMs / 2;
        backoffMs = Math.min(BACKOFF_MAX_MS, backoffMs * 2);
        reconnectTimer = setTimeout(connect, delay);
    }

    connect();
})();
