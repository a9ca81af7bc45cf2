# The studio as a container: published in Release (trimmed, compressed WebAssembly), the CPU engine, SQLite on a
# volume. Build: docker build -t ai-factory-studio .   Run: docker run -p 8080:8080 -v studio-data:/data ai-factory-studio
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Studio.Server -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The runtime image's non-root user owns the store's folder; the volume keeps it across containers.
RUN mkdir -p /data && chown "$APP_UID" /data
USER $APP_UID
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__Path=/data/studio.db
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "Studio.Server.dll"]
