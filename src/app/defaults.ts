// Where the database is when no --db is given: the config's `database`, else ./fupin.db.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load.js';

export const DEFAULT_CONFIG = 'fupin.config.json';

/** An explicit --config must exist (loadConfig says so, exit 2); the default one is used only when present. */
export function resolveDbPath(cwd: string, db?: string, configFile?: string): string {
  if (db) return path.resolve(cwd, db);
  const cfgPath = path.resolve(cwd, configFile ?? DEFAULT_CONFIG);
  if (configFile !== undefined || fs.existsSync(cfgPath)) {
    const { config, dir } = loadConfig(cfgPath);
    return path.resolve(dir, config.database);
  }
  return path.resolve(cwd, 'fupin.db');
}
