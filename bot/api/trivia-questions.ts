// The circle's own trivia questions in the tab: members read them and add one (as `trivia add`
// does in chat), facilitators import packs, and a question can be deleted by a facilitator or
// by the person who added it. Packs and questions are checked by the trivia content module;
// this file only decides who may do what and stores the result.

import { randomUUID } from "node:crypto";
import express, { Router, type Request } from "express";
import { z } from "zod";
import type { TeamQuestionsResponse, TeamQuestionView, TriviaPackImportResponse } from "../../shared/api/types";
import { facilitatorNames, isFacilitator, type Actor } from "../../shared/circles/settings-service";
import type { Circle, Locale } from "../../shared/circles/types";
import { parsePack, validateTeamQuestion } from "../../shared/games/trivia/content/packs";
import { CATEGORIES } from "../../shared/games/trivia/content/types";
import { DuplicateKeyError, type Store } from "../../shared/store/types";
import type { TeamQuestion } from "../games";
import type { Caller } from "./auth";
import { HttpError } from "./errors";

/** Who asks, about which circle, in which language: the router's answer for one request. */
export interface CircleRequestScope {
  circle: Circle;
  caller: Caller;
  actor: Actor;
  language: Locale;
}

export interface TriviaQuestionsDeps {
  store: Store;
  now: () => Date;
  /** The circle the caller may see (or a 404 HttpError), with who they are and their language. */
  scope: (req: Request) => Promise<CircleRequestScope>;
}

/** The list shows the newest questions; a circle rarely has more, and the page stays light. */
const LIST_LIMIT = 500;
/** Packs are bigger than any other API body: 500 questions with their answers fit well under this. */
const PACK_BODY_LIMIT = "1mb";
const PACK_PATH = "/circles/:id/trivia/packs";

type Localized = Record<Locale, string>;

const MESSAGES = {
  badPack: {
    en: 'Send the pack as { "format": "json" | "csv" | "opentdb", "text": "…" }.',
    nl: 'Stuur het pakket als { "format": "json" | "csv" | "opentdb", "text": "…" }.',
  },
  importFacilitatorsOnly: (names: string[]): Localized => ({
    en: `Only facilitators can import question packs${names.length ? ` (${names.join(", ")})` : ""}.`,
    nl: `Alleen facilitators kunnen vragenpakketten importeren${names.length ? ` (${names.join(", ")})` : ""}.`,
  }),
  deleteNotAllowed: {
    en: "Only facilitators and the person who added a question can delete it.",
    nl: "Alleen facilitators en wie de vraag heeft toegevoegd, kunnen hem verwijderen.",
  },
  questionNotFound: {
    en: "This question is not in the circle's list (anymore).",
    nl: "Deze vraag staat niet (meer) in de lijst van de cirkel.",
  },
} satisfies Record<string, Localized | ((names: string[]) => Localized)>;

const packSchema = z.object({ format: z.enum(["json", "csv", "opentdb"]), text: z.string() });
/** Stored ids: "team-<uuid>" for added questions, "<circle id>|team-<hash>" for imported ones. */
const questionIdSchema = z.string().min(1).max(600);

/**
 * The pack import's body parser. Mounted ahead of the API's general 64 kB JSON parser, which
 * then finds the body read and leaves it alone; every other route keeps the small limit.
 */
export const triviaPackBody = Router().post(PACK_PATH, express.json({ limit: PACK_BODY_LIMIT }));

export function triviaQuestionsRouter(deps: TriviaQuestionsDeps): Router {
  const router = Router();
  const questions = () => deps.store.collection<TeamQuestion>("trivia_questions");

  router.get("/circles/:id/trivia/questions", async (req, res) => {
    const scope = await deps.scope(req);
    const circleId = scope.circle._id;
    const [stored, total] = await Promise.all([
      questions().find({ circleId }, { sort: { addedAt: -1, _id: 1 }, limit: LIST_LIMIT }),
      questions().countDocuments({ circleId }),
    ]);
    const body: TeamQuestionsResponse = {
      circleId,
      canImport: isFacilitator(scope.circle, scope.actor),
      total,
      questions: stored.map((question) => viewOf(question, scope)),
    };
    res.json(body);
  });

  router.post("/circles/:id/trivia/questions", async (req, res) => {
    const scope = await deps.scope(req);
    const checked = validateTeamQuestion(req.body);
    if (!checked.ok) throw new HttpError(400, checked.error.code, checked.error.message[scope.language]);
    const id = `team-${randomUUID()}`;
    const question: TeamQuestion = { ...checked.question, id, _id: id, circleId: scope.circle._id, addedBy: authorId(scope), addedAt: deps.now() };
    await questions().insertOne(question);
    res.status(201).json(viewOf(question, scope));
  });

  router.post(PACK_PATH, async (req, res) => {
    const scope = await deps.scope(req);
    if (!isFacilitator(scope.circle, scope.actor)) {
      throw new HttpError(403, "facilitators_only", MESSAGES.importFacilitatorsOnly(facilitatorNames(scope.circle))[scope.language]);
    }
    const input = packSchema.safeParse(req.body);
    if (!input.success) throw new HttpError(400, "bad_pack_request", MESSAGES.badPack[scope.language]);
    const pack = parsePack(input.data.text, input.data.format);
    if (!pack.ok) throw new HttpError(400, "unreadable_pack", pack.error[scope.language]);

    const addedBy = authorId(scope);
    const addedAt = deps.now();
    let imported = 0;
    let duplicates = 0;
    for (const question of pack.questions) {
      // The pack module's ids follow from the question and its answer, so the same question
      // imported again has the same id and the store refuses the copy.
      const id = `${scope.circle._id}|${question.id}`;
      try {
        await questions().insertOne({ ...question, id, _id: id, circleId: scope.circle._id, addedBy, addedAt });
        imported++;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        duplicates++;
      }
    }
    const body: TriviaPackImportResponse = {
      imported,
      duplicates,
      skipped: pack.skipped.map(({ line, reason, message }) => ({ line, reason, message: message[scope.language] })),
    };
    res.json(body);
  });

  router.delete("/circles/:id/trivia/questions/:questionId", async (req, res) => {
    const scope = await deps.scope(req);
    const id = questionIdSchema.safeParse(req.params.questionId);
    const question = id.success ? await questions().findOne({ _id: id.data, circleId: scope.circle._id }) : null;
    if (!question) throw new HttpError(404, "question_not_found", MESSAGES.questionNotFound[scope.language]);
    if (!mayDelete(question, scope)) throw new HttpError(403, "not_yours", MESSAGES.deleteNotAllowed[scope.language]);
    await questions().deleteOne({ _id: question._id, circleId: scope.circle._id });
    res.status(204).end();
  });

  return router;
}

/**
 * Who is adding: the caller's Teams user id in the circle, as the chat command records it. The
 * local preview has no signed-in person.
 */
function authorId(scope: CircleRequestScope): string {
  const { caller, circle } = scope;
  if (caller.kind === "local") return "local-preview";
  return circle.members.find((member) => member.aadObjectId === caller.aadObjectId)?.id ?? `aad:${caller.aadObjectId}`;
}

function mayDelete(question: TeamQuestion, scope: CircleRequestScope): boolean {
  return isFacilitator(scope.circle, scope.actor) || question.addedBy === authorId(scope);
}

function viewOf(question: TeamQuestion, scope: CircleRequestScope): TeamQuestionView {
  const author = scope.circle.members.find((member) => member.id === question.addedBy);
  return {
    id: question._id,
    question: question.text[scope.language],
    choices: question.choices[scope.language],
    answer: question.answer,
    category: question.category,
    categoryName: CATEGORIES[question.category][scope.language],
    difficulty: question.difficulty,
    ...(author ? { addedBy: author.name } : {}),
    addedAt: new Date(question.addedAt).toISOString(),
    canDelete: mayDelete(question, scope),
  };
}
