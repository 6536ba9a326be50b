using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A buffer folded element by element (a dot product per sample, <c>lin[k] += w[f] * cols[f][k]</c>) and then replaced
/// in place by its exps (<c>lin[i] = Math.Exp(lin[i])</c>) no longer holds the fold where it is read as
/// <c>lin[i] / (1 + lin[i])</c> (Real46: accord's <c>ProbabilisticCoordinateDescent.InnerRun</c>, a logistic regression,
/// reported LG0002 twice). The weights the fold multiplies are updated from those exps in the training loop, so the fold's
/// elements carry an exp, and the read took the overwritten fold for a reference-category softmax's <c>1 + Σ</c>. The
/// replacement blocks the fold when it writes the very element read, or as a whole loop over the buffer's full extent;
/// an overwrite on one branch only, over part of the buffer, or one that is a rescaling keeps the old verdict.
/// </summary>
public class SoftmaxModelOverwrittenFoldTests
{
    [Theory]
    // The same element replaced just before the read, in the same iteration.
    [InlineData("for (int i = 0; i < n; i++) { lin[i] = Math.Exp(lin[i]); p[i] = lin[i] / (1 + lin[i]); }")]
    // A separate full-extent loop, to the created size or to the buffer's Length, braced or not.
    [InlineData("for (int i = 0; i < n; i++) lin[i] = Math.Exp(lin[i]); for (int i = 0; i < n; i++) p[i] = lin[i] / (1 + lin[i]);")]
    [InlineData("for (int i = 0; i < lin.Length; i++) { lin[i] = Math.Exp(lin[i]); } for (int i = 0; i < n; i++) p[i] = lin[i] / (1 + lin[i]);")]
    // A copy of another buffer replaces the element too (the line search's lin[i] = next[i]).
    [InlineData("for (int i = 0; i < n; i++) next[i] = Math.Exp(lin[i]); for (int i = 0; i < n; i++) { lin[i] = next[i]; p[i] = lin[i] / (1 + lin[i]); }")]
    public async Task FoldReplacedOnEveryPath_IsNoSum(string map)
    {
        var source = Source(map);
        var model = ModelDescriptions.Method(source, "Fit");
        Assert.DoesNotContain(model.Sites, site => site.Sum.Name == "lin");
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    [Theory]
    // Replaced on one branch only: the fold reaches the read on the other.
    [InlineData("if (epoch > 0) { for (int i = 0; i < n; i++) lin[i] = Math.Exp(lin[i]); } for (int i = 0; i < n; i++) p[i] = lin[i] / (1 + lin[i]);")]
    // Replaced over half the buffer only.
    [InlineData("for (int i = 0; i < n / 2; i++) lin[i] = Math.Exp(lin[i]); for (int i = 0; i < n; i++) p[i] = lin[i] / (1 + lin[i]);")]
    // The replacing loop may stop early.
    [InlineData("for (int i = 0; i < n; i++) { if (lin[i] > 50) break; lin[i] = Math.Exp(lin[i]); } for (int i = 0; i < n; i++) p[i] = lin[i] / (1 + lin[i]);")]
    public async Task FoldReachingTheReadOnSomePath_KeepsItsVerdict(string map)
    {
        var source = Source(map);
        var model = ModelDescriptions.Method(source, "Fit");
        Assert.Contains(model.Sites, site => site.Sum.Name == "lin");

        // The fold is restarted each epoch by `for (i < n) lin[i] = 0`, a loop over every element it keys: the LG0002
        // this verdict used to be (the previous epoch's values carried through a zero-trip reset loop) is gone since the
        // resets branch (SoftmaxModel.CoveringResetLoops.cs); the partial overwrite still does not remove the site.
        Assert.Empty(await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    /// <summary>
    /// A real sum of exps carried across rows in a buffer slot, with the buffer cleared by a full-extent loop before the
    /// rows (a replacement, but on no path from the fold to the read): still LG0002.
    /// </summary>
    [Fact]
    public async Task SumOfExpsCarriedAcrossRows_IsStillTooWide()
    {
        const string source = """
            using System;

            static class C {
                static void Rows(double[,] x, double[,] y, double[] total) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    for (int i = 0; i < total.Length; i++) total[i] = 0;
                    for (int r = 0; r < rows; r++) {
                        double m = double.NegativeInfinity;
                        for (int c = 0; c < cols; c++) m = Math.Max(m, x[r, c]);
                        for (int c = 0; c < cols; c++) { y[r, c] = Math.Exp(x[r, c] - m); total[0] += y[r, c]; }
                        for (int c = 0; c < cols; c++) y[r, c] /= total[0];
                    }
                }
            }
            """;
        Assert.Equal(new[] { "LG0002" }, await SourceMarkers.ReportedSortedIdsAsync(source, assertCompiles: false));
    }

    private static string Source(string map) => $$"""
        using System;

        static class C {
            static void Fit(double[][] cols, double[] y, double[] w, double[] p, int epochs) {
                int n = y.Length;
                double[] lin = new double[n];
                double[] next = new double[n];
                for (int epoch = 0; epoch < epochs; epoch++) {
                    for (int i = 0; i < n; i++) lin[i] = 0;
                    for (int f = 0; f < w.Length; f++)
                        for (int k = 0; k < n; k++)
                            lin[k] += w[f] * cols[f][k];
                    {{map}}
                    for (int f = 0; f < w.Length; f++) {
                        double g = 0;
                        for (int k = 0; k < n; k++) g += (y[k] - p[k]) * cols[f][k];
                        w[f] += 0.1 * g;
                    }
                }
            }
        }
        """;
}
