import { describe, expect, test } from 'vitest'
import { offlineWorkerEnabled } from './enabled'

describe('offlineWorkerEnabled', () => {
  test('is on unless switched off', () => {
    expect(offlineWorkerEnabled({})).toBe(true)
    expect(offlineWorkerEnabled({ SERVICE_WORKER: 'on' })).toBe(true)
    expect(offlineWorkerEnabled({ SERVICE_WORKER: ' ' })).toBe(true)
    expect(offlineWorkerEnabled({ SERVICE_WORKER: 'off' })).toBe(false)
    expect(offlineWorkerEnabled({ SERVICE_WORKER: 'OFF' })).toBe(false)
  })

  test('stops the build, saying what to write, on any other value', () => {
    expect(() => offlineWorkerEnabled({ SERVICE_WORKER: 'false' })).toThrow(
      'SERVICE_WORKER is "false": set it to off',
    )
  })
})
