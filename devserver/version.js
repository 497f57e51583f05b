// Maps an API feature level to the Zulip version string a server at that level reports.
import { createHash } from 'node:crypto';

// Feature level of each major release (from Zulip's API changelog). Levels in between belong to
// the development series of the next release.
const RELEASES = [
  [25, '3.0'], [65, '4.0'], [122, '5.0'], [156, '6.0'], [185, '7.0'],
  [237, '8.0'], [277, '9.0'], [371, '10.0'], [421, '11.0'],
];

/**
 * A plausible `zulip_version` for a feature level: "7.0" for a release's own level,
 * "8.0-dev-<n>-g<hash>" for a level inside a development series, "2.1.8" for level 0.
 * @param {number} featureLevel
 * @returns {string}
 */
export function versionForFeatureLevel(featureLevel) {
  if (featureLevel <= 0) return '2.1.8';
  const release = RELEASES.find(([level]) => featureLevel <= level);
  if (release && release[0] === featureLevel) return release[1];
  const next = release ? release[1] : `${parseInt(RELEASES.at(-1)[1], 10) + 1}.0`;
  // Deterministic commit count and hash, so a given level always reports the same version.
  const hash = createHash('sha1').update(`zulip-${featureLevel}`).digest('hex').slice(0, 9);
  return `${next}-dev-${featureLevel * 7 + 100}-g${hash}`;
}
