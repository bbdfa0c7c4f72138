import { describe, expect, it } from 'vitest';
import { definePort } from './port.js';

describe('definePort', () => {
  it('hands out what was provided, and names the wiring when nothing was', () => {
    const port = definePort<{ answer(): number }>('answer source', 'the test');
    expect(() => port.get()).toThrow('no answer source was provided; the test wires it');
    port.provide({ answer: () => 42 });
    expect(port.get().answer()).toBe(42);
  });
});
