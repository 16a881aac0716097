import { sql, type Kysely } from 'kysely';

// The poster's routekaart band (file version 10): one column on the poster settings. NULL is
// the default (on for an A0 poster once the routekaart has items), 0 and 1 the consultant's
// choice. Frozen in time like every migration.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `ALTER TABLE vision_poster ADD COLUMN roadmap_band INTEGER
         CHECK (roadmap_band IS NULL OR roadmap_band IN (0, 1))`,
    )
    .execute(db);
}
