import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Debian's Chromium: `$CHROMIUM_PATH`, `/usr/bin/chromium`, or whatever `chromium` is on PATH. */
export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH']
  if (configured) return configured
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('Chromium not found: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH')
  }
}

/** Flags that keep Chromium quiet, offline and quick in a container. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
