package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void anUnreachableDatabaseFailsWithOneMessageThatSaysWhatToCheck() {
        SQLException refused = new SQLException("Error in allocating a connection",
                new ConnectException("Connection refused"));
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw refused;
                });

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Migrations.checkReachable(down));

        assertEquals("Stages ne peut pas démarrer : la base de données de jdbc/stages est injoignable ou refuse "
                + "la connexion (ConnectException : Connection refused). Vérifiez le pool JDBC (hôte, port, base, "
                + "utilisateur, mot de passe) avec « asadmin ping-connection-pool » et le serveur de base de "
                + "données.", e.getMessage());
        assertSame(refused, e.getCause());
        assertTrue(e.getMessage().contains("ConnectException"), "the root cause is named");
    }
}
