/**
 * A small typed in-process event bus. `publish` runs after a commit: every subscriber runs in
 * turn, and a subscriber's failure is logged, never thrown back at the request that acted.
 * `publishIn` runs inside a transaction, for the few cross-module rules that must hold
 * atomically; a participant's failure rolls the transaction back. Cross-process delivery (live
 * events) rides the scale fan-out, which subscribes here and republishes with `deliverFromPeer`.
 */
import type { DomainEvents, TransactionalEvents, UnitOfWork } from './domain-events.ts';

/** Where subscriber failures are logged (a Fastify logger fits). */
export interface EventLog {
  /** Logs an error with structured details. */
  error(details: Record<string, unknown>, message: string): void;
}

/** Reacts to a domain event after commit. */
export type Subscriber<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => void | Promise<void>;
/** Takes part in a unit of work before commit. */
export type Participant<K extends keyof TransactionalEvents> = (
  trx: UnitOfWork,
  payload: TransactionalEvents[K],
) => Promise<void>;

/** The event bus of one app. */
export class EventBus {
  readonly #subscribers = new Map<keyof DomainEvents, Subscriber<never>[]>();
  readonly #participants = new Map<keyof TransactionalEvents, Participant<never>[]>();
  readonly #log: EventLog;

  /** A bus that logs subscriber failures to `log`. */
  constructor(log: EventLog) {
    this.#log = log;
  }

  /** Subscribes to an event published after commit; returns the unsubscribe function. */
  on<K extends keyof DomainEvents>(type: K, subscriber: Subscriber<K>): () => void {
    const list = this.#subscribers.get(type) ?? [];
    list.push(subscriber as Subscriber<never>);
    this.#subscribers.set(type, list);
    return () => {
      const at = list.indexOf(subscriber as Subscriber<never>);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Takes part in the transactions that publish `type`. */
  participate<K extends keyof TransactionalEvents>(type: K, participant: Participant<K>): void {
    const list = this.#participants.get(type) ?? [];
    list.push(participant as Participant<never>);
    this.#participants.set(type, list);
  }

  /** Tells every subscriber, in subscription order; failures are logged and do not propagate. */
  async publish<K extends keyof DomainEvents>(type: K, payload: DomainEvents[K]): Promise<void> {
    for (const subscriber of this.#subscribers.get(type) ?? []) {
      try {
        await (subscriber as Subscriber<K>)(payload);
      } catch (error) {
        this.#log.error({ err: error, event: type }, 'domain event subscriber failed');
      }
    }
  }

  /** Runs every participant inside `trx`; the first failure propagates (and rolls back). */
  async publishIn<K extends keyof TransactionalEvents>(
    trx: UnitOfWork,
    type: K,
    payload: TransactionalEvents[K],
  ): Promise<void> {
    for (const participant of this.#participants.get(type) ?? []) {
      await (participant as Participant<K>)(trx, payload);
    }
  }
}
