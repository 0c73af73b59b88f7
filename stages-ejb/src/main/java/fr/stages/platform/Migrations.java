package fr.stages.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. A failure stops the deployment with
 * one message that says what to check, instead of the stack of errors the first query would otherwise raise.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class Migrations {

    public static final String DATASOURCE = "jdbc/stages";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        DataSource dataSource = lookup();
        databaseProduct = checkReachable(dataSource);
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            String version = flyway.info().current() == null ? "?" : flyway.info().current().getVersion().getVersion();
            LOG.info(() -> "Stages : schéma de la base à jour (version " + version + ", "
                    + result.migrationsExecuted + " migration(s) appliquée(s) à ce démarrage) sur " + databaseProduct);
        } catch (RuntimeException e) {
            throw fail("la migration du schéma a échoué (" + rootMessage(e) + "). La base n'a pas été "
                    + "modifiée au-delà de la dernière migration réussie ; corrigez la cause puis redéployez.", e);
        }
        if (isH2()) {
            LOG.warning("""

                    ************************************************************************************
                    *  Stages fonctionne sur la base H2 embarquée : pour l'ÉVALUATION seulement.        *
                    *  Ni sauvegarde en ligne, ni montée en charge : en production, utilisez           *
                    *  PostgreSQL (server-config/README.md, « Base de données »).                       *
                    *  Stages is running on the embedded H2 database: for EVALUATION only.             *
                    ************************************************************************************""");
        }
    }

    /** Facts about the database, for the health check and the tests: anyone may know them. */
    @PermitAll
    public String databaseProduct() {
        return databaseProduct;
    }

    @PermitAll
    public boolean isH2() {
        return databaseProduct != null && databaseProduct.startsWith("H2");
    }

    /**
     * Connects once and answers "product version", or fails with the one message an operator needs. Also run
     * by {@link DatabaseCheck} before the persistence provider's own first login at deployment.
     */
    static String checkReachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw fail("la base de données de " + DATASOURCE + " est injoignable ou refuse la connexion ("
                    + rootMessage(e) + "). Vérifiez le pool JDBC (hôte, port, base, utilisateur, mot de passe) "
                    + "avec « asadmin ping-connection-pool » et le serveur de base de données.", e);
        }
    }

    static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw fail("la ressource JDBC " + DATASOURCE + " n'existe pas sur ce serveur. Appliquez "
                    + "server-config (bin/apply.sh) avant de déployer.", e);
        }
    }

    private static IllegalStateException fail(String why, Exception cause) {
        String message = "Stages ne peut pas démarrer : " + why;
        LOG.log(Level.SEVERE, message);
        return new IllegalStateException(message, cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + " : " + root.getMessage();
    }
}
