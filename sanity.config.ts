// @sanity/astro looks for the Studio's configuration at the site's root; the Studio lives in studio/.
export { default } from './studio/sanity.config'
