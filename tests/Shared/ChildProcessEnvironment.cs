using System.Diagnostics;

namespace LayerGen.Tests;

/// <summary>Environment of the <c>dotnet</c>/build child processes that tests start.</summary>
internal static class ChildProcessEnvironment
{
    /// <summary>
    /// Removes the variables <c>dotnet test</c> sets for its test host (MSBuild, VSTest, the host path): inherited by a
    /// child build, they would point it at the test host's SDK state instead of a fresh one.
    /// </summary>
    public static void RemoveTestHostVariables(ProcessStartInfo start)
    {
        foreach (var name in start.Environment.Keys.Where(IsTestHostVariable).ToList())
        {
            start.Environment.Remove(name);
        }
    }

    private static bool IsTestHostVariable(string name) =>
        name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("MSBUILD_", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase);
}
