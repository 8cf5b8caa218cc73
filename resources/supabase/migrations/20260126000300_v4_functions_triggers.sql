-- Finding Good schema v4: trigger functions and the six triggers, by the seed's names.

create or replace function public.update_updated_at()
returns trigger
language plpgsql
set search_path = public
as $$
begin
    new.updated_at = now();
    return new;
end;
$$;

-- Keeps inspiration_shares.recognized_count equal to the number of share_recognitions rows.
-- Never goes below zero, so a counter that drifted on the live data cannot turn negative.
create or replace function public.update_recognition_count()
returns trigger
language plpgsql
set search_path = public
as $$
begin
    if tg_op = 'INSERT' then
        update public.inspiration_shares
           set recognized_count = coalesce(recognized_count, 0) + 1
         where id = new.share_id;
        return new;
    elsif tg_op = 'DELETE' then
        update public.inspiration_shares
           set recognized_count = greatest(coalesce(recognized_count, 0) - 1, 0)
         where id = old.share_id;
        return old;
    end if;
    return null;
end;
$$;

drop trigger if exists trigger_recognition_count on public.share_recognitions;
create trigger trigger_recognition_count
    after insert or delete on public.share_recognitions
    for each row execute function public.update_recognition_count();

drop trigger if exists trigger_permissions_updated on public.permissions;
create trigger trigger_permissions_updated
    before update on public.permissions
    for each row execute function public.update_updated_at();

drop trigger if exists trigger_coaching_relationships_updated on public.coaching_relationships;
create trigger trigger_coaching_relationships_updated
    before update on public.coaching_relationships
    for each row execute function public.update_updated_at();

drop trigger if exists trigger_rolling_aggregates_updated on public.rolling_aggregates;
create trigger trigger_rolling_aggregates_updated
    before update on public.rolling_aggregates
    for each row execute function public.update_updated_at();

drop trigger if exists trigger_agreed_activities_updated on public.agreed_activities;
create trigger trigger_agreed_activities_updated
    before update on public.agreed_activities
    for each row execute function public.update_updated_at();

drop trigger if exists trigger_chat_conversations_updated on public.chat_conversations;
create trigger trigger_chat_conversations_updated
    before update on public.chat_conversations
    for each row execute function public.update_updated_at();
