import { describe, expect, test } from 'vitest'
import { scriptImports } from './builtScripts'

describe('scriptImports', () => {
  test('finds the scripts a bundled script imports, as addresses', () => {
    const script =
      'import"./vocabulary.A1.js";import{a as b}from"./london.B2.js";import { c } from "../x/format.C3.mjs";' +
      'const late=()=>import("./lazy.D4.js");import{d}from"https://cdn.example.com/e.js"'
    expect(scriptImports(script, '/_astro/offline.Z9.js')).toEqual([
      '/_astro/vocabulary.A1.js',
      '/_astro/london.B2.js',
      '/x/format.C3.mjs',
    ])
  })
})
