import type { Command } from '../command.js';
import { buildCommand, checkCommand } from './build.js';
import { galleryCommand } from './gallery.js';
import { importCommand } from './import.js';
import { lintCommand } from './lint.js';
import { mergeCommand } from './merge.js';
import { newCommand } from './new.js';
import { watchCommand } from './watch.js';

/** Every `handouts <command>`, in the order --help lists them. The first is the default. */
export const COMMANDS: readonly Command[] = [buildCommand, checkCommand, lintCommand, mergeCommand, newCommand, importCommand, watchCommand, galleryCommand];
