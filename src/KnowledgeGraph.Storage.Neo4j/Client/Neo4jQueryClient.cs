using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Storage.Neo4j.Client.TypedJson;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// A client of Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>) speaking typed JSON. It sends every
/// parameter typed, retries transient failures with bounded exponential backoff, and keeps bookmarks as Neo4j's drivers
/// do (<see cref="BookmarkSet"/>) so that a read issued after a write sees it, even on a cluster.
/// </summary>
public sealed partial class Neo4jQueryClient
{
    public const string HttpClientName = "KnowledgeGraph.Storage.Neo4j";
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<Neo4jQueryClient> _logger;
    private readonly Uri _databaseUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly BookmarkSet _bookmarks = new();

    public Neo4jQueryClient(
        IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, TimeProvider timeProvider, ILogger<Neo4jQueryClient> logger)
    {
        // Options from the container were validated when they were built (AddSettings), each problem naming its key.
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
        _logger = logger;
        _databaseUri = new Uri(_options.Uri!.TrimEnd('/') + "/db/" + Uri.EscapeDataString(_options.Database) + "/");
        _authorization = CreateAuthorization(_options);
    }

    /// <summary>
    /// The bookmarks sent with every request: those of the latest transactions, and those learned from elsewhere
    /// (<see cref="ObserveBookmarks"/>), so that a read sees every write they stand for, even on a cluster.
    /// </summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Current;

    /// <summary>Makes every following request wait until the server has applied the writes behind <paramref name="bookmarks"/>.</summary>
    public void ObserveBookmarks(IEnumerable<string> bookmarks) => _bookmarks.Add(bookmarks);

    /// <summary>Runs one statement in an implicit transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(
        CypherStatement statement, AccessMode accessMode, CancellationToken cancellationToken = default, bool includeCounters = false) =>
        WithRetriesAsync(
            async ct =>
            {
                var sent = Bookmarks;
                var body = SerializeRequest(statement, accessMode, includeCounters, sent);
                var (result, _) = await SendAsync(HttpMethod.Post, "query/v2", body, affinity: null, ct).ConfigureAwait(false);
                _bookmarks.Replace(sent, result.Bookmarks);

                return result.ToQueryResult();
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. A transient failure before the commit
    /// rolls the transaction back and runs the whole unit again (bounded); any other exception rolls back and
    /// propagates. A commit whose answer is lost (the connection dropped, or no answer came in time) may have landed:
    /// it is never simply repeated but reported as <see cref="StoreUnavailableException"/>; use the overload with a
    /// landing check to find out instead.
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteWriteAsync(work, landed: null, cancellationToken);

    /// <summary>
    /// As <see cref="ExecuteWriteAsync{T}(Func{Neo4jTransaction, CancellationToken, Task{T}}, CancellationToken)"/>, but
    /// after a commit whose answer was lost, <paramref name="landed"/> is asked, with the unit's value, whether the
    /// database now holds that unit's commit: if it does, the value is returned as if the answer had come; if not, the
    /// unit runs again. The transaction is first rolled back (a commit that never arrived would otherwise hold its locks
    /// until the server expires it); <paramref name="landed"/> should read under the locks the unit took, so that it
    /// waits for a commit still under way.
    /// </summary>
    public Task<T> ExecuteWriteAsync<T>(
        Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        Func<T, CancellationToken, Task<bool>>? landed,
        CancellationToken cancellationToken = default) =>
        WithRetriesAsync(
            async ct =>
            {
                await using var transaction = BeginTransaction(AccessMode.Write);
                var value = await work(transaction, ct).ConfigureAwait(false);
                return await CommitCheckingAsync(transaction, value, landed, ct).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>
    /// Commits <paramref name="transaction"/>, which produced <paramref name="value"/>. When the commit's answer is lost
    /// the transaction is rolled back and <paramref name="landed"/> asked whether the commit arrived anyway: if so the
    /// value is returned as if the answer had come, if not the transient failure propagates (without a check, the
    /// outcome is reported unknown as <see cref="StoreUnavailableException"/>).
    /// </summary>
    internal async Task<T> CommitCheckingAsync<T>(
        Neo4jTransaction transaction, T value, Func<T, CancellationToken, Task<bool>>? landed, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jTransientException ex) when (!ex.ReportedByServer && transaction.Id is not null)
        {
            LogCommitOutcomeUnknown(_logger, transaction.Id, ex.Message);
            await TryRollbackAsync(transaction).ConfigureAwait(false);
            if (landed is null)
            {
                throw new StoreUnavailableException($"The write may or may not have been committed: {ex.Message}", ex);
            }

            if (await landed(value, cancellationToken).ConfigureAwait(false))
            {
                LogCommitLanded(_logger, transaction.Id);
                return value;
            }

            throw;
        }

        return value;
    }

    /// <summary>
    /// Starts an explicit transaction. It opens on the server with its first statement (<c>POST /db/{database}/query/v2/tx</c>
    /// carrying the statement, the access mode and the latest bookmarks), so no empty request is ever sent; a
    /// transaction that ran nothing commits or rolls back without a request. Not retried by itself.
    /// </summary>
    public Neo4jTransaction BeginTransaction(AccessMode accessMode) => new(this, accessMode);

    internal async Task<QueryResult> RunInTransactionAsync(Neo4jTransaction transaction, CypherStatement statement, CancellationToken cancellationToken)
    {
        if (transaction.Id is null)
        {
            var sent = Bookmarks;
            var openBody = SerializeRequest(statement, transaction.AccessMode, includeCounters: false, sent);
            var (opened, affinity) = await SendAsync(HttpMethod.Post, "query/v2/tx", openBody, affinity: null, cancellationToken).ConfigureAwait(false);
            var id = opened.TransactionId
                ?? throw new Neo4jClientException(Neo4jErrorMapper.InvalidRequestCode, "The server opened no transaction: its answer had no transaction id.");
            transaction.Opened(id, affinity, sent);
            return opened.ToQueryResult();
        }

        var body = SerializeRequest(statement, accessMode: null, includeCounters: false, bookmarks: null);
        var (result, _) = await SendAsync(HttpMethod.Post, $"query/v2/tx/{Uri.EscapeDataString(transaction.Id)}", body, transaction.Affinity, cancellationToken)
            .ConfigureAwait(false);
        return result.ToQueryResult();
    }

    internal async Task CommitAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        if (transaction.Id is null)
        {
            return;
        }

        var (result, _) = await SendAsync(HttpMethod.Post, $"query/v2/tx/{Uri.EscapeDataString(transaction.Id)}/commit", "{}"u8.ToArray(), transaction.Affinity, cancellationToken)
            .ConfigureAwait(false);
        _bookmarks.Replace(transaction.SentBookmarks, result.Bookmarks);
    }

    internal async Task RollbackAsync(Neo4jTransaction transaction, CancellationToken cancellationToken)
    {
        if (transaction.Id is not null)
        {
            await SendAsync(HttpMethod.Delete, $"query/v2/tx/{Uri.EscapeDataString(transaction.Id)}", body: null, transaction.Affinity, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Rolls back a transaction whose commit answer was lost; the server may well no longer know it.</summary>
    private async Task TryRollbackAsync(Neo4jTransaction transaction)
    {
        try
        {
            await RollbackAsync(transaction, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jClientException or Neo4jTransientException or DomainException)
        {
            // Expected when the commit landed (the transaction is gone); otherwise the server expires it.
        }
    }

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var attemptNumber = 0; ; attemptNumber++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jTransientException ex) when (attemptNumber < _options.MaxRetries)
            {
                var delay = RetryDelay(attemptNumber);
                LogRetrying(_logger, attemptNumber + 1, _options.MaxRetries, delay, ex.Message);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jTransientException ex)
            {
                throw new StoreUnavailableException(
                    $"The Neo4j store is unavailable after {attemptNumber + 1} attempts: {ex.Message}", ex);
            }
        }
    }

    /// <summary>The delay before retry number <paramref name="attemptNumber"/> + 1: the base delay doubled each time, capped.</summary>
    public TimeSpan RetryDelay(int attemptNumber)
    {
        var ticks = _options.RetryBaseDelay.Ticks * Math.Pow(2, Math.Min(attemptNumber, 30));
        return ticks >= _options.RetryMaxDelay.Ticks ? _options.RetryMaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private async Task<(ResponseBody Result, string? Affinity)> SendAsync(
        HttpMethod method, string relativePath, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_databaseUri, relativePath));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonMediaType);
        }

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var client = _httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        byte[] content;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            content = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jTransientException($"Neo4j could not be reached at {_databaseUri.GetLeftPart(UriPartial.Authority)}: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jTransientException($"Neo4j did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", ex);
        }

        using (response)
        {
            var parsed = content.Length == 0 ? ResponseBody.Empty : ParseResponse(content, response.StatusCode);
            if (parsed.Errors.Count > 0)
            {
                var error = parsed.Errors[0];
                if (error.IsTransient)
                {
                    throw new Neo4jTransientException($"{error.Code}: {error.Message}", reportedByServer: true);
                }

                throw Neo4jErrorMapper.Map(error);
            }

            if (IsTransientStatus(response.StatusCode))
            {
                throw new Neo4jTransientException($"Neo4j answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new Neo4jClientException(Neo4jErrorMapper.InvalidRequestCode, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {request.RequestUri}.");
            }

            var returnedAffinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (parsed, returnedAffinity ?? affinity);
        }
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout
            or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    private static ResponseBody ParseResponse(byte[] content, HttpStatusCode status)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException ex)
        {
            if (IsTransientStatus(status) || (int)status >= 500)
            {
                throw new Neo4jTransientException($"Neo4j answered HTTP {(int)status} with a body that is not JSON.", ex);
            }

            throw new Neo4jClientException(Neo4jErrorMapper.InvalidFormatCode, $"The server's answer (HTTP {(int)status}) is not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            try
            {
                return ResponseBody.From(document.RootElement);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new Neo4jClientException(
                    Neo4jErrorMapper.InvalidFormatCode, $"The server's answer (HTTP {(int)status}) holds a value this client cannot read: {ex.Message}", ex);
            }
        }
    }

    private static byte[] SerializeRequest(CypherStatement? statement, AccessMode? accessMode, bool includeCounters, IReadOnlyList<string>? bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                TypedJsonEncoder.WriteMap(writer, statement.Parameters);
            }

            if (includeCounters)
            {
                writer.WriteBoolean("includeCounters", true);
            }

            if (accessMode is { } mode)
            {
                writer.WriteString("accessMode", mode == AccessMode.Read ? "Read" : "Write");
            }

            if (bookmarks is { Count: > 0 })
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static AuthenticationHeaderValue? CreateAuthorization(Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.BearerToken)));
        }

        if (!string.IsNullOrEmpty(options.Username))
        {
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The answer to the commit of transaction {TransactionId} was lost ({Reason}); checking whether it landed")]
    private static partial void LogCommitOutcomeUnknown(ILogger logger, string transactionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The commit of transaction {TransactionId} had landed; its answer is taken as given")]
    private static partial void LogCommitLanded(ILogger logger, string transactionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j failed transiently; retry {Attempt} of {MaxRetries} in {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int maxRetries, TimeSpan delay, string reason);
}
