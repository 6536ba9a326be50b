using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on the keyed and pooled shapes HeldOut6 missed, separate from the rules: folds keyed by a flat
/// index (<c>rowMax[i / cols]</c>, <c>peak[i % batch]</c>, <c>(i - start) / cols</c>), scatter folds into segments named
/// by data (<c>den[dst[e]]</c>, <c>top[edge.Target]</c>), scratch buffers whose data extent is <c>rows * cols</c> with the
/// row length read from a row, dictionaries read at the keys of a walk, and exps projected into tuples. Each shape is
/// checked on a too-wide and a per-slice form; broken spellings of each must not throw.
/// </summary>
public class SoftmaxModelSegmentKeyTests
{
    [Fact]
    public void FlatQuotientKey_FoldsTheRowOnly_WhileAFlatSumSpansEveryRow()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void FlatSum(float[] x, float[] y, int cols) {
                    Span<float> rowMax = stackalloc float[x.Length / cols];
                    rowMax.Fill(float.NegativeInfinity);
                    for (int i = 0; i < x.Length; i++) { int r = i / cols; rowMax[r] = MathF.Max(rowMax[r], x[i]); }
                    float sum = 0f;
                    for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - rowMax[i / cols]); sum += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= sum;
                }
                static void RowSums(float[] x, float[] y, int cols) {
                    Span<float> rowMax = stackalloc float[x.Length / cols];
                    Span<float> rowSum = stackalloc float[x.Length / cols];
                    rowMax.Fill(float.NegativeInfinity);
                    for (int i = 0; i < x.Length; i++) { int r = i / cols; rowMax[r] = MathF.Max(rowMax[r], x[i]); }
                    for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - rowMax[i / cols]); rowSum[i / cols] += y[i]; }
                    for (int i = 0; i < x.Length; i++) y[i] /= rowSum[i / cols];
                }
            }
            """);
        // y and x are one axis (y[i] = exp(x[i] - ...)); the class is printed by its representative, y.
        Assert.Equal("site y[i] /= sum | dims {y.s:1,y.s:cols} | sum sum {y.s:1,y.s:cols} | max rowMax {y.s:1} | exps 1\n", models["FlatSum"]);
        Assert.Contains("| sum rowSum {", models["RowSums"], StringComparison.Ordinal);
        Assert.DoesNotContain("s:cols} | max", models["RowSums"], StringComparison.Ordinal);
    }

    [Fact]
    public void FlatRemainderKey_FoldsTheCoarseStride_AndAnOffsetWalkOfRowsTimesColsIsTheBlock()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void ColumnMajor(float[] z, float[] p, int batch) {
                    var peak = new float[batch];
                    for (int b = 0; b < batch; b++) peak[b] = float.MinValue;
                    for (int i = 0; i < z.Length; i++) if (z[i] > peak[i % batch]) peak[i % batch] = z[i];
                    float s = 0f;
                    for (int i = 0; i < z.Length; i++) { p[i] = MathF.Exp(z[i] - peak[i % batch]); s += p[i]; }
                    for (int i = 0; i < z.Length; i++) p[i] /= s;
                }
                static void Offset(float[] buffer, int start, int rows, int cols) {
                    var rowMax = new float[rows];
                    for (int r = 0; r < rows; r++) rowMax[r] = float.NegativeInfinity;
                    for (int i = start; i < start + rows * cols; i++) rowMax[(i - start) / cols] = MathF.Max(rowMax[(i - start) / cols], buffer[i]);
                    float sum = 0f;
                    for (int i = start; i < start + rows * cols; i++) { buffer[i] = MathF.Exp(buffer[i] - rowMax[(i - start) / cols]); sum += buffer[i]; }
                    for (int i = start; i < start + rows * cols; i++) buffer[i] /= sum;
                }
            }
            """);
        Assert.Equal("site p[i] /= s | dims {p.s:1,p.s:batch} | sum s {p.s:1,p.s:batch} | max peak {p.s:batch} | exps 1\n", models["ColumnMajor"]);
        Assert.Equal("site buffer[i] /= sum | dims {buffer.s:1,buffer.s:cols} | sum sum {buffer.s:1,buffer.s:cols} | max rowMax {buffer.s:1} | exps 1\n", models["Offset"]);
    }

    [Fact]
    public void ScatterKey_SplitsTheWalkIntoSegments_AGlobalMaxSpansThemAndAKeyedMaxDoesNot()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void GlobalMax(double[] s, int[] dst, int nodes, double[] a) {
                    double m = double.MinValue;
                    for (int e = 0; e < s.Length; e++) if (s[e] > m) m = s[e];
                    var den = new double[nodes];
                    for (int e = 0; e < s.Length; e++) { a[e] = Math.Exp(s[e] - m); den[dst[e]] += a[e]; }
                    for (int e = 0; e < s.Length; e++) a[e] /= den[dst[e]];
                }
                static void KeyedMax(double[] s, int[] dst, int nodes, double[] a) {
                    var m = new double[nodes];
                    Array.Fill(m, double.NegativeInfinity);
                    for (int e = 0; e < s.Length; e++) { int v = dst[e]; m[v] = Math.Max(m[v], s[e]); }
                    var den = new double[nodes];
                    for (int e = 0; e < s.Length; e++) { a[e] = Math.Exp(s[e] - m[dst[e]]); den[dst[e]] += a[e]; }
                    for (int e = 0; e < s.Length; e++) a[e] /= den[dst[e]];
                }
            }
            """);
        Assert.Equal(
            "site a[e] /= den[dst[e]] | dims {a.seg:dst:whole,a.which:dst:whole} | sum den {a.seg:dst:whole} | max m {a.seg:dst:whole,a.which:dst:whole} | exps 1\n",
            models["GlobalMax"]);
        Assert.Contains("| sum den {a.seg:dst:whole} | max m {a.seg:dst:whole} |", models["KeyedMax"], StringComparison.Ordinal);
    }

    [Fact]
    public void RecordMemberKey_InAForeachAndByIndex_IsOneSegmentation()
    {
        var description = ModelDescriptions.Of("""
            using System;
            using System.Collections.Generic;
            readonly record struct Edge(int Target, double Score);
            static class C {
                static double[] F(Edge[] edges) {
                    var top = new Dictionary<int, double>();
                    foreach (var edge in edges) { if (!top.ContainsKey(edge.Target)) top[edge.Target] = double.NegativeInfinity; top[edge.Target] = Math.Max(top[edge.Target], edge.Score); }
                    var den = new Dictionary<int, double>();
                    var w = new double[edges.Length];
                    for (int e = 0; e < edges.Length; e++) { w[e] = Math.Exp(edges[e].Score - top[edges[e].Target]); if (!den.ContainsKey(edges[e].Target)) den[edges[e].Target] = 0; den[edges[e].Target] += w[e]; }
                    for (int e = 0; e < edges.Length; e++) w[e] /= den[edges[e].Target];
                    return w;
                }
            }
            """)["F"];
        Assert.Contains("| sum den {w.seg:edges.Target:whole} | max top {w.seg:edges.Target:whole} |", description, StringComparison.Ordinal);
    }

    [Fact]
    public void RowLengthOfAJaggedInput_BoundsARow_NotTheFlatScratch()
    {
        var models = ModelDescriptions.Of("""
            using System;
            static class C {
                static void Total(float[][] logits, float[] y) {
                    int rows = logits.Length, cols = logits[0].Length;
                    float[] e = System.Buffers.ArrayPool<float>.Shared.Rent(rows * cols);
                    for (int r = 0; r < rows; r++) { float m = float.MinValue; for (int j = 0; j < cols; j++) m = MathF.Max(m, logits[r][j]); for (int j = 0; j < cols; j++) e[r * cols + j] = MathF.Exp(logits[r][j] - m); }
                    float t = 0f;
                    for (int i = 0; i < rows * cols; i++) t += e[i];
                    for (int r = 0; r < rows; r++) for (int j = 0; j < cols; j++) y[r * cols + j] = e[r * cols + j] / t;
                }
                static void PerRow(float[][] logits, float[] y) {
                    int rows = logits.Length, cols = logits[0].Length;
                    float[] e = System.Buffers.ArrayPool<float>.Shared.Rent(rows * cols);
                    for (int r = 0; r < rows; r++) { float m = float.MinValue; for (int j = 0; j < cols; j++) m = MathF.Max(m, logits[r][j]); float t = 0f; for (int j = 0; j < cols; j++) { e[r * cols + j] = MathF.Exp(logits[r][j] - m); t += e[r * cols + j]; } for (int j = 0; j < cols; j++) y[r * cols + j] = e[r * cols + j] / t; }
                }
            }
            """);
        Assert.Equal("site e[r * cols + j] / t | dims {logits.d0,logits.d1} | sum t {logits.d0,logits.d1} | max m {logits.d1} | exps 1\n", models["Total"]);
        Assert.Equal("site e[r * cols + j] / t | dims {logits.d0,logits.d1} | sum t {logits.d1} | max m {logits.d1} | exps 1\n", models["PerRow"]);
    }

    [Fact]
    public void DictionaryRows_AndKeysOfTheWalk_AreRowsAndTheirElements()
    {
        var models = ModelDescriptions.Of("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            static class C {
                static void Carried(List<Dictionary<string, double>> documents) {
                    double z = 0;
                    foreach (var doc in documents) {
                        double top = doc.Values.Max();
                        var exps = new Dictionary<string, double>();
                        foreach (var kv in doc) { exps[kv.Key] = Math.Exp(kv.Value - top); z += exps[kv.Key]; }
                        foreach (var kv in doc) doc[kv.Key] = exps[kv.Key] / z;
                    }
                }
                static void Reset(List<Dictionary<string, double>> documents) {
                    foreach (var doc in documents) {
                        double z = 0;
                        double top = doc.Values.Max();
                        var exps = new Dictionary<string, double>();
                        foreach (var kv in doc) { exps[kv.Key] = Math.Exp(kv.Value - top); z += exps[kv.Key]; }
                        foreach (var kv in doc) doc[kv.Key] = exps[kv.Key] / z;
                    }
                }
            }
            """);
        // exps is a new dictionary per document, filled from that document: z, never reset, sums every document's exps
        // (gaps35: a new Dictionary is a fresh buffer like a new array), and is read while still accumulating.
        Assert.Equal("site exps[kv.Key] / z | dims {documents.d0,documents.d1} | sum z {documents.d0,documents.d1} partial | max top {documents.d1} | exps 1\n", models["Carried"]);
        Assert.Equal("site exps[kv.Key] / z | dims {documents.d0,documents.d1} | sum z {documents.d1} | max top {documents.d1} | exps 1\n", models["Reset"]);
    }

    [Fact]
    public void ExpProjectedIntoATuple_ReachesTheSumOfItsMember_RawOrShifted()
    {
        const string source = """
            using System;
            using System.Linq;
            static class C {
                static double[] Raw(double[] w) {
                    var exps = w.Select(v => (V: v, E: Math.Exp(v))).ToList();
                    double total = exps.Sum(t => t.E);
                    return exps.Select(t => t.E / total).ToArray();
                }
                static double[] Shifted(double[] w) {
                    double m = w.Max();
                    var exps = w.Select(v => (V: v, E: Math.Exp(v - m))).ToList();
                    double total = exps.Sum(t => t.E);
                    return exps.Select(t => t.E / total).ToArray();
                }
            }
            """;
        var raw = ModelDescriptions.Method(source, "Raw");
        var site = Assert.Single(raw.Sites);
        var argument = raw.ExpArgument(Assert.Single(site.Exps));
        Assert.Equal(new[] { "w" }, argument.RawRoots.Select(root => root.Name));
        Assert.Empty(argument.Shifts);
        Assert.Equal("site t.E / total | dims {w.whole} | sum total {w.whole} | max m {w.whole} | exps 1\n", ModelDescriptions.Method(source, "Shifted").Describe());
    }

    public static TheoryData<string> BrokenSnippets() => new()
    {
        "using System; static class S { static void F(float[] x, float[] y, int cols) { var m = new float[4]; for (int i = 0; i < x.Length; i++) m[i / ] = MathF.Max(m[i / cols], x[i]); float s = 0; for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - m[i / cols]); s += y[i]; } for (int i = 0; i < x.Length; i++) y[i] /= s; } }",
        "using System; static class S { static void F(float[] x, float[] y, int cols) { var m = new float[4]; for (int i = 0; i < x.Length; i++) m[i % 0] = MathF.Max(m[i % 0], x[i]); var s = new float[4]; for (int i = 0; i < x.Length; i++) { y[i] = MathF.Exp(x[i] - m[i % 0]); s[i % 0] += y[i]; } for (int i = 0; i < x.Length; i++) y[i] /= s[i % 0]; } }",
        "using System; static class S { static void F(double[] s, int[] dst, double[] a) { var den = new double[3]; for (int e = 0; e < s.Length; e++) { a[e] = Math.Exp(s[e]); den[dst[]] += a[e]; } for (int e = 0; e < s.Length; e++) a[e] /= den[dst[e]]; } }",
        "using System; static class S { static void F(double[] s, int[] dst, double[] a) { var den = new double[3]; for (int e = 0; e < s.Length; e++) { a[e] = Math.Exp(s[e]); den[undefined[e]] += a[e]; } for (int e = 0; e < s.Length; e++) a[e] /= den[undefined[e]]; } }",
        "using System; static class S { static void F(double[] s, int[] dst, double[] a) { var den = new double[3]; foreach (var edge in s) den[edge.Target] += Math.Exp(edge); for (int e = 0; e < s.Length; e++) a[e] = Math.Exp(s[e]) / den[dst[e]]; } }",
        "using System; static class S { static void F(float[] x, float[] y, int start, int rows, int cols) { float sum = 0; for (int i = start; i < start + rows * ; i++) { y[i] = MathF.Exp(x[i]); sum += y[i]; } for (int i = start; i < start + rows * cols; i++) y[i] /= sum; } }",
        "using System; static class S { static float[] F(float[][] logits) { int cols = logits[].Length; var e = new float[logits.Length * cols]; float t = 0; for (int i = 0; i < e.Length; i++) t += e[i] = MathF.Exp(logits[i / cols][i % cols]); for (int i = 0; i < e.Length; i++) e[i] /= t; return e; } }",
        "using System; using System.Collections.Generic; using System.Linq; static class S { static void F(List<Dictionary<string, double>> docs) { double z = 0; foreach (var doc in docs) { var exps = new Dictionary<string, double>(); foreach (var kv in doc) { exps[kv.] = Math.Exp(kv.Value); z += exps[kv.Key]; } foreach (var kv in doc) doc[kv.Key] = exps[kv.Key] / z; } } }",
        "using System; using System.Collections.Generic; using System.Linq; static class S { static void F(Dictionary<string, double>[] docs) { foreach (var doc in docs) { double z = 0; foreach (string label in doc.Keys) z += Math.Exp(doc[label]); foreach (string label in doc.Keys) doc[label] = Math.Exp(doc[label]) / ; } } }",
        "using System; using System.Linq; static class S { static double[] F(double[] w) { var exps = w.Select(v => (V: v, E: Math.Exp())).ToList(); double total = exps.Sum(t => t.E); return exps.Select(t => t.E / total).ToArray(); } }",
        "using System; using System.Linq; static class S { static double[] F(double[] w) { var exps = w.Select(v => (v, Math.Exp(v), )).ToList(); double total = exps.Sum(t => t.Missing); return exps.Select(t => t.Item2 / total).ToArray(); } }",
        "using System; using System.Collections.Generic; static class S { static double[] F(double[] x) { var list = new List<(int Id, double E)>(); for (int i = 0; i < x.Length; i++) list.Add((i, )); double z = 0; foreach (var (_, e) in list) z += e; var p = new double[x.Length]; foreach (var (id, e) in list) p[id] = e / z; return p; } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSnippets))]
    public async Task BrokenKeyedAndPooledShapes_NoAnalyzerException(string source) => await RobustnessTests.AssertNoAnalyzerExceptionAsync(source);
}
