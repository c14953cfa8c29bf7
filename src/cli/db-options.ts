// --config / --db for the commands that read the database (findings, history, verify): never create one (app/stored.ts).
import { Command } from 'commander';

export interface DbOptions { config?: string; db?: string }

export function addDbOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', '配置文件（用其中的 database；默认当前目录的 fupin.config.json）')
    .option('--db <file>', '数据库文件（优先于配置文件）');
}
