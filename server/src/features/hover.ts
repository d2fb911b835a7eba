import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import type { KnownEntity, Mention, WorkspaceIndex } from '../workspaceIndex';
import { mentionAtPosition, rangeOf } from './locations';
import { KIND_LABELS, plural } from './kindLabels';
import { describeDate, describeFigure } from './values';

const MAX_ALIASES = 8;

/**
 * A card for the entity under the cursor: its kind and name, other names, what the knowledge base says
 * (description, containing places), a date's or figure's value in plain words, and how often the
 * corpus mentions it.
 */
export function hover(index: WorkspaceIndex, uri: string, position: Position): Hover | null {
  const found = mentionAtPosition(index, uri, position);
  if (!found) return null;
  const { document, mention } = found;
  const entity = index.entity(mention.key)!;
  const named = mention.kind !== 'date' && mention.kind !== 'figure';
  const title = named ? entity.name : mention.text.replace(/\s+/g, ' ');
  const sections = [`**${escapeMarkdown(title)}** — ${KIND_LABELS[mention.kind].one}`];

  const value = describeValue(mention);
  if (value && value !== title) sections.push(value);
  const aliases = entity.aliases.filter(alias => alias !== title);
  if (named && entity.name !== title) aliases.unshift(entity.name);
  if (aliases.length > 0) {
    const shown = aliases.slice(0, MAX_ALIASES).map(escapeMarkdown).join(', ');
    sections.push(`also: ${shown}${aliases.length > MAX_ALIASES ? ', …' : ''}`);
  }
  const placement = describePlacement(index, entity.knowledge);
  if (placement) sections.push(placement);
  sections.push(`${plural(entity.mentionCount, 'mention')} in ${plural(entity.documentCount, 'document')}`);

  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') },
    range: rangeOf(document, mention),
  };
}

/**
 * The knowledge base's description followed by the containing places beyond the outermost one it names:
 * "District of Shenzhen" with parents Shenzhen, Guangdong, China → "District of Shenzhen › Guangdong › China".
 */
function describePlacement(index: WorkspaceIndex, knowledge: KnownEntity | undefined): string | undefined {
  if (!knowledge) return undefined;
  const description = knowledge.description.trim();
  const chain = index.knowledge.parentChain(knowledge.id);
  let outermostNamed = -1;
  chain.forEach((parent, i) => {
    if (description.includes(parent.name)) outermostNamed = i;
  });
  const parts = [description, ...chain.slice(outermostNamed + 1).map(parent => parent.name)].filter(part => part.length > 0);
  return parts.length > 0 ? parts.map(escapeMarkdown).join(' › ') : undefined;
}

function describeValue(mention: Mention): string | undefined {
  if (mention.kind === 'date' && typeof mention.value === 'string') return describeDate(mention.value);
  if (mention.kind === 'figure' && typeof mention.value === 'number') return describeFigure(mention.value, mention.unit, mention.approx);
  return undefined;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}
