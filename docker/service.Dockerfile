# One image recipe for every Herald service (JVM mode). Build the service first:
#   ./mvnw -DskipTests package
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
COPY --chown=1001 ${SERVICE}/target/quarkus-app/*.jar /deployments/
COPY --chown=1001 ${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --chown=1001 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
# The JVM settings every Herald service runs with, the embedded default (./herald up) included: one file for both.
COPY docker/jvm.options /deployments/jvm.options
# Class-data sharing (AppCDS): an archive of the classes the service loads while it starts, made here with the image's
# own JVM, the only one that can use it. Quarkus runs the application as far as its static initialisation (no
# broker or database needed) and the JVM writes the archive as it exits; a JVM that cannot use it starts without it.
RUN java @jvm.options -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar

USER 1001
# A deployment's own options for this service (e.g. JAVA_OPTS=-Xmx384m): after the shared ones, so they win.
ENV JAVA_OPTS=""
ENTRYPOINT ["sh", "-c", "exec java @/deployments/jvm.options -XX:SharedArchiveFile=/deployments/app-cds.jsa $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
