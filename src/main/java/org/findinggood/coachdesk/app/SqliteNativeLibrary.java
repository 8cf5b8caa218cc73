package org.findinggood.coachdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The SQLite driver's native library, unpacked once into the data folder. By default the driver
 * copies it (1 MB) out of its jar into the temp folder on every start, under a new name, and
 * compares checksums; pointing {@code org.sqlite.lib.path} at a copy that is already there skips
 * that. The folder name carries the driver version, so an upgrade unpacks its own. If the copy
 * cannot be loaded the driver falls back to unpacking as usual.
 */
final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Call before the first cache opens; does nothing when the library location was chosen already. */
    static void useUnpackedIn(Path dataFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Named by this JVM's own platform properties: finding the driver's folder (OSInfo) runs
            // `uname`, which only the first start, the one that unpacks, needs to pay for.
            String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
            Path folder = dataFolder.resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
            Path library = folder.resolve(name);
            if (!Files.exists(library)) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(folder);
                    Path partial = Files.createTempFile(folder, name, ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    move(partial, library);
                }
            }
            System.setProperty(NAME_PROPERTY, name);
            System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
        } catch (IOException | RuntimeException e) {
            // The driver unpacks it into the temp folder itself, as it always did.
            LOG.debug("Could not keep the SQLite native library in the data folder", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(from);
            // Another start unpacked it at the same moment: theirs is as good.
            if (!Files.exists(to)) {
                throw e;
            }
        }
    }
}
