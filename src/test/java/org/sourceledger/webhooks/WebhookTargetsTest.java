package org.sourceledger.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard as production runs it (allow-private-targets off), with DNS answers chosen by the test. */
class WebhookTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.216.34",
            "internal.example.org", "10.1.2.3",
            "metadata.example.org", "169.254.169.254",
            "sneaky.example.org", "127.0.0.1");

    private final WebhookTargets production = new WebhookTargets(false, host -> {
        String address = DNS.get(host);
        if (address == null) {
            return InetAddress.getAllByName(host); // literals only: never a real lookup in these tests
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    });

    @Test
    void aPublicHttpsTargetIsAllowed() {
        assertDoesNotThrow(() -> production.check("https://hooks.example.org/sourceledger"));
        assertDoesNotThrow(() -> production.check("https://93.184.216.34/hook"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.org/plain-http",
                "https://internal.example.org/private-network",
                "https://metadata.example.org/cloud-metadata",
                "https://sneaky.example.org/loopback-by-dns",
                "https://127.0.0.1/loopback",
                "https://10.0.0.5/private",
                "https://172.16.4.4/private",
                "https://192.168.1.10/private",
                "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/carrier-grade-nat",
                "https://0.0.0.0/this-network",
                "https://[::1]/loopback-v6",
                "https://[fd00::1]/unique-local",
                "https://[fe80::1]/link-local-v6",
                "https://[::ffff:10.0.0.1]/mapped-private",
                "https://user:pass@hooks.example.org/credentials",
                "ftp://hooks.example.org/not-http",
                "not a url"
            })
    void privateOrMalformedTargetsAreRefused(String url) {
        WebhookTargets.Refused refused = assertThrows(WebhookTargets.Refused.class, () -> production.check(url));
        assertTrue(!refused.getMessage().isBlank());
    }

    @Test
    void devAndTestMayUseLocalHttpReceivers() {
        WebhookTargets local = new WebhookTargets(true, host -> {
            throw new UnknownHostException("no lookups when private targets are allowed");
        });
        assertDoesNotThrow(() -> local.check("http://127.0.0.1:8089/hook"));
        assertThrows(WebhookTargets.Refused.class, () -> local.check("ftp://127.0.0.1/hook"));
    }
}
