# One image recipe for every Herald service (JVM mode). Build the service first, with its class-data archive (without
# the last flag the image has none, and the service starts slower):
#   ./mvnw -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
# then, from the repository root:
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=catalog-service -t herald/catalog-service .
FROM eclipse-temurin:17-jre

ARG SERVICE
# curl is for the container health check against /q/health/ready.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /deployments
# A directory the service may write (the WeChat sandbox's data, HERALD_WECHAT_SANDBOX_DATA_DIR); a new named volume
# mounted on it takes its owner, so the volume is writable by user 1001 too.
RUN mkdir /deployments/data && chown 1001 /deployments/data
COPY --chown=1001 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
# quarkus-run.jar, and the class-data archive (AppCDS) when the build made one (see below)
COPY --chown=1001 ${SERVICE}/target/quarkus-app/*.jar ${SERVICE}/target/quarkus-app/*.jsa /deployments/
COPY --chown=1001 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=1001 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
# The JVM settings every Herald service runs with, the embedded default (./herald up) included: one file for both;
# then the service's own, when the project gives it any (docker/jvm/<service>.options).
COPY docker/jvm.options /deployments/jvm.options
COPY docker/jvm/ /deployments/jvm/
ENV SERVICE=${SERVICE}
# Class-data sharing (AppCDS) starts a service faster. A build with it (as above, or ./herald up's) brings an archive
# made by the build's JDK, which only that JDK can use: the image makes its own with its JVM instead. Such a build stops the application after
# its static initialisation when asked to (no broker or database needed); the JVM writes the archive as it exits.
RUN if [ -f app-cds.jsa ]; then \
      rm app-cds.jsa && java @jvm.options -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar; \
    fi

USER 1001
# A deployment's own options for this service (e.g. JAVA_OPTS=-Xmx384m): after the shared ones, so they win.
ENV JAVA_OPTS=""
ENTRYPOINT ["sh", "-c", "exec java @/deployments/jvm.options $([ -f /deployments/app-cds.jsa ] && echo -XX:SharedArchiveFile=/deployments/app-cds.jsa) $([ -f /deployments/jvm/$SERVICE.options ] && echo @/deployments/jvm/$SERVICE.options) $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
