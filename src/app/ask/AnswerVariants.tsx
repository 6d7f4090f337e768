import type { QaAnswer } from '../../shared/answers';
import { formatPercent, plural } from '../common/format';
import { splitVariants, WEAK_PERCENT } from './answer-groups';

function VariantItems({ variants }: { variants: readonly QaAnswer[] }) {
  return (
    <ul>
      {variants.map((v) => (
        <li key={`${v.start}-${v.end}`}>
          <span className="answer-text" dir="auto">
            {v.text}
          </span>{' '}
          <span className="answer-alt-share">{formatPercent(v.share)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The overlapping spans merged into an answer, folded: opened, it lists the variants with a real
 * share and only counts the rest ("9 more, each under 3%") until that fold is opened too, so an
 * answer with a dozen sub-1% spans stays a short card.
 */
export function AnswerVariants({ answer }: { answer: QaAnswer }) {
  const variants = answer.alternatives ?? [];
  if (variants.length === 0) return null;
  const { listed, weak } = splitVariants(variants);
  const included = `(included in ${formatPercent(answer.share)})`;
  const count = plural(variants.length, 'overlapping variant');
  return (
    <details className="answer-alternatives" data-testid="answer-alternatives">
      {listed.length === 0 ? (
        <>
          <summary>
            {count}, each under {WEAK_PERCENT} {included}
          </summary>
          <VariantItems variants={weak} />
        </>
      ) : (
        <>
          <summary>
            {count} {included}
          </summary>
          <VariantItems variants={listed} />
          {weak.length > 0 && (
            <details className="weak-variants" data-testid="weak-variants">
              <summary>
                {weak.length} more, each under {WEAK_PERCENT}
              </summary>
              <VariantItems variants={weak} />
            </details>
          )}
        </>
      )}
    </details>
  );
}
