package org.xinye.ledger.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of a ledger in a {@code backups/} folder beside it. Each is a consistent copy taken
 * with {@code VACUUM INTO} (never a copy of the live file), verified by opening it read-only
 * and running {@code quick_check}, then the folder is rotated: every backup of today, the
 * newest of each of the last {@code daily} days and of each of the {@code weekly} weeks
 * before them are kept. Names: {@code <ledger name>.<yyyyMMdd-HHmmss>.<tag>.xldb}.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    public static final String DAILY = "daily";
    public static final String MANUAL = "manual";
    /** Kept aside when a damaged ledger is replaced by a restore; never rotated away. */
    public static final String DAMAGED = "damaged";
    public static final String KEEP_DAILY = "backup.keepDaily";
    public static final String KEEP_WEEKLY = "backup.keepWeekly";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})(?:-\\d+)?\\.([a-z0-9-]+)" + Pattern.quote(LedgerFiles.EXTENSION));
    /** A copy left half-written, with any journal SQLite kept beside it. */
    private static final Pattern UNFINISHED = Pattern.compile("(" + NAME.pattern() + "\\.writing)(?:-journal|-wal|-shm)?");
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());

    /** How many to keep: {@code daily} days, then {@code weekly} weeks. Stored in the ledger's settings. */
    public record Policy(int daily, int weekly) {
        public static final Policy DEFAULT = new Policy(7, 4);

        static Policy of(SettingsRepository settings) {
            return new Policy(number(settings, KEEP_DAILY, DEFAULT.daily), number(settings, KEEP_WEEKLY, DEFAULT.weekly));
        }

        private static int number(SettingsRepository settings, String key, int fallback) {
            try {
                return settings.get(key).map(v -> Math.max(1, Integer.parseInt(v.trim()))).orElse(fallback);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
    }

    /** One backup file. */
    public record Backup(Path file, LocalDateTime takenAt, String tag, long size) {
    }

    private final Clock clock;

    public Backups(Clock clock) {
        this.clock = clock;
    }

    /**
     * The hook for anything about to change a lot at once (an import, a restore, an undo):
     * takes a verified backup now, or throws so the caller does not go ahead unprotected.
     * {@code reason} becomes part of the file name, e.g. {@code before-import}.
     */
    public static Backup beforeRiskyChange(Ledger ledger, String reason) {
        return new Backups(Clock.systemDefaultZone()).take(ledger, "before-" + reason);
    }

    public static Path folderOf(Path ledgerFile) {
        return ledgerFile.toAbsolutePath().normalize().resolveSibling(FOLDER);
    }

    /** Takes a backup into the folder beside the ledger, verifies it and rotates the folder. */
    public Backup take(Ledger ledger, String tag) {
        String safeTag = tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        Path folder = folderOf(ledger.file());
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = freeName(folder, ledger.file().getFileName().toString(), now, safeTag);
        ledger.copyTo(target);
        verify(target);
        Backup made = describe(target, now, safeTag);
        LOG.log(Level.INFO, "backup {0} verified ({1} bytes)", target, made.size());
        rotate(ledger.file(), ledger.read(s -> Policy.of(s.settings())));
        return made;
    }

    /** The automatic backup on open: only when none was taken today. */
    public Optional<Backup> dailyIfDue(Ledger ledger) {
        LocalDate today = LocalDate.now(clock);
        if (list(ledger.file()).stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        return Optional.of(take(ledger, DAILY));
    }

    /** Writes a verified copy to a file the user named (outside the rotated folder). */
    public static void copyVerified(Ledger ledger, Path target) {
        ledger.copyTo(target);
        try {
            verify(target);
        } catch (StoreException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * Opens a backup read-only and checks that it is one of our ledgers and passes
     * {@code quick_check}; a failing file is removed and the failure thrown.
     */
    static void verify(Path file) {
        if (!usable(file, true)) {
            deleteQuietly(file);
            throw new StoreException(StoreException.Kind.IO, "backup.verifyFailed", null, file);
        }
    }

    /**
     * One of our ledgers, of a version this build reads, with exactly its schema, passing
     * {@code quick_check}. A copy {@code justMade} of the open ledger is checked without
     * evaluating its rows' CHECK constraints again ({@link Connections#quickCheckOfOwnCopy}).
     */
    private static boolean usable(Path file, boolean justMade) {
        try (Connection c = Connections.connect(file, true)) {
            LedgerGate.admit(c, file, "schema.refused.backup", !justMade);
            return !justMade || Connections.isOk(Connections.quickCheckOfOwnCopy(c));
        } catch (SQLException | StoreException e) {
            LOG.log(Level.INFO, "backup {0} not usable: {1}", file, e.getMessage());
            return false;
        }
    }

    /** The backups of this ledger, newest first. */
    public List<Backup> list(Path ledgerFile) {
        Path folder = folderOf(ledgerFile);
        String prefix = ledgerFile.getFileName().toString() + ".";
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                String name = f.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    return;
                }
                Matcher m = NAME.matcher(name.substring(prefix.length()));
                if (m.matches()) {
                    out.add(describe(f, LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
                }
            });
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "store.cantRead", e, folder, e.getMessage());
        }
        out.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** The newest backup that is a sound, unaltered ledger, for restoring a damaged ledger. */
    public Optional<Backup> newestVerified(Path ledgerFile) {
        for (Backup b : list(ledgerFile)) {
            if (DAMAGED.equals(b.tag())) {
                continue;
            }
            if (usable(b.file(), false)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * Deletes what the policy does not keep; damaged files set aside by a restore are never
     * deleted. Copies left half-written by a process that ended during a backup (a power cut,
     * a killed window) go too: each is as big as the ledger, and nothing else would remove them.
     */
    void rotate(Path ledgerFile, Policy policy) {
        sweepUnfinished(ledgerFile);
        List<Backup> all = list(ledgerFile).stream().filter(b -> !DAMAGED.equals(b.tag())).toList();
        Set<Backup> keep = keep(all, policy, LocalDate.now(clock));
        for (Backup b : all) {
            if (!keep.contains(b)) {
                deleteQuietly(b.file());
                LOG.log(Level.INFO, "rotated away backup {0}", b.file());
            }
        }
    }

    private static void sweepUnfinished(Path ledgerFile) {
        Path folder = folderOf(ledgerFile);
        String prefix = ledgerFile.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                Matcher m = name.startsWith(prefix) ? UNFINISHED.matcher(name.substring(prefix.length())) : null;
                if (m != null && m.matches() && !LedgerCopy.writing(folder.resolve(prefix + m.group(1)))) {
                    Files.deleteIfExists(f);
                    LOG.log(Level.INFO, "removed unfinished copy {0}", f);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not sweep unfinished copies in {0}: {1}", folder, e.getMessage());
        }
    }

    /** {@code newestFirst} sorted newest first. */
    static Set<Backup> keep(List<Backup> newestFirst, Policy policy, LocalDate today) {
        Set<Backup> keep = new LinkedHashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<Integer> weeks = new HashSet<>();
        LocalDate oldestDaily = null;
        for (Backup b : newestFirst) {
            LocalDate day = b.takenAt().toLocalDate();
            if (day.equals(today)) {
                keep.add(b);
                days.add(day);
                oldestDaily = day;
            } else if (days.size() < policy.daily() && days.add(day)) {
                keep.add(b);
                oldestDaily = day;
            }
        }
        for (Backup b : newestFirst) {
            LocalDate day = b.takenAt().toLocalDate();
            if (oldestDaily != null && !day.isBefore(oldestDaily)) {
                continue;
            }
            int week = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < policy.weekly() && weeks.add(week)) {
                keep.add(b);
            }
        }
        return keep;
    }

    private static Path freeName(Path folder, String ledgerName, LocalDateTime at, String tag) {
        String stamp = STAMP.format(at);
        Path p = folder.resolve(ledgerName + "." + stamp + "." + tag + LedgerFiles.EXTENSION);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(ledgerName + "." + stamp + "-" + n + "." + tag + LedgerFiles.EXTENSION);
        }
        return p;
    }

    /** A name in the backup folder for a file set aside now with {@code tag}. */
    Path nameFor(Path ledgerFile, String tag) {
        return freeName(folderOf(ledgerFile), ledgerFile.getFileName().toString(), LocalDateTime.now(clock), tag);
    }

    private static Backup describe(Path f, LocalDateTime at, String tag) {
        long size;
        try {
            size = Files.size(f);
        } catch (IOException e) {
            size = -1;
        }
        return new Backup(f, at, tag, size);
    }

    static void deleteQuietly(Path f) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(f.resolveSibling(f.getFileName() + suffix));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove {0}", f);
            }
        }
    }
}
