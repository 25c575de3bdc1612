// The map's table twin: the same measure per municipality, sortable, and as a formula-safe CSV.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { downloadText, toCsv, type CsvColumn } from '../../lib/csv-download';
import { DataTable } from '../../lib/DataTable';
import { useI18n } from '../../lib/i18n/i18n';
import { useSortedTable } from '../../lib/use-sorted-table';
import type { MapMeasure } from './map-measure';
import { classNames, measureName } from './measure-text';
import { useMapText } from './map-text';
import type { MapReadings } from './use-map-model';

export interface MapRow {
  id: string;
  nis: string;
  name: string;
  zones: string;
  province: string;
  value: number | undefined;
  className: string;
  classIndex: number;
}

const column = createColumnHelper<MapRow>();

export interface MapTableProps {
  measure: MapMeasure;
  readings: MapReadings;
  threshold: number;
  zoneName: (id: string) => string;
  provinceOf: (nis: string) => string | undefined;
  /** Only these municipalities (the zone or province zoomed to); all when undefined. */
  only: ReadonlySet<string> | undefined;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  fileName: string;
}

export function MapTable(props: MapTableProps) {
  const { measure, readings, threshold, zoneName, provinceOf, only } = props;
  const text = useMapText();
  const { vocab, formatNumber } = useI18n();
  const names = useMemo(() => classNames(readings.classes, text, threshold), [readings.classes, text, threshold]);
  const rows = useMemo<MapRow[]>(
    () =>
      [...readings.byNis.values()]
        .filter((municipality) => only === undefined || only.has(municipality.nis))
        .map((municipality) => {
          const reading = readings.readings.get(municipality.nis);
          const classIndex = reading?.classIndex ?? 0;
          return {
            id: `nis:${municipality.nis}`,
            nis: municipality.nis,
            name: municipality.name,
            zones: municipality.zones.map(zoneName).join(', '),
            province: provinceOf(municipality.nis) ?? '',
            value: reading?.value,
            className: names[classIndex] ?? '',
            classIndex,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [readings, only, zoneName, provinceOf, names],
  );
  const columns = useMemo(
    () => [
      column.accessor('name', { header: text.municipality }),
      column.accessor('nis', { header: text.nis }),
      column.accessor('zones', { header: text.zone }),
      column.accessor('province', { header: text.province }),
      column.accessor((row) => row.value ?? -1, {
        id: 'value',
        header: measureName(measure, text, vocab),
        cell: (info) => (info.row.original.value === undefined ? '–' : formatNumber(info.row.original.value)),
      }),
      column.accessor('classIndex', {
        header: text.class,
        cell: (info) => (
          <span className="map-table__class">
            <span className="map-swatch" style={{ background: readings.colours[info.row.original.classIndex] }} aria-hidden="true" />
            {info.row.original.className}
          </span>
        ),
      }),
    ],
    [text, vocab, measure, formatNumber, readings.colours],
  );
  const table = useSortedTable(rows, columns, (row) => row.id, { pageSize: 50 });

  const download = () => {
    const csvColumns: CsvColumn<MapRow>[] = [
      { header: text.nis, value: (row) => row.nis },
      { header: text.municipality, value: (row) => row.name },
      { header: text.zone, value: (row) => row.zones },
      { header: text.province, value: (row) => row.province },
      { header: measureName(measure, text, vocab), value: (row) => row.value },
      { header: text.class, value: (row) => row.className },
    ];
    downloadText(toCsv(rows, csvColumns), props.fileName);
  };

  return (
    <section className="map-table" aria-labelledby="map-table-title" data-testid="map-table">
      <div className="map-table__bar">
        <h3 id="map-table-title">{text.tableTitle}</h3>
        <button type="button" className="button" onClick={download} data-testid="map-csv">
          {text.downloadCsv}
        </button>
      </div>
      <DataTable
        table={table}
        caption={text.tableCaption(rows.length)}
        selectedId={props.selectedId}
        rowId={(row) => row.id}
        onActivate={(row) => props.onSelect(row.id)}
        rowTestId="map-table-row"
      />
    </section>
  );
}
