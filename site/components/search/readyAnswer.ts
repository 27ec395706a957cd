import { answerAddress, type ReadyAnswer, type ResultDetails } from '../../lib/search/answers'
import type { Result } from './pagefind'

/**
 * Fetches the ready answer for `key` (see lib/search/answers). Undefined when it cannot be had,
 * say from an older build or a dropped connection: the search engine then answers instead.
 */
export async function readyAnswer(key: string): Promise<ReadyAnswer | undefined> {
  try {
    const response = await fetch(answerAddress(key))
    if (!response.ok) return undefined
    const answer = (await response.json()) as ReadyAnswer
    return answer.query === key && Array.isArray(answer.first) ? answer : undefined
  } catch {
    return undefined
  }
}

/** A result whose details came with a ready answer, so drawing it fetches nothing. */
export function readyResult(details: ResultDetails): Result {
  const data = { ...details, filters: {} }
  return { result: { id: details.url, score: 0, data: () => Promise.resolve(data) }, score: 0, data }
}
