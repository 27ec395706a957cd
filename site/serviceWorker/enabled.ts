/**
 * Whether this build ships the offline worker: yes, unless `SERVICE_WORKER=off`, which ships a
 * worker that removes it instead (site/serviceWorker/switchedOff.ts) and leaves the pages' registration out.
 */
export function offlineWorkerEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const setting = env['SERVICE_WORKER']?.trim().toLowerCase() ?? ''
  if (setting === '' || setting === 'on') return true
  if (setting === 'off') return false
  throw new Error(
    `SERVICE_WORKER is "${env['SERVICE_WORKER'] ?? ''}": set it to off (to remove the offline worker from visitors' browsers) or on, or leave it unset.`,
  )
}
