import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { migrateLocked } from './schema-tools';
import { DataSource, DataSourceOptions } from 'typeorm';

/**
 * Provides the one TypeORM DataSource (migrated on start). A thin module of our own instead of
 * @nestjs/typeorm, whose TypeORM-1-compatible release ships ES modules only, which Jest cannot load.
 */
@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DataSourceOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          useFactory: async () => {
            const dataSource = await new DataSource(options).initialize();
            await migrateLocked(dataSource);
            return dataSource;
          },
        },
        DataSourceCloser,
      ],
      exports: [DataSource],
    };
  }
}
