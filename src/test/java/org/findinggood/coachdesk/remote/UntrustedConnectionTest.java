package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.findinggood.coachdesk.sync.SyncFailure;
import org.findinggood.coachdesk.sync.SyncFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network that intercepts TLS (issue #18 item 6): a real HTTPS server on a loopback port with a certificate
 * no CA signed, as an intercepting proxy presents. The client must say the connection was not trusted,
 * not that the project "could not be reached", and must not retry.
 */
class UntrustedConnectionTest {

    @TempDir
    Path dir;

    @Test
    void anUntrustedCertificateIsNamedAsSuchAndNotRetried() throws Exception {
        HttpsServer server = selfSignedServer();
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            SupabaseProject project = new SupabaseProject(URI.create("https://localhost:" + server.getAddress().getPort()), "anon-key");
            List<Duration> sleeps = new ArrayList<>();
            RemoteHttp http = new RemoteHttp(RemoteHttp.defaultClient(),
                    new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1), sleeps::add),
                    RemoteJson.newMapper());
            PostgrestClient client = new PostgrestClient(project, AccessTokens.anonymous(project), http);

            UntrustedConnectionException untrusted = catchThrowableOfType(UntrustedConnectionException.class,
                    () -> client.from("coaches").list(JsonNode.class));

            assertThat(untrusted.sentence()).startsWith("The connection to the Supabase project was not trusted")
                    .doesNotContain("could not be reached");
            assertThat(sleeps).as("no retry: another try meets the same certificate").isEmpty();
            assertThat(requests.get()).as("no request got through the handshake").isZero();
            SyncFailure failure = new SyncFailures().describe(untrusted);
            assertThat(failure.sentence()).startsWith("The connection to the Supabase project was not trusted");
            assertThat(failure.offline()).isTrue();
        } finally {
            server.stop(0);
        }
    }

    /** keytool (in every JDK) makes the self-signed certificate; the JDK's HttpsServer presents it. */
    private HttpsServer selfSignedServer() throws Exception {
        Path keystore = dir.resolve("interceptor.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "interceptor", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }
}
