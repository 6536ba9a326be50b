using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>list.ConvertAll(f)</c> maps every element of a <c>List&lt;T&gt;</c> like <c>Select</c> (SoftmaxModel.ListCopies.cs):
/// un-shifted exps made by it are LG0003 (lambda or method group, double or float, one list or a list of rows), shifted
/// ones are silent, and a max over every row subtracted inside it is LG0001.
/// </summary>
public class SoftmaxModelListConvertAllTests
{
    [Theory]
    [InlineData("List<double>", "x.ConvertAll(v => Math.Exp(v))", "double z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<double>", "x.ConvertAll(Math.Exp)", "double z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<double>", "x.ConvertAll(v => Math.Exp(v / 0.7))", "double z = 0; foreach (var v in e) z += v; for (int k = 0; k < e.Count; k++) e[k] /= z; return e;")]
    [InlineData("List<float>", "x.ConvertAll(v => MathF.Exp(v))", "float z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<float>", "x.ConvertAll(MathF.Exp)", "float z = 0; for (int k = 0; k < e.Count; k++) z += e[k]; return e.Select(v => v / z).ToList();")]
    public async Task UnshiftedExpsMadeByConvertAll_AreLG0003(string type, string exps, string normalise)
    {
        var source = OneList(type, $"var e = {exps};", normalise);
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("List<double>", "double m = x.Max(); var e = x.ConvertAll(v => Math.Exp(v - m));", "double z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<double>", "var e = x.ConvertAll(v => Math.Exp(v - x.Max()));", "double z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<float>", "float m = float.NegativeInfinity; foreach (var v in x) m = MathF.Max(m, v); var e = x.ConvertAll(v => MathF.Exp(v - m));", "float z = e.Sum(); return e.ConvertAll(v => v / z);")]
    [InlineData("List<double>", "var e = x.ConvertAll(v => Math.Exp(Math.Min(v, 80)));", "double z = e.Sum(); return e.ConvertAll(v => v / z);")]
    public async Task ShiftedOrClampedExpsMadeByConvertAll_AreSilent(string type, string exps, string normalise)
    {
        var source = OneList(type, exps, normalise);
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double m = row.Max();", null)]
    [InlineData("double m = rows.SelectMany(r => r).Max();", "LG0001")]
    [InlineData("double m = rows.Max(r => r.Max());", "LG0001")]
    [InlineData("", "LG0003")]
    public async Task RowsOfAListMappedByConvertAll_AreJudgedPerRow(string peak, string? expected)
    {
        var exponent = peak.Length == 0 ? "v" : "v - m";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static List<List<double>> F(List<List<double>> rows) =>
                    rows.ConvertAll(row => {
                        {{peak}}
                        List<double> e = row.ConvertAll(v => Math.Exp({{exponent}}));
                        double z = e.Sum();
                        return e.ConvertAll(v => v / z);
                    });
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string OneList(string type, string exps, string normalise) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static {{type}} F({{type}} x) {
                {{exps}}
                {{normalise}}
            }
        }
        """;
}
