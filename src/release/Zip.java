import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Zips a folder for the release with each file's Unix mode kept (bin/plan stays executable when
 * unpacked on Linux or macOS) and one fixed time for every entry, so the same input gives the
 * same bytes. Run as a source file by make-release.sh, with commons-compress (a dependency of
 * Apache POI, already among plan's jars) on the class path: `java -cp JARS Zip.java OUT.zip
 * BASE FOLDER EPOCH_SECONDS` stores FOLDER (relative to BASE) and everything under it.
 */
public final class Zip {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path base = Path.of(args[1]);
        Path folder = base.resolve(args[2]);
        FileTime time = FileTime.fromMillis(Long.parseLong(args[3]) * 1000);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted().toList();
        }
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Path p : paths) {
                String name = base.relativize(p).toString().replace('\\', '/');
                boolean dir = Files.isDirectory(p);
                ZipArchiveEntry entry = new ZipArchiveEntry(dir ? name + "/" : name);
                entry.setLastModifiedTime(time);
                entry.setUnixMode((dir ? 040000 : 0100000) | (dir || Files.isExecutable(p) ? 0755 : 0644));
                zip.putArchiveEntry(entry);
                if (!dir) {
                    Files.copy(p, zip);
                }
                zip.closeArchiveEntry();
            }
        }
    }
}
