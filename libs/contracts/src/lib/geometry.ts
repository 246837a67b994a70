/** A point on a floor plan in metres: x grows east, y grows north, origin at the floor's south-west corner. */
export type PlanPoint = [x: number, y: number];
/** A closed ring of plan points (first point not repeated). */
export type PlanPolygon = PlanPoint[];
