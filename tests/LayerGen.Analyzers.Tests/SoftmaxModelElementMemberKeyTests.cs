using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-segment slots keyed by a member of the walked element (HeldOut85's false report on <c>RecordStructRows_SamplePeaks</c>):
/// one flat walk over <c>(Sample, Class, Logit)</c> cells folds <c>peak[cell.Sample]</c>, then the per-sample softmax
/// sums <c>sum[cell.Sample]</c> and shifts by <c>peak[cell.Sample]</c>. The member steps with the walk, but as a key it
/// names the slice itself: silent, as with a parallel key array (<c>peak[sample[i]]</c>). The same walk with the peak
/// keyed by another member (<c>peak[cell.Class]</c>) while the sum is keyed by <c>cell.Sample</c> is LG0004 at the fold
/// (cells of sample 0 at 0 and of sample 1 at 1000, one class: sample 0 is shifted by 1000, exp(-1000) = 0, 0 / 0).
/// Records, record structs, classes with init-only properties, structs with fields and named tuples; the key read
/// directly, through a local, or deconstructed; float and double; an <c>if</c> fold and a <c>Max</c> fold.
/// </summary>
public class SoftmaxModelElementMemberKeyTests
{
    /// <summary>Element declaration (<c>{T}</c> the number type; empty for a tuple), element type, number type, fold form, key through a local.</summary>
    public static TheoryData<string, string, string, bool, bool> Elements => new()
    {
        { "public readonly record struct Cell(int Sample, int Class, {T} Logit);", "Cell", "double", true, false },
        { "public sealed record Cell(int Sample, int Class, {T} Logit);", "Cell", "float", false, false },
        { "", "(int Sample, int Class, {T} Logit)", "double", true, true },
        { "public sealed class Cell { public int Sample { get; init; } public int Class { get; init; } public {T} Logit { get; init; } }", "Cell", "float", true, true },
        { "public struct Cell { public int Sample; public int Class; public {T} Logit; }", "Cell", "double", false, true },
        { "public record Cell(int Sample, int Class, {T} Logit);", "Cell", "double", true, true },
        { "", "(int Sample, int Class, {T} Logit)", "float", false, false },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public async Task MemberKeyedPeak_SameKeyAsSumSilent_OtherKeyIsLG0004(string declaration, string element, string type, bool ifFold, bool local)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var max = type == "float" ? "MathF.Max" : "Math.Max";
        string Fold(string slot) => ifFold ? $"if (cell.Logit > {slot}) {slot} = cell.Logit;" : $"{slot} = {max}({slot}, cell.Logit);";
        string Key(string member) => local ? "k" : "cell." + member;
        string Bind(string member) => local ? $"int k = cell.{member}; " : string.Empty;
        var source = $$"""
            using System;
            using System.Collections.Generic;

            {{declaration.Replace("{T}", type)}}

            public static class Repro
            {
                public static {{type}}[] PerSample(IReadOnlyList<{{element.Replace("{T}", type)}}> cells, int samples)
                {
                    var peak = new {{type}}[samples];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    foreach (var cell in cells) { {{Bind("Sample")}}{{Fold($"peak[{Key("Sample")}]")}} }
                    var sum = new {{type}}[samples];
                    foreach (var cell in cells) { {{Bind("Sample")}}sum[{{Key("Sample")}}] += {{exp}}(cell.Logit - peak[{{Key("Sample")}}]); }
                    var p = new {{type}}[cells.Count];
                    for (int i = 0; i < cells.Count; i++) p[i] = {{exp}}(cells[i].Logit - peak[cells[i].Sample]) / sum[cells[i].Sample];
                    return p;
                }

                public static {{type}}[] PerClassPeak(IReadOnlyList<{{element.Replace("{T}", type)}}> cells, int samples, int classes)
                {
                    var peak = new {{type}}[classes];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    foreach (var cell in cells) { {{Bind("Class")}}{{Fold($"peak[{Key("Class")}]")}} } //~ LG0004
                    var sum = new {{type}}[samples];
                    foreach (var cell in cells) { {{Bind("Sample")}}sum[{{Key("Sample")}}] += {{exp}}(cell.Logit - peak[cell.Class]); }
                    var p = new {{type}}[cells.Count];
                    for (int i = 0; i < cells.Count; i++) p[i] = {{exp}}(cells[i].Logit - peak[cells[i].Class]) / sum[cells[i].Sample];
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>The cells deconstructed in the walk (<c>foreach (var (s, _, v) in cells)</c>), record struct and tuple alike.</summary>
    [Theory]
    [InlineData("public readonly record struct Cell(int Sample, int Class, double Logit);", "Cell")]
    [InlineData("", "(int Sample, int Class, double Logit)")]
    public async Task DeconstructedKeys_SameKeySilent_OtherKeyIsLG0004(string declaration, string element)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;

            {{declaration}}

            public static class Repro
            {
                public static double[] PerSample(IReadOnlyList<{{element}}> cells, int samples)
                {
                    var peak = new double[samples];
                    Array.Fill(peak, double.NegativeInfinity);
                    foreach (var (s, _, v) in cells) if (v > peak[s]) peak[s] = v;
                    var sum = new double[samples];
                    foreach (var (s, _, v) in cells) sum[s] += Math.Exp(v - peak[s]);
                    var p = new double[cells.Count];
                    for (int i = 0; i < cells.Count; i++) p[i] = Math.Exp(cells[i].Logit - peak[cells[i].Sample]) / sum[cells[i].Sample];
                    return p;
                }

                public static double[] PerClassPeak(IReadOnlyList<{{element}}> cells, int samples, int classes)
                {
                    var peak = new double[classes];
                    Array.Fill(peak, double.NegativeInfinity);
                    foreach (var (_, c, v) in cells) if (v > peak[c]) peak[c] = v; //~ LG0004
                    var sum = new double[samples];
                    foreach (var (s, c, v) in cells) sum[s] += Math.Exp(v - peak[c]);
                    var p = new double[cells.Count];
                    for (int i = 0; i < cells.Count; i++) p[i] = Math.Exp(cells[i].Logit - peak[cells[i].Class]) / sum[cells[i].Sample];
                    return p;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
