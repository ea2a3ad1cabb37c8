package org.sourceledger.support;

import static io.restassured.RestAssured.given;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while the service answers one GET. */
public final class Statements {

    private Statements() {
    }

    public static long preparedFor(SessionFactory sessionFactory, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        given().get(path).then().statusCode(200);
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }
}
