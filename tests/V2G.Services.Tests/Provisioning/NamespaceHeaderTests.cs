using System.Linq;
using System.Reflection;
using V2G.Services.Client.Provisioning;
using V2G.Services.Hosting;
using Xunit;

namespace V2G.Services.Tests.Provisioning;

/// <summary>The CPS exchange's namespace header has one definition, the client library's, which the server reads.</summary>
public sealed class NamespaceHeaderTests
{
    [Fact]
    public void The_header_name_is_defined_once_in_the_client_library()
    {
        FieldInfo[] definitions = new[] { typeof(PncService).Assembly, typeof(ProvisioningClient).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral && Equals(f.GetRawConstantValue(), "X-Xsd-Msg-Def-Namespace"))
            .ToArray();

        FieldInfo only = Assert.Single(definitions);
        Assert.Equal(typeof(ProvisioningClient), only.DeclaringType);
        Assert.Equal(nameof(ProvisioningClient.NamespaceHeader), only.Name);
    }
}
