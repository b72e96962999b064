import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphNames } from '../../config';
import { subgraphs } from '../../subgraphs';
import { migrateDatabase } from '../../subgraphs/migrate';
import { openOrm } from '../../subgraphs/shared/db';
import { createTestDatabase } from '../support/database';

describe('the committed migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDatabase(database.databaseUrl);
  });
  afterAll(() => database.drop());

  // MikroORM's schema diff (getUpdateSchemaSQL) also reports names of indexes and constraints the
  // migrations chose and check constraints it would add for enums; what must agree is what the ORM
  // reads and writes: every column of every entity, its type and whether it may be null.
  it.each(subgraphNames.filter((name) => subgraphs[name].database.entities.length > 0))('build the tables the %s entities read and write', async (name) => {
    const definition = subgraphs[name].database;
    const orm = await openOrm(database.databaseUrl, definition, 1);
    try {
      const columns = new Map((await orm.em.getConnection().execute<ColumnRow[]>(
        `select table_name, column_name, data_type, is_nullable = 'YES' as nullable, column_default is not null or is_generated = 'ALWAYS' as defaulted
           from information_schema.columns where table_schema = ?`, [definition.schema])).map((c) => [`${c.table_name}.${c.column_name}`, c]));
      const mismatches: string[] = [];
      const mapped = new Set<string>();
      for (const meta of Object.values(orm.getMetadata().getAll())) {
        for (const prop of meta.props.filter((p) => p.persist !== false)) {
          const key = `${meta.tableName}.${prop.fieldNames[0]}`;
          mapped.add(key);
          const column = columns.get(key);
          if (!column) mismatches.push(`${key}: no such column`);
          else if (!sameType(prop.columnTypes[0], column.data_type)) mismatches.push(`${key}: entity ${prop.columnTypes[0]}, table ${column.data_type}`);
          else if (Boolean(prop.nullable) !== column.nullable) mismatches.push(`${key}: entity ${prop.nullable ? '' : 'not '}nullable, table ${column.nullable ? '' : 'not '}nullable`);
        }
      }
      const tables = new Set(Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName));
      for (const [key, column] of columns) {
        if (tables.has(column.table_name) && !mapped.has(key) && !column.nullable && !column.defaulted) mismatches.push(`${key}: required, but no entity writes it`);
      }
      expect(mismatches).toEqual([]);
      expect(mapped.size).toBeGreaterThanOrEqual(tables.size);
    } finally {
      await orm.close(true);
    }
  });

  it('are frozen: they import nothing of the live application', () => {
    const root = join(__dirname, '..', '..', 'subgraphs');
    const imports = subgraphNames.flatMap((name) => {
      const folder = join(root, name, 'migrations');
      return readdirSync(folder).flatMap((file) =>
        [...readFileSync(join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${name}/migrations/${file}: ${m[1]}`));
    });
    expect(imports.filter((line) => !line.endsWith(': @mikro-orm/migrations'))).toEqual([]);
    expect(imports.length).toBeGreaterThanOrEqual(subgraphNames.length);
  });

  it('are each a file of their own subgraph: what a subgraph runs is the class its migrations/ file of that name exports', () => {
    const root = join(__dirname, '..', '..', 'subgraphs');
    const strays = subgraphNames.flatMap((name) => subgraphs[name].database.migrations.flatMap(({ name: migration, class: runs }) => {
      const file = join(root, name, 'migrations', `${migration}.ts`);
      if (!existsSync(file)) return [`${name}: ${migration} has no file in migrations/`];
      return require(file)[migration] === runs ? [] : [`${name}: ${migration} runs another class than its file exports`];
    }));
    expect(strays).toEqual([]);
    // And no file is left out: every file in migrations/ is run.
    for (const name of subgraphNames) {
      const files = readdirSync(join(root, name, 'migrations')).map((file) => file.replace(/\.ts$/, '')).sort();
      expect(subgraphs[name].database.migrations.map((m) => m.name).sort()).toEqual(files);
    }
  });
});

interface ColumnRow { table_name: string; column_name: string; data_type: string; nullable: boolean; defaulted: boolean }

const typeFamilies: Record<string, string[]> = {
  uuid: ['uuid'], text: ['text', 'character varying'], int: ['integer'], smallint: ['smallint'], boolean: ['boolean'],
  date: ['date'], timestamptz: ['timestamp with time zone'], jsonb: ['jsonb'], float8: ['double precision'],
};

function sameType(entityType: string, tableType: string): boolean {
  const family = entityType.startsWith('varchar') ? 'text' : entityType;
  return (typeFamilies[family] ?? [family]).includes(tableType);
}
