import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import connectPgSimple from 'connect-pg-simple';
import express, { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import passport from 'passport';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CSRF_HEADER, SESSION_COOKIE } from './auth/session.service';
import { errorBody } from './common/api-exception.filter';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config.schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Everything between the HTTP server and the controllers; shared by main.ts and the integration tests. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const http = app as NestExpressApplication;
  http.set('trust proxy', config.TRUST_PROXY);
  http.disable('x-powered-by');
  app.setGlobalPrefix('api');

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': config.COOKIE_SECURE ? [] : null,
        },
      },
      strictTransportSecurity: config.COOKIE_SECURE,
    }),
  );

  app.use(express.json({ limit: '64kb' }));
  app.use(bodyErrorHandler);

  const pool = (app.get(DataSource).driver as PostgresDriver).master;
  const PgStore = connectPgSimple(session);
  // Sessions exist only for staff: participants are anonymous, so public routes skip the session
  // store, passport and the CSRF check entirely (also keeps the hot submit path lean).
  const staffPaths = ['/api/auth', '/api/staff'];
  app.use(
    staffPaths,
    session({
      name: SESSION_COOKIE,
      secret: config.SESSION_SECRET,
      store: new PgStore({
        pool,
        tableName: 'session',
        createTableIfMissing: false,
        pruneSessionInterval: 15 * 60,
      }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.COOKIE_SECURE,
        maxAge: config.SESSION_MAX_AGE_HOURS * 3600_000,
      },
    }),
  );
  app.use(staffPaths, passport.initialize(), passport.session(), csrfCheck);

  app.useGlobalPipes(createValidationPipe());

  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Inbreng API')
      .setDescription(
        'Participatory input and consultation: rounds, submissions, moderation, synthesis, prioritisation.',
      )
      .setVersion('0.1.0')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
}

function bodyErrorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!err) return next();
  const e = err as { type?: string; status?: number };
  const id = (req as Request & { id?: string }).id;
  if (e.type === 'entity.parse.failed') {
    res.status(400).json(errorBody(400, 'The request body is not valid JSON.', undefined, id));
  } else if (e.type === 'entity.too.large') {
    res.status(413).json(errorBody(413, 'The request body is too large (at most 64 kB).', undefined, id));
  } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    res.status(e.status).json(errorBody(e.status, 'The request body could not be read.', undefined, id));
  } else {
    next(err);
  }
}

/**
 * Synchronizer-token CSRF check: once a staff session exists, every state-changing request
 * must echo the session's token (the web app reads it from the XSRF-TOKEN cookie).
 */
function csrfCheck(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || !req.isAuthenticated?.()) return next();
  const expected = req.session?.csrfToken;
  const given = req.get(CSRF_HEADER);
  if (
    expected &&
    given &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  ) {
    return next();
  }
  res.status(403).json(errorBody(403, 'Missing or invalid CSRF token. Reload the page and try again.'));
}
