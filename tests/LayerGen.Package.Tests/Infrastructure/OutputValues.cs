using System.Globalization;
using System.Text.RegularExpressions;

namespace LayerGen.Package.Tests.Infrastructure;

/// <summary>Reads "name: value" lines printed by a consumer program.</summary>
internal static class OutputValues
{
    /// <summary>The numbers after <c>name:</c> on the first line that starts with it.</summary>
    public static double[] Numbers(string output, string name)
    {
        var line = output.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No line '{name}: …' in the output:\n{output}");
        return Regex.Matches(line[(name.Length + 1)..], @"NaN|[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|[-+]?∞|[-+]?Infinity")
            .Select(m => double.Parse(m.Value.Replace("∞", "Infinity", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
