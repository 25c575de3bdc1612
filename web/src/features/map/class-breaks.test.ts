import { describe, expect, it } from 'vitest';
import { classLabel, classOf, countClasses } from './class-breaks';

describe('countClasses', () => {
  it('keeps zero apart and gives each value its class when there are few', () => {
    expect(countClasses([0, 2, 1, 2, 0])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 1 },
      { min: 2, max: 2 },
    ]);
  });

  it('is only "nothing" when every value is zero, or there are none', () => {
    expect(countClasses([0, 0])).toEqual([{ min: 0, max: 0 }]);
    expect(countClasses([])).toEqual([{ min: 0, max: 0 }]);
  });

  it('groups skewed counts by natural breaks into at most five classes', () => {
    const values = [0, 0, 1, 1, 2, 2, 3, 8, 9, 10, 30, 31, 60];
    const classes = countClasses(values);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toEqual({ min: 0, max: 0 });
    // The classes cover every positive value without overlap, in order.
    for (let index = 1; index < classes.length; index++) expect(classes[index]!.min).toBeGreaterThan(classes[index - 1]!.max);
    expect(classes.at(-1)!.max).toBe(60);
    expect(classes.map(classLabel)).toEqual(['0', '1–3', '8–10', '30–31', '60']);
  });

  it('refuses fewer than two classes', () => {
    expect(() => countClasses([1, 2], 1)).toThrow(/at least two classes/);
  });
});

describe('classOf', () => {
  const classes = [
    { min: 0, max: 0 },
    { min: 1, max: 3 },
    { min: 8, max: 10 },
  ];
  it('puts a value in the last class whose minimum it reaches', () => {
    expect([0, 1, 3, 5, 8, 12].map((value) => classOf(classes, value))).toEqual([0, 1, 1, 1, 2, 2]);
  });
});
