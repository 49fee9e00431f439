// The circle's Walk the Globe journey for the tab's map: the stops in order with their legs, the
// totals and the milestones. Walk the Globe keeps one journey document per circle; this only
// reads it and leaves out what the map does not need (rounds' ids, the store's version).

import { Router } from "express";
import type { JourneyResponse, JourneyView } from "../../shared/api/types";
import { getJourney, type Journey } from "../../shared/games/globe";
import type { CircleScopeDeps } from "./insights";

export function journeyRouter(deps: CircleScopeDeps): Router {
  const router = Router();

  router.get("/circles/:id/journey", async (req, res) => {
    const scope = await deps.scope(req);
    const journey = await getJourney(deps.store, scope.circle._id);
    const body: JourneyResponse = { circleId: scope.circle._id, journey: journey && journey.stops.length > 0 ? viewOf(journey) : null };
    res.json(body);
  });

  return router;
}

function viewOf(journey: Journey): JourneyView {
  return {
    stops: journey.stops.map((s) => ({ code: s.code, name: s.name, lat: s.lat, lon: s.lon, continent: s.continent, at: new Date(s.at).toISOString(), legKm: s.legKm })),
    totalKm: journey.totalKm,
    countries: journey.countries,
    continents: journey.continents,
    milestones: journey.milestones.map((m) => ({ id: m.id, at: new Date(m.at).toISOString() })),
  };
}
