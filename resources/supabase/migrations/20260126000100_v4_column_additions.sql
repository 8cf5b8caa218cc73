-- Finding Good schema v4: column additions to existing tables.

alter table public.predictions add column if not exists what_matters_most text;
alter table public.predictions add column if not exists share_to_feed boolean default false;

alter table public.clients add column if not exists calendar_link text;
