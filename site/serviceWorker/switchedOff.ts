/*
 * The worker a build ships when the offline worker is switched off (SERVICE_WORKER=off): browsers
 * that installed the offline worker fetch /sw.js now and then, find this one, and it deletes
 * everything the offline worker kept and unregisters itself. (A missing /sw.js would not do: the
 * installed worker would carry on.) Bundled by site/integrations/serviceWorker.ts.
 */
import { workerCaches } from './routes'

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
declare const self: {
  skipWaiting(): Promise<void>
  readonly registration: { unregister(): Promise<boolean> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
}

self.addEventListener('install', () => void self.skipWaiting())
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(workerCaches(names).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  )
})
