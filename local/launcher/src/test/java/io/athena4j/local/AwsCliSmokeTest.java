package io.athena4j.local;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code awscli-smoke.sh} (src/test/resources) with the AWS CLI against the shared server. Skipped, with the reason,
 * when no {@code aws} is on the PATH: install it with {@code apt-get install awscli} (or pip) to run it.
 */
@AthenaLocalTest
final class AwsCliSmokeTest
{
    @Test
    void awsCliSmokeRun(AthenaLocal local)
            throws Exception
    {
        Optional<Path> aws = findOnPath("aws");
        Assumptions.assumeTrue(aws.isPresent(), "the AWS CLI (aws) is not on the PATH; install it (apt-get install awscli) to run the CLI smoke test");

        Path script = Path.of(AwsCliSmokeTest.class.getResource("/awscli-smoke.sh").toURI());
        Path log = Files.createTempFile("awscli-smoke-", ".log");
        Process process = new ProcessBuilder("bash", script.toString(), local.endpoint().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, UTF_8);
        System.out.println("awscli-smoke.sh with " + aws.get() + ":\n" + output);
        assertThat(finished).as("finished within 5 minutes; output:\n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit status; output:\n%s", output).isZero();
        assertThat(output)
                .contains("get-query-execution: DML\tSUCCEEDED\n")
                .contains("get-query-results:\none\ttwo\t1\tx\n")
                .contains("get-table-metadata:\nEXTERNAL_TABLE\ts3://athena4j-cli/data/cli_smoke_")
                .contains("id\tint\nname\tstring\n")
                .contains("list-databases:\ndefault\n")
                .contains("s3 cp:\n\"one\",\"two\"\n\"1\",\"x\"\ndone\n");
        Files.delete(log);
    }

    private static Optional<Path> findOnPath(String command)
    {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
