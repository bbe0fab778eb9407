using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using V2G.Cli.Arguments;
using V2G.Cli.Io;
using V2G.Services.Client;

namespace V2G.Cli.Services;

/// <summary>The service a <c>v2g pool</c> or <c>v2g provision</c> call talks to: --url, --api-key (or V2G_API_KEY), and its errors.</summary>
internal static class PoolConnection
{
    /// <summary>The environment variable that supplies the key when --api-key is absent.</summary>
    public const string ApiKeyVariable = "V2G_API_KEY";

    /// <summary>The service's base address.</summary>
    public static OptionSpec Url { get; } = new("--url", TakesValue: true);

    /// <summary>The API key.</summary>
    public static OptionSpec ApiKey { get; } = new("--api-key", TakesValue: true);

    /// <summary>An HttpClient for --url (a trailing slash is added so relative paths append).</summary>
    /// <exception cref="UsageException">--url is missing or not an http(s) URL.</exception>
    public static HttpClient Client(ParsedArguments arguments)
    {
        string url = arguments.Single(Url.Name) ?? throw new UsageException($"'{arguments.Command}' needs --url URL of the service");
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out Uri? address)
            || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--url '{url}' is not an http or https URL");
        }

        return new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>--api-key, else V2G_API_KEY, else null.</summary>
    public static string? Key(ParsedArguments arguments) =>
        arguments.Single(ApiKey.Name) ?? (Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null);

    /// <summary>Runs a service call; a refusal or an unreachable service becomes an <see cref="InputException"/> (exit code 1).</summary>
    public static T Call<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (PncServiceException e)
        {
            throw new InputException($"the service answered {(int)e.Status}: {string.Join("; ", e.Messages)}");
        }
        catch (HttpRequestException e)
        {
            throw new InputException("the service cannot be reached: " + e.Message);
        }
        catch (TaskCanceledException)
        {
            throw new InputException("the service did not answer within 60 seconds");
        }
    }

    /// <summary>Prints a value as indented JSON.</summary>
    public static void PrintJson(TextWriter output, object value) =>
        output.WriteLine(JsonSerializer.Serialize(value, value.GetType(), new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>A certificate file (PEM or DER) as base64 DER.</summary>
    /// <exception cref="InputException">The file is missing or holds no certificate.</exception>
    public static string CertificateBase64(string path)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            string text = Encoding.ASCII.GetString(bytes);
            using X509Certificate2 certificate = text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(bytes);
            return Convert.ToBase64String(certificate.RawData);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InputException($"{path}: not a readable PEM or DER certificate: {e.Message}");
        }
    }

    /// <summary>The bytes of a file.</summary>
    /// <exception cref="InputException">The file cannot be read.</exception>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot be read: {e.Message}");
        }
    }
}
