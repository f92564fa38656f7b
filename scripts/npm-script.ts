import { spawnSync } from 'node:child_process';

/**
 * Runs `npm run <script>` in the foreground and returns its exit code. Uses the npm that started us
 * (npm_execpath) when there is one, so Windows needs no shell to find npm.cmd.
 */
export function runNpmScript(script: string, cwd: string): number {
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', script], { cwd, stdio: 'inherit' })
    : spawnSync('npm', ['run', script], { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
