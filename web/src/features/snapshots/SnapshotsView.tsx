// PLACEHOLDER (session 2 wiring): replaced by the snapshots page.
export function SnapshotsView() {
  return null;
}
