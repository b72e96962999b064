import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { cipherExtension, type PersonalDataCipher } from './personal-data-cipher';
import { RowBinding } from './row-binding';

/** What a subgraph owns in the one database: its own schema, entities and migrations. */
export interface SubgraphDatabase {
  schema: string;
  entities: Function[];
  migrations: MigrationObject[];
}

/** `cipher` decrypts and encrypts the entities' `Encrypted` columns. */
export async function openOrm(databaseUrl: string, db: SubgraphDatabase, poolMax = 5, cipher?: PersonalDataCipher): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    schema: db.schema,
    entities: db.entities,
    extensions: [Migrator],
    migrations: { migrationsList: db.migrations, tableName: `${db.schema}.mikro_orm_migrations`, snapshot: false, silent: true },
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolMax },
    allowGlobalContext: false,
    debug: false,
    subscribers: cipher ? [new RowBinding(cipher)] : [],
  });
  if (cipher) orm.config.registerExtension(cipherExtension, () => cipher);
  return orm;
}

/** Applies the subgraph's committed migrations; never synchronises a schema from entities. */
export async function migrateSubgraph(databaseUrl: string, db: SubgraphDatabase): Promise<string[]> {
  const orm = await openOrm(databaseUrl, db, 1);
  try {
    return (await orm.getMigrator().up()).map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

export type { EntityManager };
