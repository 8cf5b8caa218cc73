// Builds the requests of PostgrestWireFormatTest's query table with the official @supabase/postgrest-js,
// recording method, URL, Prefer header and body through a custom fetch instead of sending them.
// Prints one JSON array on stdout: [{name, method, url, prefer, body}].
import { PostgrestClient } from '@supabase/postgrest-js'

const recorded = []
let current = null

const recordingFetch = async (url, init = {}) => {
  const headers = new Headers(init.headers)
  recorded.push({
    name: current,
    method: init.method ?? 'GET',
    url: url.toString(),
    prefer: headers.get('Prefer'),
    body: init.body ?? null,
  })
  return new Response(init.method === 'HEAD' ? null : '[]', {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Content-Range': '*/0' },
  })
}

const db = new PostgrestClient('http://localhost:3000/rest/v1', { fetch: recordingFetch })
const ID = '8b0d1d1e-4c59-4a51-9b55-2b6b7d3ad0a1'
const COACH = '7d3c1c52-0d0a-4a57-9f0e-3b1f4f5e2a10'

const cases = {
  select_all: () => db.from('agreed_activities').select(),
  select_columns: () => db.from('agreed_activities').select('id, client_email,  status'),
  eq_special_characters: () => db.from('agreed_activities').select()
    .eq('activity_text', `Call O'Brien, then (maybe) "lunch" & 50% + more? #1 é`),
  comparisons: () => db.from('weekly_snapshots').select()
    .neq('client_email', 'a@x.org').gt('week_number', 3).gte('created_at', '2026-11-25T01:00:00+00:00')
    .lt('week_number', 40).lte('week_start', '2026-11-23'),
  like_ilike: () => db.from('agreed_activities').select().like('activity_text', '*50%*').ilike('client_email', '*@Example.ORG'),
  in_with_commas_and_quotes: () => db.from('coaching_relationships').select()
    .in('client_email', ['a@x.org', 'b,c@x.org', "o'brien@x.org", 'say "hi"@x.org', '(paren)@x.org', 'a@x.org']),
  in_numbers: () => db.from('weekly_snapshots').select().in('week_number', [1, 2, 3]),
  is_null_and_not: () => db.from('coaching_relationships').select().is('ended_at', null).not('started_at', 'is', null),
  is_boolean: () => db.from('predictions').select().is('share_to_feed', true),
  or_group: () => db.from('coaching_relationships').select()
    .or('status.eq.active,and(status.eq.paused,ended_at.is.null)'),
  or_with_quoted_values: () => db.from('coaches').select()
    .or('name.eq."Smith, J. (Jr)",email.eq."a.b@x.org"'),
  // Coach Desk's scoped keyset page: the coach filter and the keyset are two chained .or() groups, which
  // PostgREST ANDs (every or/and parameter is its own logic tree).
  coach_scope_and_keyset: () => db.from('agreed_activities').select()
    .in('client_email', ['a@x.org', 'b@x.org'])
    .or(`coach_id.eq.${COACH},coach_id.is.null`)
    .or(`updated_at.gt."2026-11-25T01:00:00.123456Z",and(updated_at.eq."2026-11-25T01:00:00.123456Z",id.gt.${ID})`)
    .order('updated_at').order('id').limit(1000),
  order_with_nulls: () => db.from('agreed_activities').select()
    .order('updated_at', { ascending: false, nullsFirst: false }).order('coach_notes', { nullsFirst: true }).order('id'),
  range: () => db.from('weekly_snapshots').select().order('id').range(1000, 1999),
  limit: () => db.from('weekly_snapshots').select().limit(50),
  count_head: () => db.from('weekly_snapshots').select('*', { count: 'exact', head: true }).eq('client_email', 'a@x.org'),
  count_with_rows: () => db.from('weekly_snapshots').select('*', { count: 'exact' }).limit(5),
  insert_one: () => db.from('agreed_activities').insert({ client_email: 'a@x.org', coach_id: COACH, activity_text: 'Walk, daily' }).select(),
  insert_batch: () => db.from('agreed_activities').insert([
    { client_email: 'a@x.org', activity_text: 'one' },
    { client_email: 'b@x.org', activity_text: 'two', coach_notes: 'private' },
  ]).select(),
  upsert_on_conflict: () => db.from('rolling_aggregates').upsert([
    { client_email: 'a@x.org', coach_id: COACH, total_weeks: 4 },
  ], { onConflict: 'client_email,coach_id' }).select(),
  update_filtered: () => db.from('agreed_activities').update({ status: 'resolved', coach_notes: null })
    .eq('id', ID).eq('updated_at', '2026-11-25T01:00:00.123456+00:00').select(),
  delete_filtered: () => db.from('agreed_activities').delete().eq('id', ID).select(),
}

for (const [name, build] of Object.entries(cases)) {
  current = name
  await build()
}
process.stdout.write(JSON.stringify(recorded))
