package org.sourceledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while the service answers one GET. */
public final class Statements {

    private Statements() {}

    public static long preparedFor(SessionFactory sessionFactory, String path) {
        return preparedFor(sessionFactory, given(), path);
    }

    /** The same, for a request sent with the given credentials. */
    public static long preparedFor(SessionFactory sessionFactory, RequestSpecification request, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        request.get(path).then().statusCode(200);
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return count;
    }
}
