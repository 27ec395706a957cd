/**
 * Code that runs inside the page to watch keyboard focus. `installKeyboardProbe` is serialised by
 * Playwright, so it must not use anything from this module's scope.
 */

/** One element that received focus while tabbing. */
export interface FocusStop {
  /** `tag#id "text" → href`, for messages. */
  label: string
  /** Position in document coordinates (not affected by scrolling). */
  top: number
  bottom: number
  /** Inside a position: fixed or sticky element (which moves with scrolling, so has no place in reading order). */
  pinned: boolean
  /** Has at least 2×2 px on screen. */
  onScreen: boolean
  /** Its computed outline, box-shadow, background or border changed on focus. */
  showsFocus: boolean
  /** The fixed or sticky element that entirely covers it, if any (WCAG 2.4.11). */
  coveredBy: string | null
  /** After a skip link: whether focus is on or inside <main>. */
  insideMain: boolean
}

export interface KeyboardProbe {
  focusStop(): (FocusStop & { key: string }) | null
  /** Controls a keyboard user should be able to reach, by key, with labels. */
  reachable(): { key: string; label: string }[]
}

declare global {
  interface Window {
    keyboardProbe: KeyboardProbe
  }
}

/** Records every control's unfocused style, then answers questions about the focused element. */
export function installKeyboardProbe(): void {
  const label = (element: Element): string => {
    const text = (element.getAttribute('aria-label') ?? element.textContent).trim().replace(/\s+/g, ' ')
    const id = element.id ? `#${element.id}` : ''
    const href = element.getAttribute('href')
    return `${element.tagName.toLowerCase()}${id} "${text.slice(0, 60)}"${href === null ? '' : ` → ${href}`}`
  }
  const signature = (element: Element): string => {
    const style = getComputedStyle(element)
    // An edge with no width or style draws nothing, whatever its colour (which follows the text colour).
    const edge = (edgeStyle: string, width: string, color: string) =>
      edgeStyle !== 'none' && edgeStyle !== 'hidden' && Number.parseFloat(width) > 0
        ? `${edgeStyle} ${width} ${color}`
        : 'none'
    // A change of text colour or underline alone is too faint to count, and invisible to some
    // colour-blind people (WCAG 1.4.1): focus must change an outline, shadow, background or border.
    return [
      edge(style.outlineStyle, style.outlineWidth, style.outlineColor),
      style.boxShadow,
      style.backgroundColor,
      edge(style.borderTopStyle, style.borderTopWidth, style.borderTopColor),
      edge(style.borderBottomStyle, style.borderBottomWidth, style.borderBottomColor),
      edge(style.borderLeftStyle, style.borderLeftWidth, style.borderLeftColor),
      edge(style.borderRightStyle, style.borderRightWidth, style.borderRightColor),
    ].join('|')
  }
  const isPinned = (element: Element): boolean => {
    for (let node: Element | null = element; node !== null; node = node.parentElement) {
      const { position } = getComputedStyle(node)
      if (position === 'fixed' || position === 'sticky') return true
    }
    return false
  }

  const keys = new Map<Element, string>()
  const keyOf = (element: Element): string => {
    let key = keys.get(element)
    if (key === undefined) {
      key = `element-${keys.size}`
      keys.set(element, key)
    }
    return key
  }

  const controlSelector = [
    'a[href]',
    'area[href]',
    'button',
    'input:not([type="hidden"])',
    'select',
    'textarea',
    'summary',
    'iframe',
    '[tabindex]',
    '[contenteditable]:not([contenteditable="false"])',
    'audio[controls]',
    'video[controls]',
  ].join(', ')
  const controls: Element[] = []
  const radioGroups = new Set<string>()
  for (const element of document.querySelectorAll(controlSelector)) {
    if (!(element instanceof HTMLElement) || element.tabIndex < 0) continue
    if (element.matches(':disabled') || element.closest('[inert]') !== null) continue
    if (!element.checkVisibility({ visibilityProperty: true })) continue
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      // Only one radio button in a group is in the tab order; arrow keys move within it.
      if (radioGroups.has(element.name)) continue
      radioGroups.add(element.name)
    }
    controls.push(element)
  }
  const unfocused = new Map(controls.map((element) => [element, signature(element)]))
  const layers = [...document.querySelectorAll('body *')].filter((element) => {
    const { position } = getComputedStyle(element)
    return position === 'fixed' || position === 'sticky'
  })

  window.keyboardProbe = {
    reachable: () => controls.map((element) => ({ key: keyOf(element), label: label(element) })),
    focusStop: () => {
      const element = document.activeElement
      if (element === null || element === document.body || element === document.documentElement) return null
      const rect = element.getBoundingClientRect()
      const viewportWidth = document.documentElement.clientWidth
      const viewportHeight = document.documentElement.clientHeight
      const visibleWidth = Math.min(rect.right, viewportWidth) - Math.max(rect.left, 0)
      const visibleHeight = Math.min(rect.bottom, viewportHeight) - Math.max(rect.top, 0)
      const before = unfocused.get(element)
      let coveredBy: string | null = null
      for (const layer of layers) {
        if (layer.contains(element) || element.contains(layer)) continue
        if (!layer.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
        const cover = layer.getBoundingClientRect()
        const coversRect =
          cover.left <= rect.left &&
          cover.right >= rect.right &&
          cover.top <= rect.top &&
          cover.bottom >= rect.bottom
        const topmost = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
        if (coversRect && topmost !== null && layer.contains(topmost)) {
          coveredBy = label(layer)
          break
        }
      }
      return {
        key: keyOf(element),
        label: label(element),
        top: rect.top + window.scrollY,
        bottom: rect.bottom + window.scrollY,
        pinned: isPinned(element),
        onScreen: visibleWidth >= 2 && visibleHeight >= 2,
        showsFocus: before === undefined || signature(element) !== before,
        coveredBy,
        insideMain: element.closest('main') !== null,
      }
    },
  }
}
