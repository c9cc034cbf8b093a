# syntax=docker/dockerfile:1
# Build: the Maven wrapper on a JDK 25 image (the Vaadin production bundle ships pre-built; no npm needed).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY question-banks question-banks
COPY content content
RUN ./mvnw -B -q package -DskipTests && cp target/vitalprep-*.jar /app.jar

# Run: a JRE 25 image, a non-root user, data in a volume.
FROM eclipse-temurin:25-jre
RUN groupadd --system vitalprep && useradd --system --gid vitalprep --home-dir /app vitalprep \
    && mkdir -p /app /data && chown vitalprep:vitalprep /app /data
WORKDIR /app
COPY --from=build /app.jar /app/vitalprep.jar
USER vitalprep
# Embedded database files live here unless MONGODB_URI points at a real MongoDB.
ENV VITALPREP_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
# Health for orchestrators: GET /actuator/health (the JRE image has no curl/wget for a HEALTHCHECK).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/vitalprep.jar"]
