package plan.app.shard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import plan.app.publish.FolderPublisher;
import plan.diag.IoReason;
import plan.render.site.Documents;

/**
 * {@code plan merge OUT SHARD_DIR...}: joins the outputs of {@code plan build --shard K/N} into
 * the site one build would have made, byte for byte, without rendering anything: each plan's
 * documents come from the shard that rendered them, the index and assets (the same in every
 * shard) once. Before writing anything it makes sure the shards fit together: one of each
 * K of the same N, made by the same tool, agreeing on the site's own documents, every file as
 * its manifest says. Publishing goes through the same {@link FolderPublisher} as a build.
 */
public final class ShardMerge {
    /** What the merge published: the output files, the number of shards and of plans. */
    public record Result(List<String> written, int shards, int plans) {
    }

    private ShardMerge() {
    }

    public static Result run(Path out, List<Path> shardFolders) throws MergeFailure {
        Map<Path, ShardManifest> shards = read(out, shardFolders);
        check(shards);
        try (FolderPublisher folder = FolderPublisher.open(out)) {
            int plans = 0;
            for (Map.Entry<Path, ShardManifest> shard : shards.entrySet()) {
                Map<String, List<String>> byOwner = shard.getValue().namesByOwner();
                for (Map.Entry<String, String> plan : shard.getValue().planKeys().entrySet()) {
                    folder.plan(plan.getKey(), plan.getValue(),
                            load(shard.getKey(), byOwner.getOrDefault(plan.getKey(), List.of())));
                    plans++;
                }
            }
            Map.Entry<Path, ShardManifest> first = shards.entrySet().iterator().next();
            List<String> siteNames = new ArrayList<>(first.getValue().namesByOwner().getOrDefault(ShardManifest.SITE, List.of()));
            siteNames.remove(ShardManifest.FILE);
            folder.site(load(first.getKey(), siteNames));
            // A plan no shard has any more (deleted, renamed) leaves the merged site too.
            folder.keepOnly(shards.values().stream().flatMap(m -> m.planKeys().keySet().stream())
                    .collect(java.util.stream.Collectors.toSet()));
            folder.publish();
            return new Result(folder.published(), shards.size(), plans);
        } catch (IOException e) {
            throw MergeFailure.usage("cannot write to " + out + ": " + IoReason.of(e), e);
        }
    }

    private static Map<Path, ShardManifest> read(Path out, List<Path> folders) throws MergeFailure {
        Path target = out.toAbsolutePath().normalize();
        Map<Path, ShardManifest> shards = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path given = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw MergeFailure.usage("no such folder: " + folder, null);
            }
            if (given.startsWith(target) || target.startsWith(given)) {
                throw MergeFailure.usage("the output folder " + out + " must lie outside the shard folder " + folder, null);
            }
            if (shards.keySet().stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(given))) {
                throw MergeFailure.shards(folder + " is given twice: give each shard once");
            }
            try {
                shards.put(folder, ShardManifest.read(folder));
            } catch (ShardManifest.Invalid e) {
                throw MergeFailure.shards(e.getMessage());
            } catch (IOException e) {
                throw MergeFailure.usage("cannot read " + folder + ": " + IoReason.of(e), e);
            }
        }
        return shards;
    }

    /** One shard of each K of one N, by one tool, agreeing on the site, no plan twice, every file intact. */
    private static void check(Map<Path, ShardManifest> shards) throws MergeFailure {
        Map.Entry<Path, ShardManifest> first = shards.entrySet().iterator().next();
        int count = first.getValue().shard().count();
        Map<Integer, Path> byIndex = new TreeMap<>();
        Map<String, Path> planOwners = new TreeMap<>();
        for (Map.Entry<Path, ShardManifest> e : shards.entrySet()) {
            Path folder = e.getKey();
            ShardManifest m = e.getValue();
            if (!m.tool().equals(first.getValue().tool())) {
                throw MergeFailure.shards("the shards were made by different versions of plan: " + first.getKey() + " by "
                        + describeTool(first.getValue().tool()) + ", " + folder + " by " + describeTool(m.tool())
                        + "; build every shard with the same plan");
            }
            if (m.shard().count() != count) {
                throw MergeFailure.shards(folder + " is shard " + m.shard() + " but " + first.getKey() + " is shard "
                        + first.getValue().shard() + ": all shards must split the build into the same number");
            }
            Path twin = byIndex.putIfAbsent(m.shard().index(), folder);
            if (twin != null) {
                throw MergeFailure.shards(twin + " and " + folder + " are both shard " + m.shard() + ": give each shard once");
            }
            for (String id : m.planKeys().keySet()) {
                Path other = planOwners.putIfAbsent(id, folder);
                if (other != null) {
                    throw MergeFailure.shards("plan " + id + " was rendered by both " + other + " and " + folder
                            + ": the shards overlap");
                }
            }
            if (!site(m).equals(site(first.getValue()))) {
                throw MergeFailure.shards("the site's index and assets differ between " + first.getKey() + " and " + folder
                        + ": the shards were built from different plans or options");
            }
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int k = 1; k <= count; k++) {
            if (!byIndex.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            // The first few by name, the rest counted: a message, not a list of thousands.
            List<String> named = missing.stream().limit(10).map(k -> k + "/" + count).toList();
            throw MergeFailure.shards("shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", named)
                    + (missing.size() > named.size() ? " and " + (missing.size() - named.size()) + " more" : "")
                    + " missing: give the output of every shard");
        }
        for (Map.Entry<Path, ShardManifest> e : shards.entrySet()) {
            verify(e.getKey(), e.getValue());
        }
    }

    /** The site's own documents of a shard, name to hash, without the manifest itself. */
    private static Map<String, String> site(ShardManifest m) {
        Map<String, String> site = new TreeMap<>();
        m.documents().forEach((name, d) -> {
            if (d.owner().equals(ShardManifest.SITE)) {
                site.put(name, d.sha256());
            }
        });
        return site;
    }

    /** Every file the manifest lists is there with the bytes it had when the shard was built. */
    private static void verify(Path folder, ShardManifest m) throws MergeFailure {
        for (Map.Entry<String, ShardManifest.Document> d : m.documents().entrySet()) {
            Path file = inside(folder, d.getKey());
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !ShardManifest.sha256(Files.readAllBytes(file)).equals(d.getValue().sha256())) {
                    throw MergeFailure.shards(file + " is missing or not as the shard built it (changed or damaged since)");
                }
            } catch (IOException e) {
                throw MergeFailure.usage("cannot read " + file + ": " + IoReason.of(e), e);
            }
        }
    }

    private static Documents load(Path folder, List<String> names) throws IOException, MergeFailure {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(name, Files.readAllBytes(inside(folder, name)));
        }
        return Documents.of(files);
    }

    /**
     * A listed name as a file of the shard's folder; a manifest naming a path outside is refused,
     * and so is a symbolic link on the way (a shard downloaded from elsewhere could otherwise
     * publish the bytes of any file of this machine the link points at).
     */
    private static Path inside(Path folder, String name) throws MergeFailure {
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw MergeFailure.shards(folder.resolve(ShardManifest.FILE) + " names a file outside its folder: " + name);
        }
        Path step = root;
        for (Path part : root.relativize(file)) {
            step = step.resolve(part);
            if (Files.isSymbolicLink(step)) {
                throw MergeFailure.shards(folder.resolve(root.relativize(step)) + " is a symbolic link: a shard's files"
                        + " are merged only as the build wrote them, never through a link");
            }
        }
        return file;
    }

    private static String describeTool(String tool) {
        String[] parts = tool.split("\t", 2);
        return parts[0] + (parts.length > 1 && parts[1].length() > 12 ? " (code " + parts[1].substring(0, 12) + ")" : "");
    }
}
