using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A keyed fold into a dictionary that starts at each key's first value (<c>peak[k] = peak.TryGetValue(k, out var m) ?
/// Math.Max(m, v) : v</c>, <c>if (!peak.TryGetValue(k, out m) || v &gt; m) peak[k] = v;</c>,
/// <c>Math.Max(peak.GetValueOrDefault(k, double.NegativeInfinity), v)</c>) is a per-key maximum like
/// <c>peak[k] = Math.Max(peak[k], v)</c> (HeldOut18's <c>CoxLapse_TotalRiskAcrossStrata</c>): a sum over every element
/// under that per-stratum shift is LG0002; totals kept per stratum, in any of the same spellings, stay silent.
/// </summary>
public class SoftmaxModelKeyedLookupFoldTests
{
    private const string TernaryPeak = "peak[p.Stratum] = peak.TryGetValue(p.Stratum, out double m) ? Math.Max(m, p.Eta) : p.Eta;";

    public static TheoryData<string> PeakSpellings => new()
    {
        TernaryPeak,
        "peak[p.Stratum] = !peak.TryGetValue(p.Stratum, out double m) ? p.Eta : Math.Max(m, p.Eta);",
        "if (!peak.TryGetValue(p.Stratum, out double m) || p.Eta > m) peak[p.Stratum] = p.Eta;",
        "peak[p.Stratum] = Math.Max(peak.GetValueOrDefault(p.Stratum, double.NegativeInfinity), p.Eta);",
    };

    [Theory]
    [MemberData(nameof(PeakSpellings))]
    public async Task KeyedPeak_WithOneTotalOverEveryStratum_IsLG0002(string peak)
    {
        var source = Source(peak, "total += risk[i];", "risk[i] /= total;", "double total = 0.0;");
        var site = ModelDescriptions.Method(source, "F").Sites.Single();
        Assert.NotEmpty(site.Maxima);
        Assert.Equal(new[] { "LG0002" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [MemberData(nameof(PeakSpellings))]
    public async Task KeyedPeak_WithTotalsPerStratum_IsSilent(string peak)
    {
        var source = Source(peak, "total[s] = total.TryGetValue(s, out double t) ? t + risk[i] : risk[i];", "risk[i] /= total[policies[i].Stratum];", "var total = new Dictionary<int, double>();");
        Assert.NotEmpty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("total[s] = total.GetValueOrDefault(s) + risk[i];")]
    [InlineData("total[s] = total.GetValueOrDefault(s, 0.0) + risk[i];")]
    public async Task KeyedTotals_InOtherSpellings_AreSilent(string fold)
    {
        var source = Source(TernaryPeak, fold, "risk[i] /= total[policies[i].Stratum];", "var total = new Dictionary<int, double>();");
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Fact]
    public void FirstValueKept_IsNoMaximum()
    {
        // peak[k] keeps the first value seen for each key: no fold, so no per-stratum maximum is read as the shift.
        var source = Source("peak[p.Stratum] = peak.TryGetValue(p.Stratum, out double m) ? m : p.Eta;", "total += risk[i];", "risk[i] /= total;", "double total = 0.0;");
        Assert.Empty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
    }

    [Fact]
    public void LookupOfAnotherDictionary_IsNoFold()
    {
        // m comes from another dictionary: peak[k] = max(other[k], v) folds nothing into peak.
        var source = Source("peak[p.Stratum] = other.TryGetValue(p.Stratum, out double m) ? Math.Max(m, p.Eta) : p.Eta;", "total += risk[i];", "risk[i] /= total;", "double total = 0.0;");
        Assert.Empty(ModelDescriptions.Method(source, "F").Sites.Single().Maxima);
    }

    private static string Source(string peak, string fold, string divide, string totalDeclaration) => $$"""
        using System;
        using System.Collections.Generic;

        public struct Policy { public int Stratum; public double Eta; }

        static class C {
            static double[] F(List<Policy> policies, Dictionary<int, double> other) {
                var peak = new Dictionary<int, double>();
                foreach (Policy p in policies) { {{peak}} }
                var risk = new double[policies.Count];
                {{totalDeclaration}}
                for (int i = 0; i < policies.Count; i++) {
                    int s = policies[i].Stratum;
                    risk[i] = Math.Exp(policies[i].Eta - peak[s]);
                    {{fold}}
                }
                for (int i = 0; i < risk.Length; i++) {{divide}}
                return risk;
            }
        }
        """;
}
