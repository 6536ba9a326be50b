using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on indirect indices: an element reached through an entry of a lookup table moves with the
/// lookup's own index. An entry of a table a loop picks (a block table per sequence, a CSR row's segment of the column
/// list, a query's candidates), read directly or scaled to a block with an offset within it, is a gather: a subset of
/// the buffer per pick, which a fold over the whole buffer spans together with the elements no table names. An
/// offset looked up by a walked key (<c>offsets[name]</c>) moves with that walk. An entry added unscaled to a row
/// offset stays a walk within the row.
/// </summary>
public class SoftmaxModelIndirectIndexTests
{
    private const string PagedExps = """
        var p = new float[lens[s]]; float z = 0f;
        for (int t = 0; t < p.Length; t++) { p[t] = MathF.Exp(cache[tables[s][t / bs] * bs + t % bs] - m); z += p[t]; }
        for (int t = 0; t < p.Length; t++) p[t] /= z;
        """;

    [Theory]
    [InlineData("for (int i = 0; i < cache.Length; i++) m = MathF.Max(m, cache[i]);")]
    [InlineData("foreach (float v in cache) m = MathF.Max(m, v);")]
    [InlineData("for (int i = cache.Length - 1; i >= 0; i--) if (cache[i] > m) m = cache[i];")]
    public void PagedCache_WholeCacheMaxSpansTheUngatheredSlots(string wholeMax)
    {
        var model = Describe($$"""
            static void F(float[] cache, int bs, int[][] tables, int[] lens) {
                float m = float.NegativeInfinity; {{wholeMax}}
                for (int s = 0; s < lens.Length; s++) { {{PagedExps}} }
            }
            """);
        Assert.Contains("| sum z {cache.g:tables} | max m {cache.g:tables,cache.g:~rest} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (int t = 0; t < lens[s]; t++) m = MathF.Max(m, cache[tables[s][t / bs] * bs + t % bs]);")]
    [InlineData("int[] table = tables[s]; for (int b = 0; b * bs < lens[s]; b++) { int block = table[b]; for (int o = 0; o < bs && b * bs + o < lens[s]; o++) m = MathF.Max(m, cache[block * bs + o]); }")]
    [InlineData("for (int t = 0; t < lens[s]; t++) { int physical = tables[s][t / bs]; m = MathF.Max(m, cache[t % bs + physical * bs]); }")]
    public void PagedCache_MaxOverTheSequencesBlocks_IsTheSumsGather(string sliceMax)
    {
        var model = Describe($$"""
            static void F(float[] cache, int bs, int[][] tables, int[] lens) {
                for (int s = 0; s < lens.Length; s++) { float m = float.NegativeInfinity; {{sliceMax}} {{PagedExps}} }
            }
            """);
        Assert.Contains("| sum z {cache.g:tables} | max m {cache.g:tables} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++)", "score[colIdx[k]]")]
    [InlineData("for (int k = r * deg; k < r * deg + deg; k++)", "score[colIdx[k]]")]
    public void SegmentOfAnIndexList_IsAGather(string segment, string read)
    {
        var model = Describe($$"""
            static void F(double[] score, int[] rowPtr, int[] colIdx, int deg, double[] a) {
                double m = score.Max();
                for (int r = 0; r + 1 < rowPtr.Length; r++) {
                    double z = 0; {{segment}} { a[k] = Math.Exp({{read}} - m); z += a[k]; }
                    {{segment}} a[k] /= z;
                }
            }
            """);
        Assert.Contains("| sum z {score.g:colIdx} | max m {score.g:colIdx,score.g:~rest} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logits[cand[q * k + j]]")]
    [InlineData("logits[cand[at]]")]
    public void EntryIndexedThroughALocal_IsTheSameGather(string read)
    {
        // The equivalence rewrites move an index into a local (int at = q * k + j): the entry still moves with q and j.
        var model = Describe($$"""
            static void F(float[] logits, int[] cand, int k, float[] p) {
                float m = logits.Max();
                for (int q = 0; q < cand.Length / k; q++) {
                    float z = 0; for (int j = 0; j < k; j++) { int at = q * k + j; p[at] = MathF.Exp({{read}} - m); z += p[at]; }
                    for (int j = 0; j < k; j++) p[q * k + j] /= z;
                }
            }
            """);
        Assert.Contains("| max m {logits.g:cand,logits.g:~rest} |", model, StringComparison.Ordinal);
        Assert.Contains("| sum z {logits.g:cand} |", model, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexListWalkedWholeByOneLoop_IsNoGather()
    {
        // perm[j] may name every column of the row: a walk within the row, not a subset of it.
        var model = Describe("""
            static void F(float[] x, int rows, int cols, int[] perm, float[] y) {
                for (int r = 0; r < rows; r++) {
                    float m = float.NegativeInfinity; for (int c = 0; c < cols; c++) m = MathF.Max(m, x[r * cols + c]);
                    float z = 0; for (int j = 0; j < cols; j++) { y[r * cols + j] = MathF.Exp(x[r * cols + perm[j]] - m); z += y[r * cols + j]; }
                    for (int j = 0; j < cols; j++) y[r * cols + j] /= z;
                }
            }
            """);
        Assert.DoesNotContain(".g:", model, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryAddedToARowOffset_StaysAWalkWithinTheRow()
    {
        var model = Describe("""
            static void F(float[] x, int n, int[][] legal, float[] y) {
                for (int s = 0; s < legal.Length; s++) {
                    int row = s * n; float m = float.NegativeInfinity;
                    foreach (int a in legal[s]) m = MathF.Max(m, x[row + a]);
                    float z = 0; foreach (int a in legal[s]) { y[row + a] = MathF.Exp(x[row + a] - m); z += y[row + a]; }
                    foreach (int a in legal[s]) y[row + a] /= z;
                }
            }
            """);
        Assert.DoesNotContain(".g:", model, StringComparison.Ordinal);
        Assert.Contains("x.s:n", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("foreach (string name in names) { int o = offsets[name];", "}")]
    [InlineData("foreach (var kv in offsets) { int o = offsets[kv.Key];", "}")]
    public void OffsetLookedUpByAWalkedKey_MovesWithTheWalk(string walk, string end)
    {
        var model = Describe($$"""
            static void F(float[] x, System.Collections.Generic.Dictionary<string, int> offsets, string[] names, int w, float[] y) {
                float m = x.Max();
                {{walk}}
                    float z = 0; for (int j = 0; j < w; j++) { y[o + j] = MathF.Exp(x[o + j] - m); z += y[o + j]; }
                    for (int j = 0; j < w; j++) y[o + j] /= z;
                {{end}}
            }
            """);
        Assert.Contains("| sum z {x.s:1} | max m {x.s:1,x.s:?} |", model, StringComparison.Ordinal);
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Linq;
        static class C {
        {{method}}
        }
        """).Single().Value;
}
