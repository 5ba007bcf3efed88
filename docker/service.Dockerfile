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

USER 1001
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
