using Konbit.Audit;
using Microsoft.EntityFrameworkCore;

namespace Konbit.Data;

public sealed class SqliteKonbitDb(DbContextOptions<SqliteKonbitDb> options, Actor actor) : KonbitDb(options, actor);

public sealed class PostgresKonbitDb(DbContextOptions<PostgresKonbitDb> options, Actor actor) : KonbitDb(options, actor);
