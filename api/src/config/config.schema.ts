import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

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
  })
  .transform((c) => ({
    ...c,
    COOKIE_SECURE: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    JOBS_ENABLED: c.JOBS_ENABLED ?? true,
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
