// The Neo4j store's plumbing: one driver per process, the schema applied once, transaction functions with
// explicit read/write routing (so a neo4j:// cluster sends reads to followers), errors translated, and the
// published generation every read works on, with the revision that follows it.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { cypher, cypherStatements } from '../../neo4j-model/cypher-library';
import type { Neo4jConfig } from './neo4j-config';
import { capacityLimit, translateNeo4jError } from './neo4j-errors';
import { adoptUngeneratedData, publishedGeneration } from './neo4j-generations';

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;
/** Work on the published generation (null before the first import: every query then finds nothing). */
export type PublishedWork<T> = (tx: ManagedTransaction, generation: string | null) => Promise<T>;

/** A reader who finds the generation changed under it tries again this often before giving up. */
const READ_ATTEMPTS = 4;

/** The data was republished while it was read, so what was read may mix two generations. */
export class DataChangedError extends Error {
  constructor() {
    super('the data was replaced by an import while it was being read; try again');
    this.name = 'DataChangedError';
  }
}

export class Neo4jConnection {
  private readonly driver: Driver;
  private readonly config: Neo4jConfig;
  private readonly revisionPollMs: number;
  /** Run once the schema is in place (the store removes leftovers of dead imports then). */
  private readonly onSchemaReady: () => void;
  /** Applied once per process, retried on the next call when Neo4j was not there yet. */
  private schema: Promise<void> | undefined;
  private knownGeneration: string | null | undefined;
  private revisionNumber = 0;
  private watcher: NodeJS.Timeout | undefined;

  constructor(config: Neo4jConfig, revisionPollMs: number, onSchemaReady: () => void) {
    this.config = config;
    this.revisionPollMs = revisionPollMs;
    this.onSchemaReady = onSchemaReady;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      // Fail fast while Neo4j is down, so a request gets its 503 in seconds, not after a minute.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      userAgent: 'knooppunt',
    });
  }

  /**
   * Changes when the published generation does, whoever published it: this process's imports bump it at
   * once, other processes' within `revisionPollMs` (the generation is looked up in the background while
   * anybody asks for the revision).
   */
  revision(): number {
    this.watch();
    return this.revisionNumber;
  }

  private watch(): void {
    if (this.watcher !== undefined) return;
    this.watcher = setInterval(() => {
      this.read(publishedGeneration).then(
        (generation) => this.observe(generation),
        () => undefined, // Neo4j away: the requests themselves report it.
      );
    }, this.revisionPollMs);
    this.watcher.unref();
  }

  /**
   * Records the published generation seen; a new one is a new revision. The first one seen is what the
   * starting revision stands for: every read of a generation observes it, so an answer computed before any
   * was known was computed from that first one (bumping here made the first answers of a fresh server
   * uncacheable: they were kept under the revision they started with, already out of date).
   */
  observe(generation: string | null): void {
    if (generation === this.knownGeneration) return;
    const first = this.knownGeneration === undefined;
    this.knownGeneration = generation;
    if (!first) this.revisionNumber += 1;
  }

  translate(error: unknown): unknown {
    return translateNeo4jError(error, this.config);
  }

  session(mode: 'READ' | 'WRITE', fetchSize?: number): Session {
    return this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.config.database ? { database: this.config.database } : {}),
      ...(fetchSize ? { fetchSize } : {}),
    });
  }

  async ensureSchema(): Promise<void> {
    this.schema ??= this.withSession(async (session) => {
      const statements = ['schema/retired', 'schema/constraints', 'schema/indexes'].flatMap((name) => cypherStatements(name));
      for (const statement of statements) await session.run(statement);
      await session.run(cypher('schema/await-indexes'));
      await adoptUngeneratedData(session);
      this.onSchemaReady();
    }).catch((error: unknown) => {
      this.schema = undefined;
      throw error;
    });
    return this.schema;
  }

  /** A session of its own, for auto-commit transactions (`CALL … IN TRANSACTIONS`); errors translated. */
  async withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await work(session);
    } catch (error) {
      throw this.translate(error);
    } finally {
      await session.close();
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', work: Work<T>): Promise<T> {
    try {
      await this.ensureSchema();
      const session = this.session(mode);
      // Neo4j calls its memory limits transient, so the driver would retry them; they rarely pass on a
      // second try, so they leave the transaction function as errors the driver does not retry.
      const guarded: Work<T> = (tx) =>
        work(tx).catch((error: unknown) => {
          throw capacityLimit(error) ? this.translate(error) : error;
        });
      try {
        return mode === 'READ' ? await session.executeRead(guarded) : await session.executeWrite(guarded);
      } finally {
        await session.close();
      }
    } catch (error) {
      throw this.translate(error);
    }
  }

  read<T>(work: Work<T>): Promise<T> {
    return this.run('READ', work);
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.run('WRITE', work);
  }

  /**
   * Reads the published generation. Neo4j reads what is committed, so a reader still on the generation an
   * import has just retired could see it half removed; the generation is checked again at the end, and a
   * read that saw it change is done again on the new one.
   */
  async readCurrent<T>(work: PublishedWork<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.read(async (tx) => {
        const before = await publishedGeneration(tx);
        const value = await work(tx, before);
        return { before, after: await publishedGeneration(tx), value };
      });
      this.observe(outcome.after);
      if (outcome.before === outcome.after) return outcome.value;
      if (attempt === READ_ATTEMPTS) throw new DataChangedError();
    }
  }

  async close(): Promise<void> {
    if (this.watcher !== undefined) clearInterval(this.watcher);
    await this.driver.close();
  }
}
