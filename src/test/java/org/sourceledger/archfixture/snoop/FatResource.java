package org.sourceledger.archfixture.snoop;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

/** A resource that queries the database itself. Never built into the application (no such profile). */
@IfBuildProfile("archfixture-never-built")
@Path("/archfixture")
public class FatResource {

    EntityManager em;
}
