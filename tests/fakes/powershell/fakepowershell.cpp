// chatvox-fake-powershell: a stand-in for powershell.exe running host.ps1, for tests, the
// benchmark and the Windows build under Wine (which has no PowerShell). It speaks host.ps1's
// line protocol (src/bridge/hostprotocol.h), records every byte it receives and its command
// line, and misbehaves on request. Plain C++ without Qt, so that the same source builds as a
// small Windows .exe with mingw-w64 alone.
//
// Told what to do only by its environment (never by what it reads):
//   CHATVOX_FAKE_PS_RECORD=FILE   append every byte read from stdin to FILE, one JSON line
//                                 {"pid":N,"cwd":"…","argv":[…]} per start to FILE.argv, and
//                                 what it did to FILE.events ({"pid":N,"ms":T,"event":…})
//   CHATVOX_FAKE_PS_NO_READY=1    never print the ready line (a launch that hangs)
//   CHATVOX_FAKE_PS_VERSION=N     protocol version in the ready line (default 1)
//   CHATVOX_FAKE_PS_HANG_AT=N     never answer the Nth request of this process
//   CHATVOX_FAKE_PS_CRASH_AT=N    exit with code 3 when the Nth request arrives
//   CHATVOX_FAKE_PS_FAIL_AT=N     answer the Nth request with ok:false
//   CHATVOX_FAKE_PS_DELAY_MS=N    wait N ms before every answer
//   CHATVOX_FAKE_PS_NOISE=1       print a line that is not JSON before every answer
//   CHATVOX_FAKE_PS_ONCE=FILE     misbehave (no-ready, hang, crash) only while FILE does not
//                                 exist; create it when misbehaving, so the restart works
// Keys requests are "held" for their holdMs (and gaps) like host.ps1 does, with "stand-in:
// holding …" / "stand-in: released" on stderr; release requests print "stand-in: release …".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#ifdef _WIN32
#    include <direct.h>
#    include <fcntl.h>
#    include <io.h>
#    include <process.h>
#    define CV_READ _read
#    define CV_GETCWD _getcwd
#    define CV_GETPID _getpid
#else
#    include <unistd.h>
#    define CV_READ read
#    define CV_GETCWD getcwd
#    define CV_GETPID getpid
#endif

namespace {

long envNumber(const char *name, long fallback)
{
    const char *v = std::getenv(name);
    return (v && *v) ? std::strtol(v, nullptr, 10) : fallback;
}

std::string envString(const char *name)
{
    const char *v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

bool fileExists(const std::string &path)
{
    if (path.empty())
        return false;
    if (FILE *f = std::fopen(path.c_str(), "rb")) {
        std::fclose(f);
        return true;
    }
    return false;
}

// Whether to misbehave now; with CHATVOX_FAKE_PS_ONCE only the first time ever.
bool misbehave()
{
    const std::string once = envString("CHATVOX_FAKE_PS_ONCE");
    if (once.empty())
        return true;
    if (fileExists(once))
        return false;
    if (FILE *f = std::fopen(once.c_str(), "wb"))
        std::fclose(f);
    return true;
}

void appendFile(const std::string &path, const char *data, size_t size)
{
    if (path.empty())
        return;
    if (FILE *f = std::fopen(path.c_str(), "ab")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
}

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    return out + "\"";
}

std::string g_events; // FILE.events, or empty

// One line of what this process did, with wall-clock ms, for checks that cannot see our
// stderr (the Windows build under Wine).
void event(const std::string &what, const std::string &detail = std::string())
{
    if (g_events.empty())
        return;
    const long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    const std::string line = "{\"pid\":" + std::to_string(CV_GETPID()) + ",\"ms\":"
        + std::to_string(ms) + ",\"event\":\"" + what + "\",\"detail\":" + jsonString(detail)
        + "}\n";
    appendFile(g_events, line.data(), line.size());
}

void writeOut(const std::string &line)
{
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void writeErr(const std::string &line)
{
    std::fprintf(stderr, "%s\n", line.c_str());
    std::fflush(stderr);
}

// The integer after "key": in a JSON line, or -1.
long long numberAfter(const std::string &line, const char *key, size_t from = 0,
                      size_t *end = nullptr)
{
    const std::string pattern = std::string("\"") + key + "\":";
    const size_t at = line.find(pattern, from);
    if (at == std::string::npos)
        return -1;
    size_t i = at + pattern.size();
    long long value = 0;
    bool any = false;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
        value = value * 10 + (line[i] - '0');
        ++i;
        any = true;
    }
    if (end)
        *end = i;
    return any ? value : -1;
}

std::string stringAfter(const std::string &line, const char *key)
{
    const std::string pattern = std::string("\"") + key + "\":\"";
    const size_t at = line.find(pattern);
    if (at == std::string::npos)
        return {};
    const size_t start = at + pattern.size();
    const size_t stop = line.find('"', start);
    return stop == std::string::npos ? std::string() : line.substr(start, stop - start);
}

std::string scanCodes(const std::string &line)
{
    std::string out;
    size_t pos = 0;
    for (;;) {
        size_t end = 0;
        const long long scan = numberAfter(line, "scan", pos, &end);
        if (scan < 0)
            break;
        out += (out.empty() ? "" : " ") + std::to_string(scan);
        pos = end;
    }
    return out;
}

long long holdTime(const std::string &line)
{
    long long total = 0;
    long long steps = 0;
    size_t pos = 0;
    for (;;) {
        size_t end = 0;
        const long long hold = numberAfter(line, "holdMs", pos, &end);
        if (hold < 0)
            break;
        total += hold;
        ++steps;
        pos = end;
    }
    const long long gap = numberAfter(line, "gapMs");
    if (gap > 0 && steps > 1)
        total += gap * (steps - 1);
    return total;
}

void sleepMs(long long ms)
{
    if (ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

int main(int argc, char **argv)
{
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    const std::string record = envString("CHATVOX_FAKE_PS_RECORD");
    if (!record.empty())
        g_events = record + ".events";
    {
        char cwd[4096] = {0};
        if (!CV_GETCWD(cwd, sizeof cwd))
            cwd[0] = 0;
        std::string line = "{\"pid\":" + std::to_string(CV_GETPID()) + ",\"cwd\":" + jsonString(cwd)
            + ",\"argv\":[";
        for (int i = 0; i < argc; ++i)
            line += (i ? "," : "") + jsonString(argv[i]);
        line += "]}\n";
        if (!record.empty())
            appendFile(record + ".argv", line.data(), line.size());
    }

    const long hangAt = envNumber("CHATVOX_FAKE_PS_HANG_AT", 0);
    const long crashAt = envNumber("CHATVOX_FAKE_PS_CRASH_AT", 0);
    const long failAt = envNumber("CHATVOX_FAKE_PS_FAIL_AT", 0);
    const long delayMs = envNumber("CHATVOX_FAKE_PS_DELAY_MS", 0);
    const bool noise = envNumber("CHATVOX_FAKE_PS_NOISE", 0) != 0;
    bool hanging = false;

    if (envNumber("CHATVOX_FAKE_PS_NO_READY", 0) != 0 && misbehave()) {
        event("no ready line");
        hanging = true;
    } else {
        event("ready");
        writeOut("{\"ready\":true,\"version\":"
                 + std::to_string(envNumber("CHATVOX_FAKE_PS_VERSION", 1)) + "}");
    }

    std::string buffer;
    long requests = 0;
    char chunk[65536];
    for (;;) {
        const int n = int(CV_READ(0, chunk, sizeof chunk));
        if (n <= 0) {
            event("end of input");
            return 0; // end of input: host.ps1 exits too
        }
        appendFile(record, chunk, size_t(n));
        buffer.append(chunk, size_t(n));
        size_t nl;
        while ((nl = buffer.find('\n')) != std::string::npos) {
            std::string line = buffer.substr(0, nl);
            buffer.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (hanging || line.empty())
                continue;
            ++requests;
            const long long seq = numberAfter(line, "seq");
            const std::string op = stringAfter(line, "op");
            if (requests == crashAt && misbehave()) {
                event("crash", std::to_string(seq));
                writeErr("stand-in: crashing on request " + std::to_string(requests));
                std::exit(3);
            }
            if (requests == hangAt && misbehave()) {
                event("hang", std::to_string(seq));
                writeErr("stand-in: hanging on request " + std::to_string(requests));
                hanging = true;
                continue;
            }
            if (op == "keys") {
                event("holding", scanCodes(line));
                writeErr("stand-in: holding " + scanCodes(line));
                sleepMs(holdTime(line));
                event("released", scanCodes(line));
                writeErr("stand-in: released");
            } else if (op == "release") {
                event("release", scanCodes(line));
                writeErr("stand-in: release " + scanCodes(line));
            } else if (op == "script") {
                writeErr("stand-in: script " + stringAfter(line, "path"));
            }
            sleepMs(delayMs);
            if (noise)
                writeOut("WARNING: this line is not part of the protocol");
            if (seq < 0) {
                writeOut("{\"seq\":0,\"ok\":false,\"error\":\"no seq\"}");
            } else if (requests == failAt) {
                writeOut("{\"seq\":" + std::to_string(seq)
                         + ",\"ok\":false,\"error\":\"stand-in refused\"}");
            } else if (op != "keys" && op != "script" && op != "release" && op != "ping") {
                writeOut("{\"seq\":" + std::to_string(seq)
                         + ",\"ok\":false,\"error\":\"unknown op\"}");
            } else {
                writeOut("{\"seq\":" + std::to_string(seq) + ",\"ok\":true}");
                event("answered", std::to_string(seq));
            }
        }
    }
}
