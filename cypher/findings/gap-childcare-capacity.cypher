// GAP_CHILDCARE_CAPACITY: municipalities with known children0to3 > 0 whose kinderopvang_baby_peuter places
// (offers LOCATED_IN it, no capacity = 0) per 100 children are strictly below $childcarePer100 (e.g. 33);
// high when strictly below half of it. Compared exactly; evidence.per100 is rounded to 2 decimals.
MATCH (m:Municipality {generation: $generation})
WHERE m.children0to3 IS NOT NULL AND m.children0to3 > 0
// The childcare offers come from the function index and are joined to the municipalities by hash: expanding
// every offer located in each municipality to read its function costs ten times more.
OPTIONAL MATCH (m)<-[:LOCATED_IN]-(o:Offer)
USING INDEX o:Offer(function)
WHERE o.function = 'kinderopvang_baby_peuter'
WITH m, sum(coalesce(o.capacity, 0)) AS places, collect(o.id) AS offers, m.children0to3 AS children
WHERE places * 100 < $childcarePer100 * children
RETURN
  m.id AS subject,
  '' AS key,
  CASE WHEN places * 100 < ($childcarePer100 / 2.0) * children THEN 'high' ELSE 'medium' END AS severity,
  COLLECT { UNWIND offers AS id RETURN id ORDER BY id } AS related,
  {
    places: places,
    children0to3: children,
    per100: round(toFloat(places) * 100 / children * 100) / 100.0,
    threshold: $childcarePer100
  } AS evidence
ORDER BY subject
