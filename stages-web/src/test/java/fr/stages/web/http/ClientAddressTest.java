package fr.stages.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXY),
                "anyone may write the header: a client chooses nothing");
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()));
    }

    @Test
    void behindATrustedProxyTheClientItSawCounts() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXY));
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1, 10.0.0.6", PROXY),
                "through two trusted proxies");
    }

    @Test
    void whatTheClientWroteBeforeTheProxyIsNotBelieved() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY),
                "a forged first hop is ignored: the proxy appended the real one");
    }

    @Test
    void anEmptyOrProxyOnlyHeaderFallsBackOnTheConnection() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "10.0.0.6", PROXY));
    }
}
