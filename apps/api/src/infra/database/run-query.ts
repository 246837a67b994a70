/** Runs one parameterised statement: a pg client's or a TypeORM manager's `query`, inside a transaction. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<unknown>;
