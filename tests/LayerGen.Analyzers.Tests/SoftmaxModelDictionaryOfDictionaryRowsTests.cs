using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A dictionary whose values are dictionaries of numbers (<c>Dictionary&lt;int, Dictionary&lt;string, double&gt;&gt;</c>, a
/// poker tracker's seat → hand → log weight; HeldOut18's <c>PokerRange_PeakAcrossSeats</c>) holds one labelled row per
/// key, like a list of dictionaries: walked by <c>foreach (var (seat, range) in table)</c> or <c>table.Values</c>, each
/// row is a softmax slice. A peak or sum over every row is too wide; each row's own peak and sum stay silent.
/// </summary>
public class SoftmaxModelDictionaryOfDictionaryRowsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    [Theory]
    [InlineData("foreach (var (_, range) in table) foreach (var (_, v) in range) peak = Math.Max(peak, v);")]
    [InlineData("foreach (var range in table.Values) foreach (double v in range.Values) peak = Math.Max(peak, v);")]
    [InlineData("foreach (var kv in table) foreach (var cell in kv.Value) peak = Math.Max(peak, cell.Value);")]
    public async Task PeakOverEveryRow_IsTooWide(string peakLoop)
    {
        var source = Usings + $$"""
            static class C {
                static Dictionary<int, Dictionary<string, double>> F(Dictionary<int, Dictionary<string, double>> table) {
                    double peak = double.NegativeInfinity;
                    {{peakLoop}}
                    var result = new Dictionary<int, Dictionary<string, double>>();
                    foreach (var (seat, range) in table) {
                        var weights = new Dictionary<string, double>();
                        double z = 0.0;
                        foreach (var (hand, lw) in range) { double e = Math.Exp(lw - peak); weights[hand] = e; z += e; }
                        foreach (string hand in range.Keys) weights[hand] /= z;
                        result[seat] = weights;
                    }
                    return result;
                }
            }
            """;
        Assert.Single(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0001" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Fact]
    public async Task SumOverEveryRow_IsTooWide()
    {
        var source = Usings + """
            static class C {
                static Dictionary<int, Dictionary<string, double>> F(Dictionary<int, Dictionary<string, double>> table) {
                    var result = new Dictionary<int, Dictionary<string, double>>();
                    double z = 0.0;
                    foreach (var (seat, range) in table) {
                        double peak = double.NegativeInfinity;
                        foreach (var (_, v) in range) peak = Math.Max(peak, v);
                        var weights = new Dictionary<string, double>();
                        foreach (var (hand, lw) in range) { double e = Math.Exp(lw - peak); weights[hand] = e; z += e; }
                        foreach (string hand in range.Keys) weights[hand] /= z;
                        result[seat] = weights;
                    }
                    return result;
                }
            }
            """;
        Assert.Single(ModelDescriptions.Method(source, "F").Sites);
        Assert.Equal(new[] { "LG0002" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    [InlineData("foreach (var (_, v) in range) peak = Math.Max(peak, v);")]
    [InlineData("foreach (var kv in range) peak = Math.Max(peak, kv.Value);")]
    [InlineData("peak = range.Values.Max();")]
    public async Task EachRowsOwnPeakAndSum_IsASilentSite(string peakLoop)
    {
        var source = Usings + $$"""
            static class C {
                static Dictionary<int, Dictionary<string, double>> F(Dictionary<int, Dictionary<string, double>> table) {
                    var result = new Dictionary<int, Dictionary<string, double>>();
                    foreach (var (seat, range) in table) {
                        double peak = double.NegativeInfinity;
                        {{peakLoop}}
                        var weights = new Dictionary<string, double>();
                        double z = 0.0;
                        foreach (var (hand, lw) in range) { double e = Math.Exp(lw - peak); weights[hand] = e; z += e; }
                        foreach (string hand in range.Keys) weights[hand] /= z;
                        result[seat] = weights;
                    }
                    return result;
                }
            }
            """;
        var site = Assert.Single(ModelDescriptions.Method(source, "F").Sites);
        Assert.NotEmpty(site.Maxima);
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }
}
