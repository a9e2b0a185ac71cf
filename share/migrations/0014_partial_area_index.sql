-- The area index leaves out organisations without an area (a register imported without
-- --area-from, hand-entered settings not yet placed). Every query of it names an area
-- (area_id = ?, area_id IN (...)), which SQLite knows implies area_id IS NOT NULL, so it serves
-- them as before; and an import of 100,000 providers no longer sorts 100,000 NULL keys (the
-- slowest kind of key for SQLite's sorter) to build it again.
DROP INDEX organisation_area;
CREATE INDEX organisation_area ON organisation (area_id, sector) WHERE area_id IS NOT NULL;
