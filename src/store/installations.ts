/**
 * Installations of the app (multi-workspace OAuth): Bolt's own file store under
 * DATA_DIR/installations by default, or the `installations` table when the store is
 * PostgreSQL. An org-wide install is keyed by its enterprise id, any other by its workspace.
 */
import { join } from 'node:path';
import { FileInstallationStore, type Installation, type InstallationQuery, type InstallationStore } from '@slack/bolt';
import type pg from 'pg';

export function fileInstallationStore(dataDir: string): InstallationStore {
  return new FileInstallationStore({ baseDir: join(dataDir, 'installations'), historicalDataEnabled: false });
}

/** `E:<enterprise>` for an org-wide install, `T:<team>` otherwise. */
export function installationKey(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (!q.teamId) throw new Error('an installation query needs a team id, or an enterprise id for an org-wide install');
  return `T:${q.teamId}`;
}

export function pgInstallationStore(pool: pg.Pool): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const key = installationKey({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      await pool.query(
        `INSERT INTO installations (key, team_id, enterprise_id, is_enterprise_install, installation, updated_at) VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (key) DO UPDATE SET installation = EXCLUDED.installation, team_id = EXCLUDED.team_id, enterprise_id = EXCLUDED.enterprise_id, is_enterprise_install = EXCLUDED.is_enterprise_install, updated_at = now()`,
        [key, installation.team?.id ?? null, installation.enterprise?.id ?? null, !!installation.isEnterpriseInstall, JSON.stringify(installation)],
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const row = (await pool.query<{ installation: Installation }>('SELECT installation FROM installations WHERE key = $1', [installationKey(query)])).rows[0];
      if (!row) throw new Error(`no installation for ${installationKey(query)}`);
      return row.installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await pool.query('DELETE FROM installations WHERE key = $1', [installationKey(query)]);
    },
  };
}
