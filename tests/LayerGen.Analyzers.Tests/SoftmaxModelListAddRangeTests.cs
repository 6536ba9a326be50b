using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>list.AddRange(source)</c> and <c>list.InsertRange(i, source)</c> add every element of their source, as <c>Add</c>
/// in a loop over it does (SoftmaxModel.ListAdds.cs): un-shifted exps added so are LG0003 (LINQ lambda or method group,
/// an array of exps, double or float, whatever divides them afterwards), shifted or clamped ones are silent, and a
/// max over every row subtracted in the exps added to one row's list is LG0001.
/// </summary>
public class SoftmaxModelListAddRangeTests
{
    [Theory]
    [InlineData("double", "p.AddRange(x.Select(v => Math.Exp(v)));", "for (int k = 0; k < p.Count; k++) y[k] = p[k] / p.Sum();")]
    [InlineData("double", "p.AddRange(x.Select(Math.Exp));", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("double", "p.InsertRange(0, x.Select(v => Math.Exp(v)));", "double z = 0; foreach (var e in p) z += e; for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("double", "var e = new double[x.Length]; for (int i = 0; i < e.Length; i++) e[i] = Math.Exp(x[i]); p.AddRange(e);", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("float", "p.AddRange(x.Select(v => MathF.Exp(v)));", "float z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("float", "p.AddRange(x.Select(MathF.Exp).ToArray());", "float z = 0; for (int k = 0; k < p.Count; k++) z += p[k]; for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    public async Task UnshiftedExpsAddedByAddRange_AreLG0003(string type, string fill, string normalise)
    {
        var source = OneList(type, fill, normalise);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double", "double m = x.Max(); p.AddRange(x.Select(v => Math.Exp(v - m)));", "for (int k = 0; k < p.Count; k++) y[k] = p[k] / p.Sum();")]
    [InlineData("double", "p.AddRange(x.Select(v => Math.Exp(v - x.Max())));", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("double", "double m = x.Max(); p.InsertRange(0, x.Select(v => Math.Exp(v - m)));", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("double", "double m = x.Max(); var e = new double[x.Length]; for (int i = 0; i < e.Length; i++) e[i] = Math.Exp(x[i] - m); p.AddRange(e);", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("float", "float m = float.NegativeInfinity; foreach (var v in x) m = MathF.Max(m, v); p.AddRange(x.Select(v => MathF.Exp(v - m)));", "float z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    [InlineData("double", "p.AddRange(x.Select(v => Math.Exp(Math.Min(v, 80))));", "double z = p.Sum(); for (int k = 0; k < p.Count; k++) y[k] = p[k] / z;")]
    public async Task ShiftedOrClampedExpsAddedByAddRange_AreSilent(string type, string fill, string normalise)
    {
        var source = OneList(type, fill, normalise);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double m = row.Max();", null)]
    [InlineData("double m = scores.SelectMany(r => r).Max();", "LG0001")]
    [InlineData("double m = scores.Max(r => r.Max());", "LG0001")]
    [InlineData("", "LG0003")]
    public async Task RowsFilledByAddRange_AreJudgedPerRow(string peak, string? expected)
    {
        var exponent = peak.Length == 0 ? "v" : "v - m";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static List<List<double>> F(double[][] scores) {
                    var result = new List<List<double>>();
                    foreach (var row in scores) {
                        {{peak}}
                        var p = new List<double>();
                        p.AddRange(row.Select(v => Math.Exp({{exponent}})));
                        double z = p.Sum();
                        for (int k = 0; k < p.Count; k++) p[k] /= z;
                        result.Add(p);
                    }

                    return result;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string OneList(string type, string fill, string normalise) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static {{type}}[] F({{type}}[] x) {
                var y = new {{type}}[x.Length];
                var p = new List<{{type}}>();
                {{fill}}
                {{normalise}}
                return y;
            }
        }
        """;
}
