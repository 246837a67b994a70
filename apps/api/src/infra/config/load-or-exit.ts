import { AppConfig, loadAppConfig } from './app-config';
import { ConfigError } from './config.schema';

/** For entry points: the configuration, or a list of every bad key and exit code 78 (EX_CONFIG). */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadAppConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(78);
    }
    throw error;
  }
}
