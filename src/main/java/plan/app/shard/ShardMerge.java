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
import plan.app.publish.RefusedDocument;
import plan.diag.IoReason;
import plan.diag.Message;
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
                            load(shard.getKey(), byOwner.getOrDefault(plan.getKey(), List.of())),
                            shard.getValue().rows().getOrDefault(plan.getKey(), List.of()));
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
            throw MergeFailure.usage(e, RefusedDocument.messageOf(e, out));
        }
    }

    private static Map<Path, ShardManifest> read(Path out, List<Path> folders) throws MergeFailure {
        Path target = out.toAbsolutePath().normalize();
        Map<Path, ShardManifest> shards = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path given = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw MergeFailure.usage(null, "merge.no-folder", folder);
            }
            if (given.startsWith(target) || target.startsWith(given)) {
                throw MergeFailure.usage(null, "merge.out-inside", out, folder);
            }
            if (shards.keySet().stream().anyMatch(f -> f.toAbsolutePath().normalize().equals(given))) {
                throw MergeFailure.shards("merge.given-twice", folder);
            }
            try {
                shards.put(folder, ShardManifest.read(folder));
            } catch (ShardManifest.Invalid e) {
                throw MergeFailure.shards(e.why);
            } catch (IOException e) {
                throw MergeFailure.usage(e, "io.cannot-read", folder, IoReason.message(e));
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
                throw MergeFailure.shards("merge.tools-differ", first.getKey(),
                        describeTool(first.getValue().tool()), folder, describeTool(m.tool()));
            }
            if (m.shard().count() != count) {
                throw MergeFailure.shards("merge.counts-differ", folder, m.shard().toString(), first.getKey(),
                        first.getValue().shard().toString());
            }
            Path twin = byIndex.putIfAbsent(m.shard().index(), folder);
            if (twin != null) {
                throw MergeFailure.shards("merge.same-shard", twin, folder, m.shard().toString());
            }
            for (String id : m.planKeys().keySet()) {
                Path other = planOwners.putIfAbsent(id, folder);
                if (other != null) {
                    throw MergeFailure.shards("merge.plan-twice", id, other, folder);
                }
            }
            if (!site(m).equals(site(first.getValue()))) {
                throw MergeFailure.shards("merge.site-differs", first.getKey(), folder);
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
            String list = String.join(", ", named);
            Object shown = missing.size() > named.size() ? Message.of("list.and-more", list, missing.size() - named.size()) : list;
            throw MergeFailure.shards(missing.size() > 1 ? "merge.missing.many" : "merge.missing.one", shown);
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
                    throw MergeFailure.shards("merge.damaged", file);
                }
            } catch (IOException e) {
                throw MergeFailure.usage(e, "io.cannot-read", file, IoReason.message(e));
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
            throw MergeFailure.shards("merge.outside", folder.resolve(ShardManifest.FILE), name);
        }
        Path step = root;
        for (Path part : root.relativize(file)) {
            step = step.resolve(part);
            if (Files.isSymbolicLink(step)) {
                throw MergeFailure.shards("merge.link", folder.resolve(root.relativize(step)));
            }
        }
        return file;
    }

    private static String describeTool(String tool) {
        String[] parts = tool.split("\t", 2);
        return parts[0] + (parts.length > 1 && parts[1].length() > 12 ? " (code " + parts[1].substring(0, 12) + ")" : "");
    }
}
