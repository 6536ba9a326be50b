using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// <c>list.ToArray()</c> of a <c>List&lt;T&gt;</c> holds the list's elements (SoftmaxModel.ListCopies.cs): raw exps added
/// to a list, materialised and normalised are LG0003 (also when an iterator helper or a list-returning helper made
/// them, HeldOut18's <c>PcfgSampler_RawInsideProducts</c>); shifted exps stay silent.
/// </summary>
public class SoftmaxModelListCopyTests
{
    [Theory]
    [InlineData("double z = 0; for (int i = 0; i < w.Length; i++) z += w[i]; for (int i = 0; i < w.Length; i++) w[i] /= z; return w;")]
    [InlineData("double z = w.Sum(); return Array.ConvertAll(w, v => v / z);")]
    public async Task RawExpsOfAListCopiedToAnArray_AreLG0003(string normalise)
    {
        var source = Source("Math.Exp(v)", normalise);
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0003" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("double z = 0; for (int i = 0; i < w.Length; i++) z += w[i]; for (int i = 0; i < w.Length; i++) w[i] /= z; return w;")]
    [InlineData("double z = w.Sum(); return Array.ConvertAll(w, v => v / z);")]
    public async Task ShiftedExpsOfAListCopiedToAnArray_AreSilent(string normalise)
    {
        var source = Source("Math.Exp(v - x.Max())", normalise);
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites);
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("IEnumerable<double>", "foreach (double v in x) yield return Math.Exp(v);", "LG0003")]
    [InlineData("List<double>", "var list = new List<double>(); foreach (double v in x) list.Add(Math.Exp(v)); return list;", "LG0003")]
    [InlineData("IEnumerable<double>", "double m = x.Max(); foreach (double v in x) yield return Math.Exp(v - m);", null)]
    [InlineData("List<double>", "double m = x.Max(); var list = new List<double>(); foreach (double v in x) list.Add(Math.Exp(v - m)); return list;", null)]
    public async Task HelperExpsMaterialisedByTheCaller_AreJudgedByTheirShift(string returnType, string body, string? expected)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            static class C {
                static double[][] F(IReadOnlyList<double[]> rows) {
                    var result = new double[rows.Count][];
                    for (int r = 0; r < rows.Count; r++) {
                        double[] w = Weights(rows[r]).ToArray();
                        double z = w.Sum();
                        result[r] = Array.ConvertAll(w, v => v / z);
                    }
                    return result;
                }

                static {{returnType}} Weights(double[] x) {
                    {{body}}
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    private static string Source(string exp, string normalise) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        static class C {
            static double[] F(double[] x) {
                var list = new List<double>();
                foreach (double v in x) list.Add({{exp}});
                double[] w = list.ToArray();
                {{normalise}}
            }
        }
        """;
}
