import type { Command } from '../command.js';
import { buildCommand, checkCommand } from './build.js';
import { lintCommand } from './lint.js';
import { mergeCommand } from './merge.js';

/** Every `handouts <command>`, in the order --help lists them. The first is the default. */
export const COMMANDS: readonly Command[] = [buildCommand, checkCommand, lintCommand, mergeCommand];
