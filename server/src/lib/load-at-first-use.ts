/**
 * CommonJS libraries that only some deployments need (PostgreSQL, Redis, SMTP), loaded the first
 * time they are used instead of at start-up: each costs megabytes of memory and tens of
 * milliseconds of start-up in every process, SQLite-only installs included (issue #20). `require`
 * is synchronous, so code paths that cannot await (opening the database) can use them too; Node
 * caches the module, so calling a loader again costs nothing.
 */
import { createRequire } from 'node:module';
import type * as IoRedis from 'ioredis';
import type Nodemailer from 'nodemailer';
import type Pg from 'pg';

const require = createRequire(import.meta.url);

/** `pg`, the PostgreSQL driver. */
export const loadPg = (): typeof Pg => require('pg');
/** `ioredis`, the Redis client. */
export const loadIoredis = (): typeof IoRedis => require('ioredis');
/** `nodemailer`, which builds and sends the messages. */
export const loadNodemailer = (): typeof Nodemailer => require('nodemailer');
