import type { DemoManifest, DemoMetric } from '../../shared/demo-manifest';
import { formatBytes } from '../common/format';

const METRIC_NAMES: Record<string, string> = {
  exact: 'Exact match',
  exact_match: 'Exact match',
  f1: 'F1',
  HasAns_exact: 'Exact match, answerable',
  HasAns_f1: 'F1, answerable',
  NoAns_exact: 'Exact match, unanswerable',
  NoAns_f1: 'F1, unanswerable',
  total: 'Questions',
  HasAns_total: 'Answerable questions',
  NoAns_total: 'Unanswerable questions',
};

const metricValue = (m: DemoMetric) => (Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(2));

/** A demo page's model: what it is, how big, for which languages, under which licence, how well it scores. */
export function AboutModelCard({ manifest }: { manifest: DemoManifest }) {
  const { card } = manifest;
  return (
    <section className="card about-card" aria-labelledby="about-heading" data-testid="about-model">
      <h2 id="about-heading">About this model</h2>
      {manifest.description && <p>{manifest.description}</p>}
      <dl className="about-facts">
        <div>
          <dt>Model</dt>
          <dd data-testid="about-name">{card.name}</dd>
        </div>
        <div>
          <dt>Family</dt>
          <dd>{card.family}</dd>
        </div>
        <div>
          <dt>Download</dt>
          <dd>
            {formatBytes(card.weightBytes)} ({manifest.model.dtype} weights), once; then kept for offline use
          </dd>
        </div>
        {card.languages.length > 0 && (
          <div>
            <dt>Languages</dt>
            <dd>{card.languages.join(', ')}</dd>
          </div>
        )}
        {card.licence && (
          <div>
            <dt>Licence</dt>
            <dd>{card.licence}</dd>
          </div>
        )}
      </dl>
      {card.metrics.length > 0 && (
        <table className="about-metrics" data-testid="about-metrics">
          <caption>Scores{card.metricsSource ? ` (from the ${card.metricsSource})` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {card.metrics.map((m) => (
              <tr key={`${m.dataset ?? ''} ${m.name}`}>
                <th scope="row">
                  {METRIC_NAMES[m.name] ?? m.name}
                  {m.dataset ? ` — ${m.dataset}` : ''}
                </th>
                <td>{metricValue(m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">Runs in your browser: nothing you type or open leaves this device.</p>
    </section>
  );
}
