package org.findinggood.coachdesk.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.net.SlowLinkProxy;

/**
 * What a coach on hotel Wi-Fi feels: the first sync through {@link SlowLinkProxy} (40 ms per request, 20 Mbit/s)
 * against a plain sequential fetch of the same rows over the same link ({@link RawFetch}, nothing stored). The
 * sync keeps {@link SyncSettings#readers()} requests in flight, so it can beat the plain fetch.
 */
final class SlowLinkRound {

    private SlowLinkRound() {
    }

    static void run(BenchReport report, String prefix, LocalSyncStack stack, String coachEmail, UUID coachId,
            List<String> emails, Path dir) throws Exception {
        URI direct = stack.supabase().baseUrl();
        try (SlowLinkProxy link = SlowLinkProxy.hotelWifi(direct)) {
            URI url = link.baseUrl(direct);
            OkHttpClient http = RemoteHttp.defaultClient();
            LocalSyncStack.SignedIn coach = stack.signIn(coachEmail, url, http, 1000);
            RawFetch raw = new RawFetch(http, url.toString(), stack.supabase().anonKey(), coach.tokens().accessToken(), coachId);

            long requests = link.requests();
            long bytes = link.bytesDown();
            long start = System.nanoTime();
            long rawRows = raw.fetchAll(emails, RawFetch.DISCARD);
            long rawMs = (System.nanoTime() - start) / 1_000_000;
            long rawRequests = link.requests() - requests;
            long rawBytes = link.bytesDown() - bytes;

            requests = link.requests();
            bytes = link.bytesDown();
            long syncMs;
            try (CacheDatabase cache = LocalSyncStack.openCache(dir.resolve(prefix + "-slow-link.db"), CacheKey.random())) {
                start = System.nanoTime();
                coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE);
                syncMs = (System.nanoTime() - start) / 1_000_000;
            }
            report.note(String.format(Locale.ROOT, "%s over 40 ms per request and 20 Mbit/s: plain fetch %d rows in %d ms"
                    + " (%d requests, %d MiB); sync %d ms (%d requests, %d MiB)", prefix, rawRows, rawMs, rawRequests,
                    rawBytes >> 20, syncMs, link.requests() - requests, (link.bytesDown() - bytes) >> 20));
            report.metric(prefix + "-slow-link-raw-ms", rawMs);
            report.metric(prefix + "-slow-link-ms", syncMs);
            report.metric(prefix + "-slow-link-vs-raw", (double) syncMs / rawMs);
        }
    }
}
