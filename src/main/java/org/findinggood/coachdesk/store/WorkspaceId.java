package org.findinggood.coachdesk.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One Supabase project plus one coach: each has its own cache file. The file name is readable
 * (project host) but carries no e-mail address; a short hash tells coaches and projects apart.
 */
public record WorkspaceId(URI projectUrl, String coachEmail) {

    public WorkspaceId {
        Objects.requireNonNull(projectUrl, "projectUrl");
        Objects.requireNonNull(coachEmail, "coachEmail");
    }

    /** The cache file for this workspace under the app's data folder ({@code AppDirectories.data()}). */
    public Path cacheFile(Path dataDirectory) {
        return dataDirectory.resolve("workspaces").resolve(fileName());
    }

    /** e.g. {@code abcd.supabase.co-3f9c0a12e4b7d801.db}: only [a-z0-9.-], safe on every file system. */
    public String fileName() {
        String host = projectUrl.getHost() == null ? "project" : projectUrl.getHost().toLowerCase(Locale.ROOT);
        if (projectUrl.getPort() > 0) {
            host = host + "-" + projectUrl.getPort();
        }
        String safeHost = host.replaceAll("[^a-z0-9.-]", "-");
        if (safeHost.length() > 60) {
            safeHost = safeHost.substring(0, 60);
        }
        return safeHost + "-" + shortHash() + ".db";
    }

    private String shortHash() {
        String identity = projectUrl.toString().toLowerCase(Locale.ROOT).replaceAll("/+$", "")
                + "\n" + coachEmail.trim().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
