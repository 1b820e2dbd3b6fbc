// main() of a fuzz target's replay build: runs LLVMFuzzerTestOneInput once on every file given
// (directories are walked recursively), so the seed corpus and every input that once crashed
// stay in the normal test suite without libFuzzer. Exit 0 when all ran; a finding aborts.

#include "fuzzsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else if (QFileInfo::exists(path)) {
            files << path;
        }
    }
    files.sort(); // the same order on every run
    if (files.isEmpty()) {
        std::fprintf(stderr, "no input files: a corpus folder is missing or empty\n");
        return 1;
    }
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        // Printed first: when an input aborts, the last name printed is the culprit.
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(name), qlonglong(bytes.size()));
        std::fflush(stderr);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
    }
    std::fprintf(stderr, "%lld inputs replayed, no finding\n", qlonglong(files.size()));
    return 0;
}
