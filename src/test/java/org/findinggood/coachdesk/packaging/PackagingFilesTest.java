package org.findinggood.coachdesk.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The installer inputs of every OS, checked on any OS: Windows and macOS installers cannot be built
 * here, so a missing argument file, a wrong icon path or a broken icon would otherwise first show on
 * a Windows or Mac machine. The Linux build itself is checked end to end by packaging/smoke-test.sh.
 */
class PackagingFilesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path PACKAGING = PROJECT.resolve("packaging");

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"linux, deb, .png", "linux, rpm, .png", "windows, msi, .ico", "macos, dmg, .icns"})
    void everyArgumentFileThePomNamesExistsAndItsPathsResolve(String os, String installer, String iconSuffix)
            throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        List<String> argFiles = new ArrayList<>();
        Matcher m = Pattern.compile("<argument>@(packaging/[^<]+)</argument>").matcher(pom);
        while (m.find()) {
            argFiles.add(m.group(1).replace("${package.os}", os).replace("${package.installerType}", installer));
        }
        assertThat(argFiles).contains("packaging/jlink.args", "packaging/jpackage.args",
                "packaging/app-image.args", "packaging/" + os + "/jpackage.args",
                "packaging/" + os + "/" + installer + ".args");

        for (String name : List.of("packaging/jpackage.args", "packaging/app-image.args",
                "packaging/" + os + "/jpackage.args", "packaging/" + os + "/" + installer + ".args")) {
            List<String> args = JpackageArgs.read(PROJECT.resolve(name));
            for (String pathOption : List.of("--icon", "--resource-dir")) {
                String value = JpackageArgs.valueOf(args, pathOption);
                if (value != null) {
                    assertThat(PROJECT.resolve(value)).as(name + " " + pathOption).exists();
                    if (pathOption.equals("--icon")) {
                        assertThat(value).as(name + " icon for " + os).endsWith(iconSuffix);
                    }
                }
            }
        }
    }

    @Test
    void identityIsTheSameForEveryOs() throws IOException {
        List<String> args = JpackageArgs.read(PACKAGING.resolve("jpackage.args"));
        assertThat(JpackageArgs.valueOf(args, "--name")).isEqualTo("Coach Desk");
        assertThat(JpackageArgs.valueOf(args, "--vendor")).isEqualTo("Finding Good");
        assertThat(JpackageArgs.valueOf(args, "--app-version")).as("the pom passes the version").isNull();
        List<String> launcher = JpackageArgs.read(PACKAGING.resolve("app-image.args"));
        assertThat(JpackageArgs.valueOf(launcher, "--main-class"))
                .isEqualTo(org.findinggood.coachdesk.app.Launcher.class.getName());
        assertThat(JpackageArgs.read(PACKAGING.resolve("macos/jpackage.args")))
                .containsSequence("--mac-package-identifier", "org.findinggood.coachdesk");
    }

    @Test
    void windowsUpgradeCodeIsAFixedUuid() throws IOException {
        String uuid = JpackageArgs.valueOf(JpackageArgs.read(PACKAGING.resolve("windows/msi.args")), "--win-upgrade-uuid");
        assertThat(UUID.fromString(uuid).toString()).isEqualTo(uuid);
    }

    @Test
    void linuxPackagesDependOnGtk() throws IOException {
        assertThat(JpackageArgs.valueOf(JpackageArgs.read(PACKAGING.resolve("linux/deb.args")), "--linux-package-deps"))
                .contains("libgtk-3-0");
        assertThat(JpackageArgs.valueOf(JpackageArgs.read(PACKAGING.resolve("linux/rpm.args")), "--linux-package-deps"))
                .contains("gtk3");
    }

    @Test
    void runtimeHasTheModulesTheAppCannotStartOrConnectWithout() throws IOException {
        String modules = JpackageArgs.valueOf(JpackageArgs.read(PACKAGING.resolve("jlink.args")), "--add-modules");
        assertThat(Arrays.asList(modules.split(","))).contains("java.base", "java.desktop", "java.sql",
                "java.naming", "jdk.unsupported", "jdk.crypto.ec");
    }

    @Test
    void desktopEntryHasCategoriesAndLetsJpackageFillTheLauncher() throws IOException {
        List<String> lines = Files.readAllLines(PACKAGING.resolve("linux/resources/Coach Desk.desktop"));
        assertThat(lines.get(0)).isEqualTo("[Desktop Entry]");
        assertThat(lines).contains("Type=Application", "Name=Coach Desk", "Exec=APPLICATION_LAUNCHER",
                "Icon=APPLICATION_ICON", "StartupWMClass=Coach Desk");
        String categories = lines.stream().filter(l -> l.startsWith("Categories=")).findFirst().orElseThrow();
        assertThat(categories.substring("Categories=".length()).split(";")).contains("Office", "Education");
        assertThat(categories).endsWith(";");
    }

    @Test
    void linuxIconsHaveTheSizeTheirNameSays() throws IOException {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            assertThat(pngSize(PACKAGING.resolve("linux/icons/coach-desk-" + size + ".png")))
                    .as("coach-desk-%d.png", size).containsExactly(size, size);
        }
        assertThat(pngSize(PACKAGING.resolve("linux/coach-desk.png"))).containsExactly(256, 256);
    }

    @Test
    void windowsIconHoldsSizesUpTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(PACKAGING.resolve("windows/coach-desk.ico")))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            widths.add(width == 0 ? 256 : width);
            int bytes = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertThat(offset + bytes).as("entry %d inside the file", i).isLessThanOrEqualTo(ico.capacity());
        }
        assertThat(widths).contains(16, 32, 48, 256);
    }

    @Test
    void macIconIsAWellFormedIcnsWithRetinaSizes() throws IOException {
        byte[] bytes = Files.readAllBytes(PACKAGING.resolve("macos/coach-desk.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at < bytes.length) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
            int length = icns.getInt(at + 4);
            assertThat(length).isGreaterThan(8);
            assertThat(Arrays.copyOfRange(bytes, at + 8, at + 12)).as("PNG payload")
                    .containsExactly(0x89, 'P', 'N', 'G');
            at += length;
        }
        assertThat(at).isEqualTo(bytes.length);
        assertThat(types).contains("ic07", "ic08", "ic09", "ic10");
    }

    private static int[] pngSize(Path png) throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(png), 24);
        assertThat(Arrays.copyOf(header, 8)).as("%s is a PNG", png)
                .containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        ByteBuffer b = ByteBuffer.wrap(header);
        return new int[] {b.getInt(16), b.getInt(20)};
    }
}
