// Node's own import(), for a file the site's build writes: integrations run inside Vite's module
// runner, whose import() cannot load files once the build is done.
module.exports = (url) => import(url)
