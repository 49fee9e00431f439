// Circles as the API serves them, for the tab's tests.

import type { CircleDetailsResponse, CircleListResponse, CircleSummary } from "../../shared/api/types";

export const productTeam: CircleSummary = {
  id: "19:product@thread.tacv2",
  name: "Product Team › General",
  kind: "channel",
  isMeeting: false,
  teamName: "Product Team",
  channelName: "General",
  memberCount: 3,
  active: true,
};

export const leadersCircle: CircleSummary = {
  id: "19:leaders@thread.v2",
  name: "Leaders' peer circle",
  kind: "groupChat",
  isMeeting: false,
  memberCount: 2,
  active: true,
};

export const circleList: CircleListResponse = { circles: [productTeam, leadersCircle] };

export function detailsOf(circle: CircleSummary, people: { name: string; facilitator?: boolean }[]): CircleDetailsResponse {
  const members = people.map((person, i) => ({
    id: `29:${circle.id}-${i}`,
    name: person.name,
    role: person.facilitator ? ("facilitator" as const) : ("member" as const),
  }));
  return {
    ...circle,
    locale: "en",
    installedAt: "2025-03-03T10:00:00.000Z",
    members,
    facilitators: members.filter((member) => member.role === "facilitator"),
  };
}

export const productTeamDetails = detailsOf(productTeam, [
  { name: "Ada Lovelace", facilitator: true },
  { name: "Grace Hopper" },
  { name: "Alan Turing" },
]);

export const leadersDetails = detailsOf(leadersCircle, [{ name: "Barbara Liskov", facilitator: true }, { name: "Margaret Hamilton" }]);

export const circlePath = (id: string) => `/api/circles/${encodeURIComponent(id)}`;
