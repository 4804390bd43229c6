package plan.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs the composite action of action.yml as a GitHub runner does, on this machine: inputs
 * filled from their defaults and the given values, each {@code run} step written to a script and
 * run with {@code bash --noprofile --norc -eo pipefail} in the workspace, a fresh GITHUB_OUTPUT
 * and GITHUB_STEP_SUMMARY file for each step, step outputs fed to later steps, the action's
 * outputs evaluated at the end. Steps that {@code uses:} another action (Java, caches) are
 * skipped: this machine has a JDK. Only the expressions the action needs are understood; any
 * other fails the test, so nothing is silently left out.
 */
final class ActionRunner {
    static final Path ACTION_DIR = Path.of("").toAbsolutePath();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*\\}\\}");

    /** How the action ended: the exit code of the step that failed (0 if none), what it printed. */
    record Result(int exit, String log, Map<String, String> outputs, String summary, List<String> skipped) {
    }

    private final Map<String, Object> action;
    private final Path workspace;
    private final Path temp;
    private final Map<String, String> extraEnv = new HashMap<>();
    /** The github context's values the action reads besides action_path: as for `uses: ./` by default. */
    private final Map<String, String> github = new HashMap<>(Map.of("action_ref", "", "action_repository", "",
            "token", "test-token"));

    ActionRunner(Path workspace, Path temp) throws IOException {
        this.workspace = workspace;
        this.temp = Files.createDirectories(temp);
        this.action = load(ACTION_DIR.resolve("action.yml"));
        extraEnv.put("PLAN_LAUNCHER", TestLauncher.write(temp).toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path yamlFile) {
        try {
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(yamlFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A variable of the runner's environment, e.g. HOME. */
    void env(String name, String value) {
        extraEnv.put(name, value);
    }

    /** A value of the github context, e.g. action_ref "v0.1.0" for an action used at that tag. */
    void github(String name, String value) {
        github.put(name, value);
    }

    /** Runs with no launcher of the tests': the action's own (a release it installs, or ./plan). */
    void withoutTestLauncher() {
        extraEnv.remove("PLAN_LAUNCHER");
    }

    Map<String, Object> action() {
        return action;
    }

    @SuppressWarnings("unchecked")
    Result run(Map<String, String> given) throws IOException, InterruptedException {
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, Object> declared = (Map<String, Object>) action.get("inputs");
        declared.forEach((name, spec) -> {
            Object d = ((Map<String, Object>) spec).get("default");
            inputs.put(name, d == null ? "" : String.valueOf(d));
        });
        given.forEach((name, value) -> {
            assertThat(declared).as("action.yml declares input " + name).containsKey(name);
            inputs.put(name, value);
        });
        Map<String, Map<String, String>> stepOutputs = new HashMap<>();
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertThat(runs.get("using")).isEqualTo("composite");
        StringBuilder log = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        List<String> skipped = new ArrayList<>();
        Path runnerTemp = Files.createDirectories(temp.resolve("runner-temp"));
        int exit = 0;
        int index = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
            index++;
            if (step.containsKey("uses")) {
                skipped.add(String.valueOf(step.get("uses")));
                continue;
            }
            assertThat(step.get("shell")).as("a composite run step names its shell").isEqualTo("bash");
            Map<String, String> env = new HashMap<>(System.getenv());
            env.keySet().removeIf(k -> k.startsWith("GITHUB_") || k.startsWith("INPUT_") || k.startsWith("RUNNER_"));
            env.putAll(extraEnv);
            Path output = Files.writeString(temp.resolve("output-" + index), "");
            Path stepSummary = Files.writeString(temp.resolve("summary-" + index), "");
            env.put("GITHUB_ACTION_PATH", ACTION_DIR.toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_OUTPUT", output.toString());
            env.put("GITHUB_STEP_SUMMARY", stepSummary.toString());
            env.put("RUNNER_TEMP", runnerTemp.toString());
            env.put("RUNNER_OS", "Linux");
            Map<String, Object> stepEnv = (Map<String, Object>) step.getOrDefault("env", Map.of());
            stepEnv.forEach((k, v) -> env.put(k, evaluate(String.valueOf(v), inputs, stepOutputs, runnerTemp)));
            Path script = Files.writeString(temp.resolve("step-" + index + ".sh"),
                    evaluate(String.valueOf(step.get("run")), inputs, stepOutputs, runnerTemp));
            ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                    .directory(workspace.toFile()).redirectErrorStream(true);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("step " + index + " finished").isTrue();
            log.append(printed);
            summary.append(Files.readString(stepSummary));
            if (step.get("id") != null) {
                stepOutputs.put(String.valueOf(step.get("id")), parseOutputs(Files.readString(output)));
            }
            if (p.exitValue() != 0) {
                exit = p.exitValue(); // the runner stops the action at a failed step
                break;
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        ((Map<String, Object>) action.get("outputs")).forEach((name, spec) -> outputs.put(name,
                evaluate(String.valueOf(((Map<String, Object>) spec).get("value")), inputs, stepOutputs, runnerTemp)));
        return new Result(exit, log.toString(), outputs, summary.toString(), skipped);
    }

    private String evaluate(String text, Map<String, String> inputs, Map<String, Map<String, String>> steps, Path runnerTemp) {
        Matcher m = EXPRESSION.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String[] parts = m.group(1).split("\\.");
            String value = switch (parts[0]) {
                case "inputs" -> inputs.get(parts[1]);
                case "github" -> parts[1].equals("action_path") ? ACTION_DIR.toString() : github.get(parts[1]);
                case "runner" -> parts[1].equals("os") ? "Linux" : parts[1].equals("temp") ? runnerTemp.toString() : null;
                case "steps" -> parts.length == 4 && parts[2].equals("outputs")
                        ? steps.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "") : null;
                default -> null;
            };
            assertThat(value).as("expression this runner understands: " + m.group()).isNotNull();
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        return m.appendTail(b).toString();
    }

    /** GITHUB_OUTPUT lines: {@code name=value}, or {@code name<<DELIMITER} up to the delimiter. */
    static Map<String, String> parseOutputs(String file) {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> lines = file.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int equals = line.indexOf('=');
            if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
                String delimiter = line.substring(heredoc + 2);
                List<String> value = new ArrayList<>();
                while (!lines.get(++i).equals(delimiter)) {
                    value.add(lines.get(i));
                }
                outputs.put(line.substring(0, heredoc), String.join("\n", value));
            } else if (equals > 0) {
                outputs.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return outputs;
    }
}
