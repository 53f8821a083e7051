package io.athena4j.it;

import io.athena4j.local.AthenaLocal;
import io.athena4j.local.AthenaLocalTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local Athena listens on loopback only unless told otherwise: its port answers on 127.0.0.1 and refuses
 * connections on the machine's other addresses. (The options' default and the {@code --bind} argument are unit-tested
 * by io.athena4j.local.TestAthenaLocalOptions and TestAthenaLocal; {@code --require-auth} by RequireAuthTest.)
 */
@AthenaLocalTest
final class LocalAthenaBindingTest
{
    @Test
    void listensOnLoopbackOnly(AthenaLocal local)
            throws IOException
    {
        int port = local.endpoint().getPort();
        assertThat(local.endpoint().getHost()).isEqualTo("127.0.0.1");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            assertThat(socket.isConnected()).isTrue();
        }
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(external.get(), port), 5_000);
            }
        }).as("connecting on %s", external.get()).isInstanceOf(ConnectException.class);
    }

    private static Optional<InetAddress> externalAddress()
            throws SocketException
    {
        for (NetworkInterface networkInterface : List.copyOf(NetworkInterface.networkInterfaces().toList())) {
            if (!networkInterface.isUp() || networkInterface.isLoopback()) {
                continue;
            }
            Optional<InetAddress> address = networkInterface.inetAddresses().filter(Inet4Address.class::isInstance).findFirst();
            if (address.isPresent()) {
                return address;
            }
        }
        return Optional.empty();
    }
}
