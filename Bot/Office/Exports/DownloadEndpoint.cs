namespace EmulationBot.Office.Exports;

/// <summary><c>GET /api/office/files/{id}</c>: serves an exported file to whoever holds a valid, unexpired signed link.</summary>
public static class DownloadEndpoint
{
    public static IEndpointRouteBuilder MapOfficeDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DownloadLinks.Path + "{id}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, DownloadLinks links, ExportFileStore files, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(DownloadEndpoint));
        var check = links.Check(id, http.Request.Query["exp"], http.Request.Query["sig"]);
        http.Response.Headers.CacheControl = "no-store";
        if (check != LinkCheck.Valid)
        {
            // Never the signature or the key: the id and why is enough to follow up.
            logger.LogWarning("Download of {FileId} refused: {Reason}", ExportFileStore.IsId(id) ? id : "(malformed)", check);
            return check == LinkCheck.Expired ? Results.StatusCode(StatusCodes.Status410Gone) : Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (await files.OpenAsync(id, http.RequestAborted) is not { } found)
        {
            logger.LogWarning("Download of {FileId} refused: the file is gone", id);
            return Results.StatusCode(StatusCodes.Status410Gone);
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Content-Disposition: attachment, with the Vietnamese name as RFC 5987 UTF-8 (filename*) and an ASCII fallback.
        return Results.Bytes(found.Content, found.File.ContentType, found.File.FileName);
    }
}
