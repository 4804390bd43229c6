package plan.testing;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.fail;

/** External programs the tests use; a missing one fails the test with what to install. */
public final class Tools {
    private Tools() {
    }

    public static Process start(List<String> command, String debianPackage) throws IOException {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            fail(command.get(0) + " is missing: install the Debian package " + debianPackage
                    + " (mvn verify does it when run as root)");
            throw e;
        }
    }
}
