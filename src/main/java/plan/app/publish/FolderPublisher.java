package plan.app.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import plan.cache.BuildState;
import plan.render.site.Documents;
import plan.render.site.OutputFormat;

/**
 * Publishes into the output folder, safely. Documents are first written into a staging folder
 * inside it; only when the whole build has succeeded are they moved into place, one atomic
 * rename each: the plans' documents, then the site's (the index), then the records
 * ({@link CacheRecord}, all in one file: {@link RecordPack}) that let a later build skip a plan.
 * The records are thus never newer than the documents they describe, and a publish cut short
 * leaves the previous records, which no longer match the new documents' hashes: nothing is
 * skipped wrongly.
 *
 * <p>The records, the lock and the check results live in the build's state folder
 * ({@link BuildState}), outside the output: the folder holds the site alone. The documents of a
 * plan the build was not given (deleted, renamed) are removed, each only while it is still the
 * file this tool wrote (its record's checksum): a file the build did not write is never touched.
 * The documents of a plan with errors stay as they were, but for those of a format the build no
 * longer makes; the site's own files (index, assets, framework pages) are recorded too
 * ({@link #SITE}), and those the build no longer makes go as well. A file that would go stays
 * while a page kept from an earlier build links it (see {@link #removeUnmade}): no page left in
 * the folder links a file the same build removed.
 *
 * <p>A lock file keeps two builds into the same folder from interleaving. Nothing is written
 * outside the folder: a symbolic link inside it ({@code assets/}, a document) is replaced, never
 * followed.
 */
public final class FolderPublisher implements Publisher {
    /** In the state folder; a plan id starts with a letter, so no record can have this name. */
    static final String LOCK = ".lock";
    /** The state an earlier version kept inside the output folder: removed, so the site is clean to copy. */
    private static final List<String> OLD_STATE = List.of(".plan-cache", ".plan.lock");
    private static final String STAGING_PREFIX = ".plan-staging-";
    /** The record of the site's own files (index, assets, framework pages): a plan id starts with a letter. */
    static final String SITE = ".site";
    /** A link of an HTML page, as the templates write them. */
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    /** A link with a scheme ({@code https:}, {@code mailto:}): not to a file of the site. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    /** File locks are held per process; builds on threads of one process queue here first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Moves a staged file to its place; a test's mover can stop a publish half-way. */
    @FunctionalInterface
    interface Mover {
        void move(Path staged, Path target) throws IOException;
    }

    /** One rename each: a reader sees the old file or the new one, never a part. */
    static final Mover RENAME = (staged, target) -> {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private final Path root;
    private final Path state;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ReentrantLock local;
    private final Mover mover;
    private final Map<String, CacheRecord> records = new ConcurrentHashMap<>();
    /** The index rows kept beside the keys {@link #holds} found current in this run, by plan id. */
    private final Map<String, List<String>> currentRows = new ConcurrentHashMap<>();
    private final Set<String> handed = ConcurrentHashMap.newKeySet();
    private final Set<String> siteNames = ConcurrentHashMap.newKeySet();
    /** Whether the state folder is a folder (not a link) when the build starts: asked once, not for every plan. */
    private volatile Boolean cacheIsAFolder;
    /** The records of the builds before this one, as text by id: read on first use. */
    private volatile Map<String, String> previous;
    /** The ids of every plan the build was given, or null: then no plan's documents are removed. */
    private volatile Set<String> given;
    /** The formats the whole build makes, or null (not said): then nothing is removed for its format. */
    private volatile Set<OutputFormat> formats;
    /** The checksums of the site's own files handed over in this run, by name. */
    private final Map<String, String> siteHashes = new ConcurrentHashMap<>();
    private List<String> published = List.of();

    private FolderPublisher(Path root, Path state, Path staging, FileChannel lockChannel, FileLock lock, ReentrantLock local,
                            Mover mover) {
        this.root = root;
        this.state = state;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.local = local;
        this.mover = mover;
    }

    /** Opens (creating it) the folder, waiting while another build publishes there. */
    public static FolderPublisher open(Path out) throws IOException {
        return open(out, RENAME);
    }

    static FolderPublisher open(Path out, Mover mover) throws IOException {
        return open(out, BuildState.of(out), mover);
    }

    static FolderPublisher open(Path out, Path stateFolder, Mover mover) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Path state = stateFolder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        Files.createDirectories(state);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(root, r -> new ReentrantLock());
        local.lock();
        FileChannel channel;
        FileLock lock;
        try {
            channel = openLockFile(state.resolve(LOCK));
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
        try {
            lock = channel.lock(); // waits for another process's build writing here
        } catch (IOException | RuntimeException e) {
            channel.close();
            local.unlock();
            throw e;
        }
        try {
            removeStaleStaging(root); // left by a build that was killed: we hold the lock now
            for (String old : OLD_STATE) {
                deleteTree(root.resolve(old));
            }
            Path staging = Files.createTempDirectory(root, STAGING_PREFIX);
            return new FolderPublisher(root, state, staging, channel, lock, local, mover);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            local.unlock();
            throw e;
        }
    }

    /** The lock file, never through a link: a link put there is removed first. */
    private static FileChannel openLockFile(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (Files.isSymbolicLink(file)) {
                Files.deleteIfExists(file);
            }
            try {
                return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, NOFOLLOW);
            } catch (IOException e) {
                // A link made between the check and the open (O_NOFOLLOW refused it): once more.
                if (attempt > 0 || !Files.isSymbolicLink(file)) {
                    throw e;
                }
            }
        }
    }

    private boolean cacheIsAFolder() {
        Boolean known = cacheIsAFolder;
        if (known == null) {
            known = Files.isDirectory(state, NOFOLLOW);
            cacheIsAFolder = known;
        }
        return known;
    }

    /** The folder published into. */
    Path root() {
        return root;
    }

    /** The records of the builds before, by id (none when the state folder is not a folder of its own). */
    private Map<String, String> previous() {
        Map<String, String> known = previous;
        if (known != null) {
            return known; // asked for every plan, from every thread: no lock once read
        }
        synchronized (this) {
            if (previous == null) {
                previous = cacheIsAFolder() ? RecordPack.read(state) : Map.of();
            }
            return previous;
        }
    }

    @Override
    public boolean holds(String id, String key, Collection<String> names) {
        CacheRecord record = record(id);
        if (record == null || !record.key().equals(key)) {
            return false;
        }
        for (String name : names) { // asked of every plan in a rebuild: a loop, not a stream
            if (!record.matches(name, root.resolve(name))) {
                return false;
            }
        }
        currentRows.put(id, record.row());
        return true;
    }

    @Override
    public void plan(String id, String key, Documents documents) throws IOException {
        plan(id, key, documents, List.of());
    }

    @Override
    public void plan(String id, String key, Documents documents, List<String> row) throws IOException {
        write(documents);
        records.put(id, CacheRecord.of(key, documents, row));
        handed.addAll(documents.names());
    }

    @Override
    public List<String> row(String id) {
        CacheRecord handedOver = records.get(id);
        return handedOver != null ? handedOver.row() : currentRows.getOrDefault(id, List.of());
    }

    @Override
    public void site(Documents documents) throws IOException {
        write(documents);
        handed.addAll(documents.names());
        siteNames.addAll(documents.names());
        siteHashes.putAll(CacheRecord.of(SITE, documents, List.of()).hashes());
    }

    private void write(Documents documents) throws IOException {
        for (String name : documents.names()) {
            Files.write(stage(name), documents.bytes(name));
        }
    }

    /** The staged path of an output file, refusing any name that would leave the folder. */
    private Path stage(String relative) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    /** Moves everything staged into place: plans' documents, the site's, then the records. */
    @Override
    public void publish() throws IOException {
        List<String> documents;
        try (Stream<Path> walk = Files.walk(staging)) {
            documents = walk.filter(Files::isRegularFile).map(p -> staging.relativize(p).toString()).sorted().toList();
        }
        // A rename cannot replace what blocks a document: found before the first move, nothing changes.
        for (String name : documents) {
            refuseIfBlocked(name);
        }
        List<String> site = new ArrayList<>();
        for (String name : documents) {
            if (siteNames.contains(name)) {
                site.add(name);
            } else {
                moveIntoPlace(name);
            }
        }
        for (String name : site) {
            moveIntoPlace(name);
        }
        Map<String, String> next = new TreeMap<>(previous());
        for (Map.Entry<String, CacheRecord> r : records.entrySet()) {
            // A re-rendered plan's documents it no longer has (renamed files are another plan's id).
            CacheRecord old = record(r.getKey());
            if (old != null) {
                removeWritten(old, r.getValue().hashes().keySet());
            }
            // With how its documents look now that they are in place (see CacheRecord).
            next.put(r.getKey(), r.getValue().placed(root).text());
        }
        removeUnmade(next);
        List<Path> legacy = RecordPack.legacyFiles(state);
        if (!next.equals(previous()) || !legacy.isEmpty()) {
            // Written after the documents are in place, and only then: it never describes more than is there.
            Path staged = Files.createTempFile(state, ".record-", ".tmp");
            Files.write(staged, RecordPack.encode(next));
            mover.move(staged, state.resolve(RecordPack.NAME));
            for (Path old : legacy) {
                Files.deleteIfExists(old); // an earlier version's record, now in the pack
            }
        }
        published = handed.stream().sorted().toList();
    }

    @Override
    public void keepOnly(Set<String> planIds) {
        given = Set.copyOf(planIds);
    }

    @Override
    public void makes(Set<OutputFormat> made) {
        formats = Set.copyOf(made);
    }

    /** The record of plan {@code id} the builds before this one left, or null (none, or not readable). */
    private CacheRecord record(String id) {
        String text = previous().get(id);
        return text == null ? null : CacheRecord.parse(text);
    }

    /**
     * Removes what the build no longer makes, each file only while it is still the one this tool
     * wrote (its record's checksum), and updates {@code next}: the documents and records of plans
     * the build was not given; the files of a format it no longer makes of the documents it kept
     * as they were (of a plan with errors); the site's own files it did not make again (the index
     * and assets of a build that makes no pages, a framework no longer aligned with). Any of these
     * stays while a page that stays without being made again (a kept document's, or one that
     * stays so) links it: such a page cannot be made again to link something else.
     */
    private void removeUnmade(Map<String, String> next) throws IOException {
        Set<String> keep = given;
        Set<OutputFormat> made = formats;
        if (!cacheIsAFolder() || keep == null && made == null) {
            return;
        }
        // What would go, by name, with the record it is checked against.
        Map<String, CacheRecord> unmade = new HashMap<>();
        Map<String, CacheRecord> stale = new TreeMap<>();
        Set<String> keptPages = new HashSet<>();
        for (String id : previous().keySet()) {
            if (id.equals(SITE) || records.containsKey(id) || currentRows.containsKey(id)) {
                continue; // made in this run, or found current: its documents are this build's
            }
            CacheRecord old = record(id);
            if (old == null) {
                continue;
            }
            if (keep != null && !keep.contains(id)) {
                stale.put(id, old);
                old.hashes().keySet().forEach(name -> unmade.put(name, old));
                continue;
            }
            for (String name : old.hashes().keySet()) {
                OutputFormat format = formatOf(name);
                if (made != null && format != null && !made.contains(format)) {
                    unmade.put(name, old);
                } else if (OutputFormat.HTML.names(name)) {
                    keptPages.add(name);
                }
            }
        }
        CacheRecord site = null;
        if (made != null) {
            CacheRecord before = record(SITE);
            if (before != null) {
                before.hashes().keySet().stream().filter(name -> !siteHashes.containsKey(name))
                        .forEach(name -> unmade.put(name, before));
            }
            site = before;
        }
        Set<String> spared = linkedFrom(keptPages, unmade.keySet());
        for (Map.Entry<String, CacheRecord> u : unmade.entrySet()) {
            String name = u.getKey();
            Path file = root.resolve(name).normalize();
            if (!spared.contains(name) && !handed.contains(name) && file.startsWith(root)
                    && u.getValue().matches(name, file)) {
                Files.deleteIfExists(file);
                removeEmptyFolders(file.getParent());
            }
        }
        for (Map.Entry<String, CacheRecord> s : stale.entrySet()) {
            // A document that stays because a kept page links it keeps its record: it goes once none does.
            if (s.getValue().hashes().keySet().stream().noneMatch(spared::contains)) {
                next.remove(s.getKey());
            }
        }
        if (made != null) {
            Map<String, String> hashes = new TreeMap<>(siteHashes);
            if (site != null) {
                for (String name : spared) {
                    String hash = site.hashes().get(name);
                    if (hash != null && !hashes.containsKey(name)) {
                        hashes.put(name, hash);
                    }
                }
            }
            if (hashes.isEmpty()) {
                next.remove(SITE);
            } else {
                // Without how the files look: the index is moved into place in every build, and a
                // record that changed with it would write the records again in a rebuild that changed nothing.
                next.put(SITE, new CacheRecord(SITE, hashes, Map.of(), List.of()).text());
            }
        }
    }

    /** Removes {@code folder} and the folders above it, up to the root, while they are empty (assets/ of no pages). */
    private void removeEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (!Files.isDirectory(dir, NOFOLLOW)) {
                return;
            }
            try (Stream<Path> list = Files.list(dir)) {
                if (list.findAny().isPresent()) {
                    return; // a file still there, ours or a user's
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The format of the file {@code name} of a document: its extension's, and HTML for a file of
     * {@code assets/} (a plan's logo, which only its page shows); null for none.
     */
    private static OutputFormat formatOf(String name) {
        return name.startsWith("assets/") ? OutputFormat.HTML : OutputFormat.ofFile(name);
    }

    /**
     * The names of {@code candidates} that the pages {@code pages} link, and those that the pages
     * among them link in turn, and so on.
     */
    private Set<String> linkedFrom(Set<String> pages, Set<String> candidates) {
        Set<String> linked = new HashSet<>();
        Deque<String> toRead = new ArrayDeque<>(new java.util.TreeSet<>(pages));
        while (!toRead.isEmpty()) {
            String page = toRead.pop();
            for (String target : links(page)) {
                if (candidates.contains(target) && linked.add(target) && OutputFormat.HTML.names(target)) {
                    toRead.add(target);
                }
            }
        }
        return linked;
    }

    /** The files of the folder the page {@code name} links, by name relative to it; none when it is no file. */
    private Set<String> links(String name) {
        Path page = root.resolve(name).normalize();
        String html;
        try {
            if (!page.startsWith(root) || !Files.isRegularFile(page, NOFOLLOW)) {
                return Set.of();
            }
            html = Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Set.of(); // unreadable, or not text: it links nothing of ours
        }
        Set<String> out = new HashSet<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (link.startsWith("//") || SCHEME.matcher(link).find()) {
                continue;
            }
            int cut = link.length();
            for (char c : new char[] {'#', '?'}) {
                int at = link.indexOf(c);
                if (at >= 0 && at < cut) {
                    cut = at;
                }
            }
            if (cut == 0) {
                continue;
            }
            try {
                Path target = page.getParent().resolve(
                        URLDecoder.decode(link.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
                if (target.startsWith(root) && !target.equals(root)) {
                    out.add(root.relativize(target).toString().replace(java.io.File.separatorChar, '/'));
                }
            } catch (IllegalArgumentException e) {
                // Not a path: links nothing of ours.
            }
        }
        return out;
    }

    /** Deletes each document of {@code old} not in {@code kept} that is still the file it records. */
    private void removeWritten(CacheRecord old, Set<String> kept) throws IOException {
        for (String name : old.hashes().keySet()) {
            Path file = root.resolve(name).normalize();
            if (!kept.contains(name) && !handed.contains(name) && file.startsWith(root) && old.matches(name, file)) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public List<String> published() {
        return published;
    }

    private void moveIntoPlace(String name) throws IOException {
        Path target = root.resolve(name);
        try {
            realFolders(root.relativize(target.getParent()));
            mover.move(staging.resolve(name), target);
        } catch (IOException e) {
            throw RefusedDocument.whileMoving(name, e);
        }
    }

    /**
     * Refuses document {@code name} when what stands at its place, or at a folder on its way, is
     * not what the move replaces or makes: a file or a link where the document goes, a folder or
     * a link (made a folder, see {@link #realFolders}) on the way, or nothing.
     */
    private void refuseIfBlocked(String name) throws RefusedDocument {
        Path relative = Path.of(name);
        Path at = root;
        for (int i = 0; i < relative.getNameCount(); i++) {
            at = at.resolve(relative.getName(i));
            BasicFileAttributes found;
            try {
                found = Files.readAttributes(at, BasicFileAttributes.class, NOFOLLOW);
            } catch (IOException nothingThere) {
                return;
            }
            boolean last = i == relative.getNameCount() - 1;
            if (found.isSymbolicLink() || last && found.isRegularFile()) {
                return;
            }
            if (last) {
                throw RefusedDocument.notAFile(name);
            }
            if (!found.isDirectory()) {
                throw RefusedDocument.notAFolder(root.relativize(at).toString());
            }
        }
    }

    /**
     * Makes each folder of {@code relative} (below the root) a real folder: a symbolic link there
     * would lead the rename outside the output folder, so it is removed and a folder made instead.
     */
    private void realFolders(Path relative) throws IOException {
        Path dir = root;
        for (Path part : relative) {
            if (part.toString().isEmpty()) {
                continue;
            }
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                Files.delete(dir);
            }
            if (!Files.isDirectory(dir, NOFOLLOW)) {
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    throw new IOException(root.relativize(dir) + " in the output folder is a file where a folder"
                            + " belongs; remove it", e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            deleteTree(staging);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } finally {
                local.unlock();
            }
        }
    }

    private static void removeStaleStaging(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                deleteTree(p);
            }
        }
    }

    /** Deletes a folder and what is in it; links are deleted, never followed. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
