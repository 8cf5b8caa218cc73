package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogConfiguratorTest {

    @TempDir
    Path logs;

    @Test
    void logsInfoToTheRollingFileInTheLogFolderAndQuietensChattyLibraries() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's own start-up gives the app's context
        try {
            AppLogConfigurator.configure(context, logs);
            context.getLogger("org.findinggood.coachdesk.Example").info("Sync finished: {} rows", 12);
            context.getLogger("org.findinggood.coachdesk.Example").debug("not at INFO");
            context.getLogger("okhttp3.OkHttpClient").info("a connection leaked");
            context.getLogger("org.freedesktop.dbus.Example").info("/org/freedesktop/secrets/collection/login");

            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
            String file = Files.readString(logs.resolve("coach-desk.log"));
            assertThat(file).contains("INFO  org.findinggood.coachdesk.Example - Sync finished: 12 rows")
                    .contains("[" + Thread.currentThread().getName() + "]")
                    .doesNotContain("not at INFO").doesNotContain("leaked").doesNotContain("/org/freedesktop");
        } finally {
            context.stop();
        }
    }

    @Test
    void leavesTheConfigurationToAnXmlFileOnTheClassPath() {
        // the tests' logback-test.xml is on this class path: the suite log (LogSecretsScanTest) must keep working
        LoggerContext context = new LoggerContext();
        try {
            AppLogConfigurator configurator = new AppLogConfigurator();
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            context.stop();
        }
    }
}
