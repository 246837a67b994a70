import 'reflect-metadata';
import { DataSource } from 'typeorm';

import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate); the app builds its own through TypeOrmModule. */
export default new DataSource(dataSourceOptions(loadAppConfig().db));
