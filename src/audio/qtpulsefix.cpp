#include "qtpulsefix.h"

#include "audio/logging.h"

// Qt 6.4's PulseAudio sink (QPulseAudioSink::write(), qtmultimedia before 6.5.2, commit
// b9ad88ce3) returns without pa_threaded_mainloop_unlock() when pa_stream_begin_write() fails,
// which it does when the stream died (device removed, stream killed) after the caller's last
// bytesFree() check. The GUI thread then keeps the sound server's recursive lock: PulseAudio's
// thread stops, and the next QAudioSink::start() waits for it forever inside
// pa_threaded_mainloop_wait(). No public Qt API reaches that lock, so this file puts itself in
// front of two libpulse functions (the executable's definitions win, see CMakeLists.txt):
// pa_threaded_mainloop_lock() notes which mainloop this thread locked last, and a failing
// pa_stream_begin_write() called from Qt Multimedia gives that lock back, as Qt 6.5.2 does.

#include <QLibraryInfo>
#include <QVersionNumber>

#if defined(Q_OS_LINUX)

#    include <cstring>
#    include <dlfcn.h>

struct pa_stream;
struct pa_threaded_mainloop;

namespace {

using LockFn = void (*)(pa_threaded_mainloop *);
using BeginWriteFn = int (*)(pa_stream *, void **, size_t *);

thread_local pa_threaded_mainloop *t_lastLocked = nullptr;

template<typename Fn> Fn next(const char *name)
{
    return reinterpret_cast<Fn>(dlsym(RTLD_NEXT, name));
}

// Whether the code at address belongs to Qt Multimedia (whose PulseAudio backend is built in).
bool inQtMultimedia(const void *address)
{
    Dl_info info{};
    return dladdr(address, &info) != 0 && info.dli_fname
        && std::strstr(info.dli_fname, "libQt6Multimedia") != nullptr;
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) void pa_threaded_mainloop_lock(pa_threaded_mainloop *m)
{
    static const auto real = next<LockFn>("pa_threaded_mainloop_lock");
    real(m);
    t_lastLocked = m;
}

__attribute__((visibility("default"))) int pa_stream_begin_write(pa_stream *p, void **data,
                                                                 size_t *nbytes)
{
    static const auto real = next<BeginWriteFn>("pa_stream_begin_write");
    const int result = real(p, data, nbytes);
    if (result < 0 && t_lastLocked && chatvox::qtPulseLockFixActive()
        && inQtMultimedia(__builtin_return_address(0))) {
        static const auto unlock = next<LockFn>("pa_threaded_mainloop_unlock");
        unlock(t_lastLocked);
        qCDebug(chatvox::lcAudio) << "gave back the PulseAudio lock Qt kept after a failed write";
    }
    return result;
}

} // extern "C"

namespace chatvox {

bool qtPulseLockFixActive()
{
    static const bool affected = QLibraryInfo::version() < QVersionNumber(6, 5, 2);
    return affected;
}

} // namespace chatvox

#else

namespace chatvox {

bool qtPulseLockFixActive()
{
    return false;
}

} // namespace chatvox

#endif
