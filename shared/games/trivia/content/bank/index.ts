// The built-in question bank: written for Quiet Circles, in English and Dutch, one file per
// category. Ids are stable: circles' histories refer to them, so a question may be reworded
// but never renumbered, and a removed id is not reused.

import type { TriviaQuestion } from "../types";
import { arts } from "./arts";
import { food } from "./food";
import { geography } from "./geography";
import { history } from "./history";
import { language } from "./language";
import { nature } from "./nature";
import { science } from "./science";
import { sports } from "./sports";
import { technology } from "./technology";
import { workplace } from "./workplace";

export const bank: readonly TriviaQuestion[] = [
  ...science,
  ...nature,
  ...geography,
  ...history,
  ...language,
  ...arts,
  ...sports,
  ...food,
  ...technology,
  ...workplace,
];
