using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;

namespace Konbit.Tests.Infrastructure;

public static class Http
{
    public static async Task<HttpValidationProblemDetails> ReadProblemAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
