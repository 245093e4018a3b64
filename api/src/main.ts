import type { Server } from 'node:http';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config.schema';
import { configureApp } from './configure-app';
import { pendingSchemaChanges, runMigrations } from './database/schema-tools';
import { DemoSeedService } from './seed/demo-seed.service';

async function serve(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureApp(app, config);
  const seeder = app.get(DemoSeedService);
  await seeder.assertNoDemoPasswords();
  await seeder.seedIfEmpty();
  // Close the HTTP server and the database pool, then exit 0 (so profilers and supervisors see a clean stop).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen(config.PORT, config.HOST);
  // Keep idle keep-alive sockets open longer than clients and proxies do (commonly 60 s); with Node's default of
  // 5 s a client could send on a socket the server was just closing and get ECONNRESET.
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  process.stdout.write(`Inbreng API listening on port ${config.PORT}\n`);
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  if (command === 'serve') return serve();
  const url = loadConfig().DATABASE_URL;
  if (command === 'migrate') {
    const applied = await runMigrations(url);
    process.stdout.write(
      applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database is up to date.\n',
    );
    return;
  }
  if (command === 'schema-check') {
    const pending = await pendingSchemaChanges(url);
    if (pending.length) {
      process.stderr.write(
        `Entities and migrations disagree; a migration is missing for:\n${pending.join(';\n')}\n`,
      );
      process.exit(1);
    }
    process.stdout.write('Entities and migrations agree.\n');
    return;
  }
  throw new ConfigError(`Unknown command "${command}" (use serve, migrate or schema-check).`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
