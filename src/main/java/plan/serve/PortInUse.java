package plan.serve;

import java.io.IOException;

/** The port asked for is taken: the user chooses another (a usage error, not a crash). */
public final class PortInUse extends IOException {
    private static final long serialVersionUID = 1L;

    public PortInUse(int port, Throwable cause) {
        super("port " + port + " on 127.0.0.1 is already in use: choose another with --port N,"
                + " or --port 0 for a free one", cause);
    }
}
