using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on scatter-softmax keys deconstructed from a tuple element (HeldOut19's
/// <c>Hgt_EdgeSoftmaxPerTarget</c>): <c>dst</c> of <c>var (src, dst) = edges[e]</c> is the key <c>edges[e].Dst</c>, so a
/// peak folded into <c>peak[dst]</c> is per target node, as when the member is read; a tuple of integer keys is no
/// record of data, and the old model read the deconstructed local as no key at all (a peak over every edge).
/// </summary>
public class SoftmaxModelDeconstructedKeyTests
{
    private const string Tail = """
                for (int e = 0; e < edges.Length; e++) { w[e] = Math.Exp(s[e] - peak[edges[e].Dst]); sum[edges[e].Dst] += w[e]; }
                for (int e = 0; e < edges.Length; e++) w[e] /= sum[edges[e].Dst];
            }
        """;

    [Fact]
    public void DeconstructedTarget_KeysThePeakPerTarget_LikeTheMemberRead()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void Member((int Src, int Dst)[] edges, double[] s, double[] w, int nodes) {
                    var peak = new double[nodes]; var sum = new double[nodes];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int e = 0; e < edges.Length; e++) { int dst = edges[e].Dst; if (s[e] > peak[dst]) peak[dst] = s[e]; }
                {{Tail}}
                static void Assigned((int Src, int Dst)[] edges, double[] s, double[] w, int nodes) {
                    var peak = new double[nodes]; var sum = new double[nodes];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int e = 0; e < edges.Length; e++) { var (src, dst) = edges[e]; if (s[e] > peak[dst]) peak[dst] = s[e]; }
                {{Tail}}
                static void Typed(ReadOnlySpan<(int Src, int Dst, int Relation)> edges, double[] s, double[] w, int nodes) {
                    var peak = new double[nodes]; var sum = new double[nodes];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int e = 0; e < edges.Length; e++) { (int src, int dst, int rel) = edges[e]; peak[dst] = Math.Max(peak[dst], s[e]); }
                {{Tail}}
            }
            """);
        Assert.Contains("| sum sum {w.seg:edges.Dst:s:1} | max peak {w.seg:edges.Dst:s:1} |", models["Member"], StringComparison.Ordinal);
        Assert.Equal(models["Member"], models["Assigned"]);
        Assert.Equal(models["Member"], models["Typed"]);
    }

    [Fact]
    public void PositionalTupleElement_IsTheSameKeyAsItsItemField()
    {
        var model = ModelDescriptions.Of("""
            using System;
            static class C {
                static void Positional((int, int)[] edges, double[] s, double[] w, int nodes) {
                    var peak = new double[nodes]; var sum = new double[nodes];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int e = 0; e < edges.Length; e++) { (int src, int dst) = edges[e]; peak[dst] = Math.Max(peak[dst], s[e]); }
                    for (int e = 0; e < edges.Length; e++) { w[e] = Math.Exp(s[e] - peak[edges[e].Item2]); sum[edges[e].Item2] += w[e]; }
                    for (int e = 0; e < edges.Length; e++) w[e] /= sum[edges[e].Item2];
                }
            }
            """)["Positional"];
        Assert.Contains("| sum sum {w.seg:edges.Item2:s:1} | max peak {w.seg:edges.Item2:s:1} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void DeconstructedSource_IsAnotherKeyThanTheTarget_AndAWholePeakStillSpansEveryTarget()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            static class C {
                static void BySource((int Src, int Dst)[] edges, double[] s, double[] w, int nodes) {
                    var peak = new double[nodes]; var sum = new double[nodes];
                    Array.Fill(peak, double.NegativeInfinity);
                    for (int e = 0; e < edges.Length; e++) { var (src, dst) = edges[e]; if (s[e] > peak[src]) peak[src] = s[e]; }
                    for (int e = 0; e < edges.Length; e++) { w[e] = Math.Exp(s[e] - peak[edges[e].Src]); sum[edges[e].Dst] += w[e]; }
                    for (int e = 0; e < edges.Length; e++) w[e] /= sum[edges[e].Dst];
                }
                static void Whole((int Src, int Dst)[] edges, double[] s, double[] w, int nodes) {
                    double peak = double.NegativeInfinity; var sum = new double[nodes];
                    for (int e = 0; e < edges.Length; e++) { var (_, dst) = edges[e]; peak = Math.Max(peak, s[e]); }
                    for (int e = 0; e < edges.Length; e++) { var (_, dst) = edges[e]; w[e] = Math.Exp(s[e] - peak); sum[dst] += w[e]; }
                    for (int e = 0; e < edges.Length; e++) { var (_, dst) = edges[e]; w[e] /= sum[dst]; }
                }
            }
            """);
        Assert.Contains("| max peak {s.seg:edges.Src:s:1} |", models["BySource"], StringComparison.Ordinal);
        Assert.Contains("| sum sum {w.seg:edges.Dst:s:1} | max peak {w.seg:edges.Dst:s:1,w.which:edges.Dst:s:1} |", models["Whole"], StringComparison.Ordinal);
    }
}
