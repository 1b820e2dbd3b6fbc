#pragma once

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QTest>

// QTEST_GUILESS_MAIN for tests that use Qt Multimedia's PulseAudio backend. Qt 6.4's PulseAudio
// engine is a global static whose destructor unrefs its context without the mainloop lock,
// racing the mainloop thread: libpulse then aborts at exit about one run in ten, failing a test
// that passed. Once the test object is gone, leave without running library destructors (as
// src/main.cpp does).
#ifdef Q_OS_LINUX
#    define CHATVOX_TEST_EXIT(code)                                                                \
        do {                                                                                       \
            std::fflush(stdout);                                                                   \
            std::fflush(stderr);                                                                   \
            std::_Exit(code);                                                                      \
        } while (false)
#else
#    define CHATVOX_TEST_EXIT(code) return code
#endif

#define CHATVOX_AUDIO_TEST_MAIN(TestObject)                                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        int rc = 0;                                                                                \
        {                                                                                          \
            QCoreApplication app(argc, argv);                                                      \
            TestObject tc;                                                                         \
            QTEST_SET_MAIN_SOURCE_PATH                                                             \
            rc = QTest::qExec(&tc, argc, argv);                                                    \
        }                                                                                          \
        CHATVOX_TEST_EXIT(rc);                                                                     \
    }
