// How a measure, its classes and one municipality's reading are said, in the current language.
import type { VocabularyNames } from '../../lib/i18n/vocabulary-names';
import { classLabel } from './class-breaks';
import type { MapText } from './map-text';
import type { MapMeasure, MeasureClasses, MeasureReading } from './map-measure';

export function measureName(measure: MapMeasure, text: MapText, vocab: VocabularyNames): string {
  switch (measure.type) {
    case 'findings': {
      const { kind, severity, rule } = measure.filter;
      if (rule !== undefined) return text.findingsOfRule(vocab.rule[rule]);
      if (kind !== undefined) return text.findingsOfKind(vocab.findingKind[kind]);
      return severity !== undefined ? text.findingsOfSeverity(vocab.severity[severity]) : text.allFindings;
    }
    case 'coverage':
      return text.coverageBy(vocab.networkType[measure.networkType]);
    case 'childcare':
      return text.childcare;
    case 'reach':
      return text.reach;
  }
}

export function classNames(classes: MeasureClasses, text: MapText, threshold: number): string[] {
  switch (classes.type) {
    case 'count':
      return classes.classes.map(classLabel);
    case 'coverage':
      return classes.classes.map((name) => text.coverageClass[name]);
    case 'childcare': {
      const names = text.childcareClass(threshold);
      return classes.classes.map((name) => names[name]);
    }
  }
}

export function readingText(
  measure: MapMeasure,
  reading: MeasureReading | undefined,
  text: MapText,
  vocab: VocabularyNames,
  formatNumber: (value: number) => string,
): string {
  if (reading === undefined) return text.noData;
  const value = reading.value ?? 0;
  switch (measure.type) {
    case 'findings':
      return text.findingsReading(value);
    case 'coverage':
      return text.networksReading(value, vocab.networkType[measure.networkType]);
    case 'childcare':
      return text.childcareReading(reading.value, formatNumber);
    case 'reach':
      return text.reachReading(value);
  }
}
