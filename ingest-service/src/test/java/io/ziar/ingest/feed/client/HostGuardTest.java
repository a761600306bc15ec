package io.ziar.ingest.feed.client;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class HostGuardTest {

    private static boolean isPrivate(String address) throws UnknownHostException {
        return HostGuard.isPrivate(InetAddress.getByName(address));
    }

    @Test
    void loopbackPrivateLinkLocalAndSharedAddressesAreNotFetched() throws UnknownHostException {
        for (String address : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1"}) {
            assertThat(isPrivate(address)).as(address).isTrue();
        }
        for (String address : new String[]{"93.184.216.34", "8.8.8.8", "100.128.0.1", "2606:2800:220:1::1"}) {
            assertThat(isPrivate(address)).as(address).isFalse();
        }
    }
}
