package org.ccmdesk.system;

import java.sql.DatabaseMetaData;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Quartz's JDBC job store speaks to each database through a "delegate": PostgreSQL stores
 * job data as {@code bytea} and needs its own, H2 takes the standard one. The delegate is
 * chosen from the database the application runs on, so one configuration serves both.
 * Each job run is written to {@code background_run} by {@link BackgroundRuns}.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundWorkConfiguration {

    @Bean
    SchedulerFactoryBeanCustomizer quartzDelegateForDatabase(DataSource dataSource, QuartzProperties quartz,
            BackgroundRuns runs) {
        Properties properties = new Properties();
        properties.putAll(quartz.getProperties());
        properties.putIfAbsent("org.quartz.jobStore.driverDelegateClass", delegateFor(productName(dataSource)));
        return factory -> {
            factory.setGlobalJobListeners(runs);
            factory.setQuartzProperties(properties);
        };
    }

    static String delegateFor(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase().contains("postgres")
                ? PostgreSQLDelegate.class.getName() : StdJDBCDelegate.class.getName();
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database Quartz runs on", e);
        }
    }

}
