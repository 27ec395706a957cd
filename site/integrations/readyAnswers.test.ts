import { describe, expect, test } from 'vitest'
import { searchPageData } from './readyAnswers'

describe('searchPageData', () => {
  test('reads the filters and people’s words the search page embeds for its script', () => {
    const html =
      '<main><script type="application/json">{"groups":[],"words":{"concepts":[],"districts":{},"postcodeAreas":{},"words":[]},"tag":"x"}</script></main>'
    expect(searchPageData(html, 'dist/search/index.html').words.concepts).toEqual([])
  })

  test('names the page when it has no data, so a changed search page cannot silently lose its answers', () => {
    expect(() => searchPageData('<main></main>', 'dist/search/index.html')).toThrow(
      /dist\/search\/index\.html has no search data/,
    )
  })
})
