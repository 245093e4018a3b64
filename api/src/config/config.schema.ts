import { z } from 'zod';
import { parseMailUrl, type MailTransportSpec } from './mail-url';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
/** An empty value counts as not set (`MAIL_URL=` switches e-mail off). */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

/** Every setting the API reads; `.env.example` lists the same keys. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    SESSION_SECRET: z
      .string()
      .min(16, 'SESSION_SECRET must be at least 16 characters')
      .default('inbreng-development-session-secret'),
    SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(8),
    COOKIE_SECURE: bool.optional(),
    TRUST_PROXY: z.string().default('loopback'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST_PATH: z.string().optional(),
    SEED_DEMO: bool.optional(),
    LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
    LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    /** Keys the HMACs behind return codes and access codes; all replicas need the same value. */
    RETURN_CODE_SECRET: z
      .string()
      .min(16, 'RETURN_CODE_SECRET must be at least 16 characters')
      .default('inbreng-development-return-code-secret'),
    /** Submissions per client per minute (a school class may share one address). */
    SUBMIT_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    /** Background jobs (clustering, retention) in PostgreSQL via pg-boss; off only for special tools. */
    JOBS_ENABLED: bool.optional(),
    /**
     * Where the optional return-code e-mail goes: smtp(s)://user:pass@host:port, or file:<dir> to write .eml
     * files (development, e2e). Not set: participants are not offered the e-mail.
     */
    MAIL_URL: optionalString.transform((v, ctx): MailTransportSpec | null => {
      if (v === undefined) return null;
      try {
        return parseMailUrl(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    }),
    MAIL_FROM: z.string().min(3).default('Inbreng <no-reply@localhost>'),
    /** The address participants use; the e-mail links to its /mijn-inbreng page. */
    PUBLIC_BASE_URL: optionalString.pipe(
      z
        .string()
        .regex(
          /^https?:\/\/[^\s/?#]+[^\s?#]*$/,
          'PUBLIC_BASE_URL must be an http(s) address like https://inbreng.example.org',
        )
        .optional(),
    ),
    /** E-mail requests per client per hour (a school class may share one address). */
    MAIL_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(60),
    /** First retry of a failed send after this many seconds, doubling each time (5 attempts in all). */
    MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(30),
    /** Clustering in a worker thread (default), so a large run never blocks requests; `false` runs it inline. */
    CLUSTER_WORKER: bool.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.MAIL_URL && !c.PUBLIC_BASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_BASE_URL'],
        message: 'set PUBLIC_BASE_URL (the address participants use) when MAIL_URL is set in production',
      });
    }
  })
  .transform((c) => ({
    ...c,
    PUBLIC_BASE_URL: (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    COOKIE_SECURE: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    JOBS_ENABLED: c.JOBS_ENABLED ?? true,
    CLUSTER_WORKER: c.CLUSTER_WORKER ?? true,
    SEED_DEMO: c.NODE_ENV === 'production' ? false : (c.SEED_DEMO ?? true),
  }))
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.SESSION_SECRET === 'inbreng-development-session-secret') {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'set your own SESSION_SECRET in production',
      });
    }
    if (c.NODE_ENV === 'production' && c.RETURN_CODE_SECRET === 'inbreng-development-return-code-secret') {
      ctx.addIssue({
        code: 'custom',
        path: ['RETURN_CODE_SECRET'],
        message: 'set your own RETURN_CODE_SECRET in production',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

/** Participants are offered the e-mail only when it can be sent: a transport and a running job queue. */
export function mailEnabled(config: Pick<AppConfig, 'MAIL_URL' | 'JOBS_ENABLED'>): boolean {
  return config.MAIL_URL !== null && config.JOBS_ENABLED;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'config'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
