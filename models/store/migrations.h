#pragma once

#include "storeboundary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

namespace chairside::store {

// One step of the cache schema. Its statements run in one transaction together with the
// schema_version row that records it, so a failed step leaves the file as it was.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // Work SQL cannot do (folding names for the search index), after the statements and in
    // the same transaction; false with `error` set fails the step.
    std::function<bool(QSqlDatabase &db, QString *error)> then;
};

// The schema this build writes and reads.
const QList<Migration> &cacheMigrations();
int currentSchemaVersion();

// Applies migrations to a database; used by Cache::open and by tests with their own lists.
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations)) {}

    // 0 for an empty database; -1 and an error when the version cannot be read.
    [[nodiscard]] int installedVersion(QSqlDatabase &db, QString *error) const;
    [[nodiscard]] int latestVersion() const;
    // Applies every migration above the installed version up to targetVersion (-1 = latest),
    // each recorded as applied at `nowUtc`.
    [[nodiscard]] bool migrate(QSqlDatabase &db, const QDateTime &nowUtc, QString *error, int targetVersion = -1) const;

private:
    QList<Migration> m_migrations;
};

} // namespace chairside::store
