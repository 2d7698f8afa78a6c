/**
 * One Slack message per pipeline run: every job's result, the failing jobs named, a link to the run. The text is
 * assembled by jq from environment variables, so nothing from the event is interpolated into the script.
 */
import type { Config } from '../config/schema.js';
import { NOT_PR } from './conditions.js';
import type { Job } from './types.js';

const MESSAGE_SCRIPT = `set -euo pipefail
failed=""
lines=""
while IFS='=' read -r job result; do
  [ -n "$job" ] || continue
  case "$result" in
    success) icon=":white_check_mark:" ;;
    failure) icon=":x:"; failed="$failed $job" ;;
    cancelled) icon=":no_entry_sign:"; failed="$failed $job" ;;
    *) icon=":heavy_minus_sign:" ;;
  esac
  lines="$lines$icon $job: $result"$'\\n'
done <<< "$JOB_RESULTS"
if [ -n "$failed" ]; then
  headline=":x: *$APP* pipeline failed:$failed"
else
  headline=":white_check_mark: *$APP* pipeline succeeded"
fi
# Names from the event are escaped for Slack's markup by jq (bash 5.2 would read '&' in a replacement as the match).
# shellcheck disable=SC2016
jq -n --arg headline "$headline" --arg ref "$REF_NAME" --arg sha "\${SHA:0:7}" --arg actor "$ACTOR" --arg lines "$lines" --arg url "$RUN_URL" \\
  'def esc: gsub("&"; "&amp;") | gsub("<"; "&lt;") | gsub(">"; "&gt;");
   {text: "\\($headline) (\\($ref | esc) @ \\($sha), by \\($actor | esc))\\n\\($lines)<\\($url)|Open the run>"}' > "$RUNNER_TEMP/slack-payload.json"`;

export function notifyJob(config: Config, watched: string[]): Job | undefined {
  const slack = config.notify.slack;
  if (!slack) return undefined;
  const when = slack.on === 'failure' ? " && (contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled'))" : '';
  return {
    id: 'notify', name: 'Notify Slack', needs: watched,
    if: `always() && ${NOT_PR}${when}`,
    runsOn: config['runs-on'], permissions: {}, timeoutMinutes: 5,
    steps: [
      {
        name: 'Compose the message',
        env: {
          APP: config.app,
          JOB_RESULTS: watched.map((id) => `${id}=\${{ needs.${id}.result }}`).join('\n'),
          REF_NAME: '${{ github.ref_name }}', SHA: '${{ github.sha }}', ACTOR: '${{ github.actor }}',
          RUN_URL: '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
        },
        run: MESSAGE_SCRIPT,
      },
      {
        name: 'Post to Slack', uses: { pinned: 'slackapi/slack-github-action' },
        with: { webhook: `\${{ secrets.${slack['webhook-secret']} }}`, 'webhook-type': 'incoming-webhook', 'payload-file-path': '${{ runner.temp }}/slack-payload.json', errors: true },
      },
    ],
  };
}
