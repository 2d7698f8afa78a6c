/**
 * Notices about one environment's deploy, sent from its deploy job: started (once the job runs, i.e. after any
 * approval), and succeeded or failed at its end. To Slack (the webhook URL from a secret) and to any other tool's
 * webhook (e.g. PagerDuty Events API v2). Payloads are built by jq from environment variables, never by pasting
 * text into JSON; a notice that cannot be delivered warns but never fails the deploy.
 */
import type { Config } from '../config/schema.js';
import type { WebhookConfig } from '../config/schema-environment.js';
import type { Step } from './types.js';

type DeployEvent = 'started' | 'succeeded' | 'failed';

const FACTS = {
  APP: '', ENVIRONMENT: '',
  REF_NAME: '${{ github.ref_name }}', SHA: '${{ github.sha }}', ACTOR: '${{ github.actor }}', RUN_ID: '${{ github.run_id }}',
  RUN_URL: '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
};

const SLACK_SCRIPT = `set -euo pipefail
case "$STATUS" in
  started) icon=":rocket:"; verb="started" ;;
  success) icon=":white_check_mark:"; verb="succeeded" ;;
  failure) icon=":x:"; verb="failed" ;;
  *) icon=":no_entry_sign:"; verb="$STATUS" ;;
esac
# Names from the event are escaped for Slack's markup by jq.
# shellcheck disable=SC2016
jq -n --arg icon "$icon" --arg verb "$verb" --arg app "$APP" --arg env "$ENVIRONMENT" --arg service "\${SERVICE:-}" --arg ref "$REF_NAME" --arg sha "\${SHA:0:7}" --arg actor "$ACTOR" --arg url "$RUN_URL" \\
  'def esc: gsub("&"; "&amp;") | gsub("<"; "&lt;") | gsub(">"; "&gt;");
   (if $service == "" then "" else "of *\\($service)* " end) as $of
   | {text: "\\($icon) *\\($app)* deploy \\($of)to *\\($env)* \\($verb) (\\($ref | esc) @ \\($sha), by \\($actor | esc)) <\\($url)|Open the run>"}' > "$RUNNER_TEMP/slack-deploy.json"`;

/** The webhook's script: jq runs the configured program over named values; only the HTTP status is printed (the body is outside text). */
function webhookScript(hook: WebhookConfig): string {
  const secretArgs = Object.keys(hook.secrets).map((name) => ` --arg ${name} "$SECRET_${name.toUpperCase()}"`).join('');
  return `set -euo pipefail
case "$STATUS" in
  success) event="succeeded" ;;
  failure) event="failed" ;;
  *) event="$STATUS" ;;
esac
body="$RUNNER_TEMP/webhook-${hook.name}.json"
jq -n --arg app "$APP" --arg environment "$ENVIRONMENT" --arg service "\${SERVICE:-}" --arg event "$event" --arg status "$STATUS" --arg ref "$REF_NAME" --arg sha "$SHA" \\
  --arg actor "$ACTOR" --arg run_url "$RUN_URL" --arg run_id "$RUN_ID"${secretArgs} "$PAYLOAD" > "$body"
# Unreachable, curl prints 000 and fails: the case below reports it.
code=$(curl -sS --retry 3 --max-time 30 -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @"$body" "$WEBHOOK_URL") || true
case "$code" in
  2??) echo "Delivered (HTTP $code)" ;;
  *) echo "::warning::The ${hook.name} webhook answered HTTP $code"; exit 1 ;;
esac`;
}

/** What a deploy job announces: `service` when it deploys one service of the environment (its verdict), `ends` the end events it may send (default both). */
export interface NoticeScope { service?: string; ends?: DeployEvent[] }

/**
 * When a channel speaks in this phase: at the start when it asked for `started`; at the end under the `if:` its
 * events need (success(), failure() or always()). Undefined: not in this phase or not for this environment.
 */
function phaseCondition(on: DeployEvent[], environments: string[] | undefined, environment: string, phase: 'start' | 'end', ends: DeployEvent[]): { if?: string } | undefined {
  if (environments !== undefined && !environments.includes(environment)) return undefined;
  if (phase === 'start') return on.includes('started') ? {} : undefined;
  const succeeded = on.includes('succeeded') && ends.includes('succeeded');
  const failed = on.includes('failed') && ends.includes('failed');
  if (succeeded && failed) return { if: 'always()' };
  if (succeeded) return { if: 'success()' };
  return failed ? { if: 'failure()' } : undefined;
}

function noticeSteps(config: Config, environment: string, phase: 'start' | 'end', scope: NoticeScope): Step[] {
  const ends = scope.ends ?? ['succeeded', 'failed'];
  const facts = {
    ...FACTS, APP: config.app, ENVIRONMENT: environment, ...(scope.service ? { SERVICE: scope.service } : {}),
    STATUS: phase === 'start' ? 'started' : '${{ job.status }}',
  };
  const what = phase === 'start' ? 'deploy started' : `${scope.service ? `${scope.service} ` : ''}deploy result`;
  const steps: Step[] = [];
  const slack = config.notify.slack;
  const slackWhen = slack?.deploys ? phaseCondition(slack.deploys.on, slack.deploys.environments, environment, phase, ends) : undefined;
  if (slack && slackWhen) {
    steps.push({ name: `Slack: compose the ${what} notice`, ...slackWhen, continueOnError: true, env: { ...facts }, run: SLACK_SCRIPT });
    steps.push({
      name: `Slack: post the ${what} notice`, ...slackWhen, continueOnError: true, uses: { pinned: 'slackapi/slack-github-action' },
      with: { webhook: `\${{ secrets.${slack['webhook-secret']} }}`, 'webhook-type': 'incoming-webhook', 'payload-file-path': '${{ runner.temp }}/slack-deploy.json', errors: true },
    });
  }
  for (const hook of config.notify.webhooks ?? []) {
    const when = phaseCondition(hook.on, hook.environments, environment, phase, ends);
    if (!when) continue;
    const secrets = Object.fromEntries(Object.entries(hook.secrets).map(([name, secret]) => [`SECRET_${name.toUpperCase()}`, `\${{ secrets.${secret} }}`]));
    const url = hook.url ?? `\${{ secrets.${hook['url-secret']} }}`;
    steps.push({
      name: `Webhook ${hook.name}: ${what}`, ...when, continueOnError: true,
      env: { ...facts, WEBHOOK_URL: url, PAYLOAD: hook.payload, ...secrets }, run: webhookScript(hook),
    });
  }
  return steps;
}

/** The steps at the start of the deploy job (started) and at its end (succeeded, failed). */
export function deployNotices(config: Config, environment: string, scope: NoticeScope = {}): { start: Step[]; end: Step[] } {
  return { start: noticeSteps(config, environment, 'start', scope), end: noticeSteps(config, environment, 'end', scope) };
}
