// Used by the TypeORM CLI (`migration:generate`) during development only.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? ''));
