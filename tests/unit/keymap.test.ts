import { describe, expect, it } from 'vitest'
import { appendDigit, jumpTarget, keyAction } from '../../src/features/present/keymap'

describe('keyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'enter'],
    ['Escape', 'exit'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'black'],
    ['B', 'black'],
    ['.', 'black'],
    ['p', 'pause'],
    ['P', 'pause'],
    ['s', 'presenter'],
    ['S', 'presenter'],
    ['?', 'help'],
    ['g', 'grid'],
    ['G', 'grid'],
  ])('%j → %s', (key, type) => {
    expect(keyAction({ key })).toEqual({ type })
  })

  it('Space goes on, Shift+Space goes back (clickers and keyboards alike)', () => {
    expect(keyAction({ key: ' ' })).toEqual({ type: 'next' })
    expect(keyAction({ key: ' ', shiftKey: true })).toEqual({ type: 'previous' })
    expect(keyAction({ key: 'Spacebar', shiftKey: true })).toEqual({ type: 'previous' })
  })

  it('number keys are digits towards a jump', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(keyAction({ key: String(digit) })).toEqual({ type: 'digit', digit })
    }
  })

  it('leaves keys with Ctrl, Cmd or Alt, and unknown keys, to the browser', () => {
    expect(keyAction({ key: 'p', ctrlKey: true })).toBeUndefined()
    expect(keyAction({ key: 'r', metaKey: true })).toBeUndefined()
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeUndefined()
    expect(keyAction({ key: 'Tab' })).toBeUndefined()
    expect(keyAction({ key: 'x' })).toBeUndefined()
  })
})

describe('digits then Enter', () => {
  it('types a slide number and jumps to it, within the deck', () => {
    const typed = ['1', '2'].reduce((digits, key) => {
      const action = keyAction({ key })
      return action?.type === 'digit' ? appendDigit(digits, action.digit) : digits
    }, '')
    expect(typed).toBe('12')
    expect(keyAction({ key: 'Enter' })).toEqual({ type: 'enter' })
    expect(jumpTarget(typed, 14)).toBe(12)
    expect(jumpTarget(typed, 5)).toBe(5)
  })

  it('names no slide with nothing typed or with 0', () => {
    expect(jumpTarget('', 14)).toBeUndefined()
    expect(jumpTarget('0', 14)).toBeUndefined()
    expect(jumpTarget('00', 14)).toBeUndefined()
  })

  it('keeps the last three digits', () => {
    expect(appendDigit('123', 4)).toBe('234')
  })
})
