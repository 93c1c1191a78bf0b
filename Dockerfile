# The KnowledgeGraph worker in watch mode. Built by docker-compose.yml; untested on the machine it was written on.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY data/ data/
COPY cypher/ cypher/
RUN dotnet publish src/KnowledgeGraph.Worker/KnowledgeGraph.Worker.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /var/lib/knowledgegraph
COPY --from=build /app /app
VOLUME ["/inbox", "/out"]
ENV KG__Worker__OutputFolder=/out
# SIGTERM (docker stop) finishes the document in hand and exits 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "/app/KnowledgeGraph.Worker.dll"]
CMD ["watch", "/inbox", "--out", "/out"]
