/**
 * Collects the keys asked for in one tick and loads them with one query: the gateway sends
 * `_entities` with many representations, and each would otherwise be its own round trip.
 */
export function batchLoader<K, V>(load: (keys: K[]) => Promise<Map<K, V>>): (key: K) => Promise<V | undefined> {
  let pending: Array<{ key: K; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }> = [];
  return (key) => new Promise((resolve, reject) => {
    if (pending.length === 0) {
      process.nextTick(async () => {
        const batch = pending;
        pending = [];
        try {
          const found = await load([...new Set(batch.map((p) => p.key))]);
          for (const p of batch) p.resolve(found.get(p.key));
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      });
    }
    pending.push({ key, resolve, reject });
  });
}

/** One loader per request context, created on first use. */
export function perRequest<C extends object, L>(create: (ctx: C) => L): (ctx: C) => L {
  const loaders = new WeakMap<C, L>();
  return (ctx) => {
    let loader = loaders.get(ctx);
    if (!loader) loaders.set(ctx, (loader = create(ctx)));
    return loader;
  };
}

/**
 * Lists of child rows per parent id (a household's residents, a case's signals): for every parent
 * asked for in one tick, one `load` of all their children, unless the children were read with
 * their parents in the same request (`prime`). `order` sorts each list, loaded or primed.
 */
export function childLists<C extends object, T>(load: (ctx: C, parentIds: string[]) => Promise<T[]>, parentOf: (child: T) => string, order?: (a: T, b: T) => number) {
  const primed = new WeakMap<C, Map<string, T[]>>();
  const loaded = perRequest((ctx: C) => batchLoader(async (ids: string[]) => {
    const lists = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const child of await load(ctx, ids)) lists.get(parentOf(child))?.push(child);
    if (order) for (const list of lists.values()) list.sort(order);
    return lists;
  }));
  return {
    prime(ctx: C, byParent: Array<[string, T[]]>): void {
      const known = primed.get(ctx) ?? new Map<string, T[]>();
      for (const [parentId, children] of byParent) known.set(parentId, order ? children.sort(order) : children);
      primed.set(ctx, known);
    },
    async of(ctx: C, parentId: string): Promise<T[]> {
      return primed.get(ctx)?.get(parentId) ?? (await loaded(ctx)(parentId)) ?? [];
    },
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can match nothing, so it never reaches SQL. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

/** A PostgreSQL array literal of UUIDs for `= any(?::uuid[])` (the query builder would spread a JS array). */
export function uuidArray(ids: string[]): string {
  if (!ids.every(isUuid)) throw new Error('Not a list of UUIDs');
  return `{${ids.join(',')}}`;
}
