// Walk the Globe in Teams, on the circle-game engine: one card for the whole circle with every
// guess so far (closest first, who guessed it), a country box and a Guess button; a refused name
// gets "did you mean…" in the guesser's view and costs nothing. Finding the country closes the
// round at once; the results name the finder and the best helper, score everyone who guessed and
// add the country to the circle's journey. Also the `globe` command.

import type { CardElement, IAdaptiveCard } from "@microsoft/teams.cards";
import type { Circle, Locale } from "../../shared/circles/types";
import { botT } from "../../shared/i18n";
import { ritualTemplate } from "../../shared/rituals/catalog";
import { flagEmoji, countryByCode } from "../../shared/games/globe/countries";
import { ARROWS } from "../../shared/games/globe/geo";
import { legOf } from "../../shared/games/globe/journey";
import { recordStop } from "../../shared/games/globe/journey-repository";
import {
  directionOf,
  formatKm,
  isSolved,
  MAX_NAME_LENGTH,
  parseMove,
  play,
  rankedGuesses,
  startBoard,
  summarise,
  type GlobeBoard,
  type GlobeGuess,
  type GlobeMove,
} from "../../shared/games/globe/rules";
import { answerAt } from "../../shared/games/globe/sequence";
import type { Session } from "../../shared/sessions/types";
import type { Store } from "../../shared/store/types";
import { openRitualNow, type StartDeps } from "../actions/start";
import { adaptiveCard } from "../cards/card";
import { momentLabel } from "../cards/format";
import { execute } from "../cards/setup-card";
import type { CircleGameAdapter, CircleGameView } from "./circle-game";
import type { PlayerResult } from "./engine";

/** Guesses listed on the card; the rest are counted ("…and 12 more"), so the card stays small. */
export const MAX_GUESSES_SHOWN = 15;
const MAX_NAME_SHOWN = 40;

type T = ReturnType<typeof botT<"globe">>;

const text = (value: string, extra: Partial<Extract<CardElement, { type: "TextBlock" }>> = {}): CardElement => ({ type: "TextBlock", text: value, wrap: true, ...extra });

/** A person's name as card text: no markdown of their own, not too long. */
function plain(name: string): string {
  const clean = name.replace(/[\\[\]*_`<>#~|]/g, "").replace(/\s+/g, " ").trim();
  return clean.length > MAX_NAME_SHOWN ? `${clean.slice(0, MAX_NAME_SHOWN)}…` : clean || "?";
}

const countryName = (code: string, locale: Locale) => countryByCode(code)?.name[locale] ?? code;

function guessLine(t: T, locale: Locale, guess: GlobeGuess): string {
  const direction = directionOf(guess);
  if (!direction) return t("foundLine", { country: countryName(guess.code, locale), name: plain(guess.by.name) });
  return t("guessLine", {
    arrow: ARROWS[direction],
    country: countryName(guess.code, locale),
    km: formatKm(locale, guess.km),
    direction: t(`compass.${direction}`),
    closeness: guess.closeness,
    name: plain(guess.by.name),
  });
}

function guessList(t: T, locale: Locale, board: GlobeBoard, closed: boolean): CardElement[] {
  if (board.guesses.length === 0) return closed ? [] : [text(t("nobodyYet"), { isSubtle: true })];
  const ranked = rankedGuesses(board);
  const shown = ranked.slice(0, MAX_GUESSES_SHOWN);
  return [
    text(t(closed ? "guessesDone" : "guessesTitle", { count: board.guesses.length }), { weight: "Bolder", spacing: "Medium" }),
    ...shown.map((guess) => text(guessLine(t, locale, guess), { size: "Small", spacing: "Small" })),
    ...(ranked.length > shown.length ? [text(t("more", { count: ranked.length - shown.length }), { size: "Small", isSubtle: true, spacing: "Small" })] : []),
  ];
}

/** Everyone's card (and the guesser's answer to a guess): the board, and while open the guess box. */
export function globeCard({ circle, session, board, closed, notice, draft }: CircleGameView<GlobeBoard>): IAdaptiveCard {
  const locale = circle.locale;
  const t = botT(locale, "globe");
  const title = ritualTemplate("walk-the-globe").name[locale];
  const summary = summarise(board);
  const answer = { country: summary.answer.name[locale], flag: flagEmoji(summary.answer.code) };
  const latest = board.guesses.at(-1);
  const latestDirection = latest ? directionOf(latest) : null;
  const body: CardElement[] = [
    text(title, { size: "Large", weight: "Bolder", style: "heading" }),
    ...(!closed ? [text(t("intro"))] : []),
    ...(summary.finder ? [text(t("solved", { name: plain(summary.finder.name), ...answer }), { weight: "Bolder", color: "Good", size: "Medium" })] : []),
    ...(summary.bestHelper
      ? [text(t("bestHelper", { name: plain(summary.bestHelper.player.name), country: countryName(summary.bestHelper.guess.code, locale), km: formatKm(locale, summary.bestHelper.guess.km) }))]
      : []),
    ...(closed && !summary.solved ? [text(t("timeUp", answer), { weight: "Bolder", size: "Medium" })] : []),
    ...(notice ? [text(notice.text, { color: notice.kind, weight: "Bolder" })] : []),
    ...(!closed && latest && latestDirection
      ? [
          text(
            t("latest", {
              name: plain(latest.by.name),
              country: countryName(latest.code, locale),
              km: formatKm(locale, latest.km),
              direction: t(`directions.${latestDirection}`),
              arrow: ARROWS[latestDirection],
            }),
            { isSubtle: true },
          ),
        ]
      : []),
    ...guessList(t, locale, board, closed),
  ];
  if (closed) return adaptiveCard(body, [], title);
  const typed = typeof draft?.country === "string" ? draft.country.slice(0, MAX_NAME_LENGTH) : "";
  body.push(
    { type: "Input.Text", id: "country", label: t("guessLabel"), placeholder: t("guessPlaceholder"), maxLength: MAX_NAME_LENGTH, value: typed, spacing: "Medium" },
    text(botT(locale, "games")("closesAt", { time: momentLabel(locale, circle.settings.timeZone, session.closesAt) }), { isSubtle: true, size: "Small" }),
  );
  return adaptiveCard(body, [execute(t("submit"), "globe.move", { circleId: circle._id, sessionId: session._id }, "positive")], title);
}

/** The results card's body; a solved round first adds its country to the journey (once per round). */
async function globeResults(store: Store, circle: Circle, session: Session, board: GlobeBoard, optedOut: Set<string>): Promise<{ players: PlayerResult[]; body: CardElement[] }> {
  const locale = circle.locale;
  const t = botT(locale, "globe");
  const summary = summarise(board);
  const visible = (id: string) => !optedOut.has(id);
  const body: CardElement[] = [text(t("answer", { country: summary.answer.name[locale], flag: flagEmoji(summary.answer.code) }), { size: "Medium" })];
  if (board.guesses.length === 0) body.push(text(t("noGuesses")));
  else if (summary.finder) {
    body.push(text(visible(summary.finder.id) ? t("foundBy", { name: plain(summary.finder.name), count: board.guesses.length }) : t("foundAfter", { count: board.guesses.length })));
    if (summary.bestHelper && visible(summary.bestHelper.player.id)) {
      body.push(text(t("bestHelper", { name: plain(summary.bestHelper.player.name), country: countryName(summary.bestHelper.guess.code, locale), km: formatKm(locale, summary.bestHelper.guess.km) })));
    }
  } else {
    body.push(text(t("notFound")));
    if (summary.closest && visible(summary.closest.by.id)) {
      body.push(text(t("closest", { country: countryName(summary.closest.code, locale), name: plain(summary.closest.by.name), km: formatKm(locale, summary.closest.km) })));
    }
  }
  if (summary.finder) {
    // The stop's time is the moment it was found, so a retried close records the same stop.
    const found = board.guesses.find((g) => g.code === board.answerCode)!;
    const journey = await recordStop(store, { circleId: circle._id, tenantId: circle.tenantId, country: summary.answer, sessionId: session._id, at: found.at });
    const leg = legOf(journey, session._id);
    if (leg) {
      body.push(
        text(
          leg.from ? t("leg", { km: formatKm(locale, leg.to.legKm), from: leg.from.name[locale], to: leg.to.name[locale] }) : t("firstStop", { country: leg.to.name[locale] }),
          { spacing: "Medium", weight: "Bolder" },
        ),
        // The first stop has nothing to total yet ("0 km, 1 country"): the line above says it all.
        ...(leg.from ? [text(t("totals", { km: formatKm(locale, journey.totalKm), count: journey.countries, continents: t("continentCount", { count: journey.continents.length }) }))] : []),
        ...leg.milestones.map((id) => text(t("milestone", { milestone: t(`milestones.${id}`) }), { color: "Good" })),
      );
    }
  }
  const players: PlayerResult[] = summary.players.map((p) => ({ playerId: p.id, name: p.name, points: p.points, won: p.won }));
  return { players, body };
}

export function globeAdapter(store: Store): CircleGameAdapter<GlobeBoard, GlobeMove> {
  return {
    gameId: "walk-the-globe",
    verb: "globe",
    name: ritualTemplate("walk-the-globe").name,
    prepare: async ({ circle, session }) => {
      // The circle's n-th round gets the n-th country of its order: count the rounds it was shown
      // before this one (a round prepared again counts the same).
      const position = await store
        .collection<Session>("sessions")
        .countDocuments({ circleId: circle._id, ritualId: "walk-the-globe", localDate: { $lt: session.localDate }, state: { $in: ["open", "closed"] } });
      return startBoard(answerAt(circle._id, position));
    },
    parseMove: (_board, input) => parseMove(input),
    play,
    isFinished: isSolved,
    card: globeCard,
    results: ({ circle, session, board, optedOut }) => globeResults(store, circle, session, board, optedOut),
  };
}

/** `globe`: opens today's Walk the Globe here right away (once a day). */
export function globeCommand(deps: { start: StartDeps }, circle: Circle, now: Date): Promise<string> {
  return openRitualNow(deps.start, circle, "walk-the-globe", now);
}
