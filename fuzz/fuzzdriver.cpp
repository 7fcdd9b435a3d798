// Runs a fuzz target without libFuzzer: every seed file as it is, then random mutations of
// the seeds (bytes flipped, inserted, removed, repeated; pieces of two seeds spliced; cut
// short), reproducible from --seed.
//   chairside-fuzz-NAME [--runs N] [--seconds S] [--seed K] FILE_OR_DIR...
#include "fuzztarget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <random>

namespace {

QByteArray mutate(const QList<QByteArray> &seeds, std::mt19937_64 &rng)
{
    auto pick = [&](qsizetype n) { return qsizetype(rng() % quint64(std::max<qsizetype>(1, n))); };
    QByteArray b = seeds.at(pick(seeds.size()));
    const int steps = 1 + int(rng() % 8);
    static const char *const tokens[] = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999",
                                         "<", ">", "</", "/>", "&amp;", "<!DOCTYPE x>", "\\u0000", "\xff"};
    for (int s = 0; s < steps; ++s) {
        switch (rng() % 7) {
        case 0:
            if (!b.isEmpty())
                b[pick(b.size())] = char(rng());
            break;
        case 1:
            b.insert(pick(b.size() + 1), tokens[rng() % (sizeof tokens / sizeof *tokens)]);
            break;
        case 2:
            if (!b.isEmpty())
                b.remove(pick(b.size()), 1 + pick(16));
            break;
        case 3:
            if (!b.isEmpty()) {
                const qsizetype at = pick(b.size());
                b.insert(at, b.mid(at, 1 + pick(64)));
            }
            break;
        case 4: {
            const QByteArray &other = seeds.at(pick(seeds.size()));
            b = b.left(pick(b.size() + 1)) + other.mid(pick(other.size() + 1));
            break;
        }
        case 5:
            b.truncate(pick(b.size() + 1));
            break;
        default:
            if (!b.isEmpty())
                b[pick(b.size())] = char(b.at(pick(b.size())) ^ (1 << (rng() % 8)));
            break;
        }
    }
    return b;
}

} // namespace

int main(int argc, char *argv[])
{
    qint64 runs = 10000;
    double seconds = 0;
    quint64 seed = 1;
    QList<QByteArray> seeds;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::atoll(argv[++i]);
        } else if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
        } else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else {
            const QFileInfo info(QString::fromLocal8Bit(argv[i]));
            const QStringList files = info.isDir()
                    ? QStringList(QDir(info.filePath()).entryList(QDir::Files, QDir::Name))
                    : QStringList{info.fileName()};
            for (const QString &name : files) {
                QFile f((info.isDir() ? info.filePath() : info.path()) + QLatin1Char('/') + name);
                if (f.open(QIODevice::ReadOnly))
                    seeds.append(f.readAll());
            }
        }
    }
    if (seeds.isEmpty())
        seeds.append(QByteArray());
    for (const QByteArray &s : std::as_const(seeds))
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(s.constData()), size_t(s.size()));
    std::mt19937_64 rng(seed);
    QElapsedTimer t;
    t.start();
    qint64 done = 0;
    while (seconds > 0 ? t.elapsed() < qint64(seconds * 1000) : done < runs) {
        const QByteArray input = mutate(seeds, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        ++done;
    }
    std::printf("%lld inputs (%lld seeds) in %.1f s, seed %llu: no crash\n", static_cast<long long>(done + seeds.size()),
                static_cast<long long>(seeds.size()), double(t.elapsed()) / 1000, static_cast<unsigned long long>(seed));
    return 0;
}
