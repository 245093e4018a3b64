import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AccessGuard } from './common/access.guard';
import { ClockModule } from './common/clock';
import { serializeRequest } from './common/log-redaction';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/config.schema';
import { dataSourceOptions } from './database/data-source-options';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { mailThrottler } from './mail/mail-throttle';
import { MailModule } from './mail/mail.module';
import { RoundsModule } from './rounds/rounds.module';
import { ModerationModule } from './moderation/moderation.module';
import { PrioritisationModule } from './prioritisation/prioritisation.module';
import { PrivacyModule } from './privacy/privacy.module';
import { PublicationModule } from './publication/publication.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { SeedModule } from './seed/seed.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { SynthesisModule } from './synthesis/synthesis.module';
import { WorkspacesModule } from './workspaces/workspaces.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webRoot = config.WEB_DIST_PATH;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage, res) => {
              const incoming = req.headers['x-request-id'];
              const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            serializers: {
              // no return codes, no route params, shortened client addresses
              req: serializeRequest,
            },
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
        DatabaseModule.forRoot(dataSourceOptions(config.DATABASE_URL, config.DB_POOL_SIZE)),
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'login-ip', ttl: 60_000, limit: config.LOGIN_LIMIT_PER_IP },
            {
              name: 'login-account',
              ttl: 15 * 60_000,
              limit: config.LOGIN_LIMIT_PER_ACCOUNT,
              getTracker: (req: Record<string, unknown>) => {
                const body = req['body'] as { email?: unknown } | undefined;
                return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : 'none';
              },
            },
            { name: 'submit', ttl: 60_000, limit: config.SUBMIT_LIMIT_PER_MINUTE },
            mailThrottler(config.MAIL_LIMIT_PER_HOUR),
          ],
        }),
        ...(webRoot && existsSync(webRoot)
          ? [
              ServeStaticModule.forRoot({
                rootPath: webRoot,
                exclude: ['/api/{*path}'],
                serveStaticOptions: { maxAge: '1h' },
              }),
            ]
          : []),
        ClockModule,
        HealthModule,
        JobsModule,
        AuditModule,
        AuthModule,
        WorkspacesModule,
        RoundsModule,
        SubmissionsModule,
        ModerationModule,
        SynthesisModule,
        PrioritisationModule,
        PrivacyModule,
        MailModule,
        PublicationModule,
        QuestionnairesModule,
        SeedModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
