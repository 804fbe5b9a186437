# syntax=docker/dockerfile:1
# KnowledgeGraph API: built with the .NET SDK (plus Node.js/npm for the Banana Cake Pop assets and the explorer), run on the ASP.NET runtime.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, from the project files alone, so source edits do not invalidate the package layers.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/KnowledgeGraph.Domain/KnowledgeGraph.Domain.csproj src/KnowledgeGraph.Domain/
COPY src/KnowledgeGraph.Configuration/KnowledgeGraph.Configuration.csproj src/KnowledgeGraph.Configuration/
COPY src/KnowledgeGraph.Seeding/KnowledgeGraph.Seeding.csproj src/KnowledgeGraph.Seeding/
COPY src/KnowledgeGraph.Exchange/KnowledgeGraph.Exchange.csproj src/KnowledgeGraph.Exchange/
COPY src/KnowledgeGraph.Storage.Common/KnowledgeGraph.Storage.Common.csproj src/KnowledgeGraph.Storage.Common/
COPY src/KnowledgeGraph.Storage.Sqlite/KnowledgeGraph.Storage.Sqlite.csproj src/KnowledgeGraph.Storage.Sqlite/
COPY src/KnowledgeGraph.Storage.Neo4j/KnowledgeGraph.Storage.Neo4j.csproj src/KnowledgeGraph.Storage.Neo4j/
COPY src/KnowledgeGraph.Caching/KnowledgeGraph.Caching.csproj src/KnowledgeGraph.Caching/
COPY src/KnowledgeGraph.GraphQL/KnowledgeGraph.GraphQL.csproj src/KnowledgeGraph.GraphQL/
COPY src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj src/KnowledgeGraph.Api/
RUN dotnet restore src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj

# Banana Cake Pop from the lock file; the project's build target then finds it installed and copies it into wwwroot.
COPY src/KnowledgeGraph.Api/ClientApp/package.json src/KnowledgeGraph.Api/ClientApp/package-lock.json src/KnowledgeGraph.Api/ClientApp/
RUN cd src/KnowledgeGraph.Api/ClientApp && npm ci --no-audit --no-fund
# The explorer's packages (cytoscape, esbuild) from its lock file; the project's build bundles its source into wwwroot.
COPY src/KnowledgeGraph.Api/ExplorerApp/package.json src/KnowledgeGraph.Api/ExplorerApp/package-lock.json src/KnowledgeGraph.Api/ExplorerApp/
RUN cd src/KnowledgeGraph.Api/ExplorerApp && npm ci --no-audit --no-fund

COPY src/ src/
COPY seed/ seed/
RUN dotnet publish src/KnowledgeGraph.Api/KnowledgeGraph.Api.csproj -c Release -o /app/publish --no-restore /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app/publish .
# A writable folder for the SQLite provider (Storage:Sqlite:Path defaults to data/knowledgegraph.db).
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The runtime image has no curl: ask /healthz over bash's /dev/tcp.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
