/**
 * The Content Lake API version the queries are written for. It lives on its own, free of Node
 * modules, so that the Studio's browser bundle can import it as well as the site's content source.
 */
export const apiVersion = '2025-02-19'
