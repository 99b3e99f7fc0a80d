/** What this needs of a `pg` pool and its clients (the schema package does not depend on `pg`). */
interface PoolClient {
  release(err?: Error | boolean): void;
  on(event: 'error' | 'end', listener: (err?: Error) => void): unknown;
  once(event: 'end', listener: (err?: Error) => void): unknown;
  off(event: 'error' | 'end', listener: (err?: Error) => void): unknown;
}
interface Pool {
  connect(): Promise<PoolClient>;
}

/**
 * Gives the pool back a connection the server dropped while it was checked out.
 *
 * When PostgreSQL ends a session in the middle of a transaction (failover, restart, an
 * operator's pg_terminate_backend), the query fails, the ORM asks for a rollback, the rollback
 * fails on the dead socket, and the query builder never releases the connection: one pool slot
 * is lost for good, and after as many drops as the pool is big every request waits forever.
 * Here each checked-out client releases itself, with the error (so the pool discards it), the
 * moment its connection errors or ends; a later release by its holder is a no-op.
 */
export function guardPool(pool: Pool): void {
  const connect = pool.connect.bind(pool);
  pool.connect = async () => guardClient(await connect());
}

function guardClient(client: PoolClient): PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const lost = (err?: Error) => finish(err ?? new Error('the database connection ended while in use'));
  function finish(err?: Error | boolean): void {
    if (released) return;
    released = true;
    client.off('error', lost);
    client.off('end', lost);
    release(err);
  }
  client.on('error', lost);
  client.once('end', lost);
  client.release = finish;
  return client;
}
