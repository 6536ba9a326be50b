using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on folds whose extent is written through a construct other than a counted <c>for</c>: rows of
/// collections of rows (<c>IReadOnlyList&lt;T[]&gt;</c> of records, <c>Memory</c>/<c>ArraySegment</c> rows, picked by
/// index or by <c>foreach</c>), segments walked with <c>while</c>/<c>do</c> from a data-dependent start, a sum of row
/// sums (<c>s += row.Sum()</c>), LINQ folds that pick rows by index (<c>Range(0, n).Max(u =&gt; x[u].Max())</c>) and
/// scores computed by an arithmetic helper. Each fold's extent is then what the same fold written with <c>for</c> has.
/// </summary>
public class SoftmaxModelFoldExtentTests
{
    private const string RecordRowsSoftmax = """
        for (int m = 0; m < batches.Count; m++) {
            Pair[] batch = batches[m];
            INNER
            var w = new float[batch.Length]; float total = 0f;
            for (int b = 0; b < batch.Length; b++) { w[b] = MathF.Exp(batch[b].Q - batch[b].V - peak); total += w[b]; }
            for (int b = 0; b < batch.Length; b++) w[b] /= total;
        }
        """;

    [Theory]
    [InlineData("float peak = batches.SelectMany(b => b).Max(t => t.Q - t.V);", "", "{batches.d0,batches.d1}")]
    [InlineData("float peak = batches.Max(b => b.Max(t => t.Q - t.V));", "", "{batches.d0,batches.d1}")]
    [InlineData("", "float peak = batch.Max(t => t.Q - t.V);", "{batches.d1}")]
    public void RowOfAListOfRecordRows_IsARowOfTheList(string outer, string inner, string max)
    {
        var model = Describe($$"""
            static void F(IReadOnlyList<Pair[]> batches) {
                {{outer}}
                {{RecordRowsSoftmax.Replace("INNER", inner, StringComparison.Ordinal)}}
            }
            """);
        Assert.Contains($"| dims {{batches.d0,batches.d1}} | sum total {{batches.d1}} | max peak {max} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IReadOnlyList<Memory<float>>", "Span<float> row = frame.Span;")]
    [InlineData("Memory<float>[]", "Span<float> row = frame.Span;")]
    [InlineData("List<ArraySegment<float>>", "ArraySegment<float> row = frame;")]
    [InlineData("IEnumerable<float[]>", "float[] row = frame;")]
    public void ForeachOverRows_SumDeclaredAboveFoldsEveryRow_ResetInsideFoldsOne(string rowsType, string rowOf)
    {
        string Method(bool resetInside) => $$"""
            static void F({{rowsType}} frames) {
                {{(resetInside ? string.Empty : "float mass = 0f;")}}
                foreach (var frame in frames) {
                    {{rowOf}}
                    {{(resetInside ? "float mass = 0f;" : string.Empty)}}
                    float peak = float.MinValue;
                    for (int s = 0; s < row.Count(); s++) peak = MathF.Max(peak, row[s]);
                    for (int s = 0; s < row.Count(); s++) { row[s] = MathF.Exp(row[s] - peak); mass += row[s]; }
                    for (int s = 0; s < row.Count(); s++) row[s] /= mass;
                }
            }
            """;
        var rowCount = rowsType.StartsWith("List<ArraySegment", StringComparison.Ordinal) ? "Count" : "Length";
        // Divided inside the row loop, the carried sum is also read while still accumulating ("partial").
        Assert.Contains("| dims {frames.d0,frames.d1} | sum mass {frames.d0,frames.d1} partial | max peak {frames.d1} |", Describe(Method(false).Replace("Count()", rowCount, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("| dims {frames.d0,frames.d1} | sum mass {frames.d1} | max peak {frames.d1} |", Describe(Method(true).Replace("Count()", rowCount, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "{fitness.s:1,fitness.s:?} partial")]
    [InlineData(true, "{fitness.s:1}")]
    public void WhileWalkedSegments_RestartedAtTheSegmentStart_AreOneSegmentEach(bool resetInside, string sum)
    {
        var model = Describe($$"""
            static void F(double[] fitness, int[] start, double[] p) {
                {{(resetInside ? string.Empty : "double total = 0.0;")}}
                int s = 0;
                while (s + 1 < start.Length) {
                    int end = start[s + 1];
                    double best = double.NegativeInfinity;
                    int i = start[s];
                    while (i < end) best = Math.Max(best, fitness[i++]);
                    {{(resetInside ? "double total = 0.0;" : string.Empty)}}
                    i = start[s];
                    while (i < end) { p[i] = Math.Exp(fitness[i] - best); total += p[i]; i++; }
                    i = start[s];
                    while (i < end) { p[i] /= total; i++; }
                    s++;
                }
            }
            """);
        Assert.Contains($"| dims {{fitness.s:1,fitness.s:?}} | sum total {sum} | max best {{fitness.s:1}} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("float z = 0f; foreach (float[] r in e) z += r.Sum();", "{x.d0,x.d1}")]
    [InlineData("float z = e.Sum(r => r.Sum());", "{x.d0,x.d1}")]
    [InlineData("float z = e.Select(r => r.Sum()).Sum();", "{x.d0,x.d1}")]
    public void SumOfRowSums_IsASumOfEveryRowsExps(string total, string sum)
    {
        var model = Describe($$"""
            static float[][] F(float[][] x) {
                var e = new float[x.Length][];
                for (int q = 0; q < x.Length; q++) { float best = x[q].Max(); e[q] = x[q].Select(v => MathF.Exp(v - best)).ToArray(); }
                {{total}}
                foreach (float[] r in e) for (int k = 0; k < r.Length; k++) r[k] /= z;
                return e;
            }
            """);
        Assert.Contains($"| sum z {sum} | max best {{x.d1}} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("double best = Enumerable.Range(0, x.Length).Max(u => x[u].Max());", "{x.d0,x.d1}")]
    [InlineData("double best = Enumerable.Range(0, x.Length).Aggregate(double.MinValue, (m, u) => Math.Max(m, x[u].Max()));", "{x.d0,x.d1}")]
    [InlineData("double best = Enumerable.Range(0, x.Length).Select(u => x[u].Max()).Max();", "{x.d0,x.d1}")]
    public void FoldOverRowIndices_FoldsTheRowsItPicks(string max, string axis)
    {
        var model = Describe($$"""
            static void F(double[][] x, double[][] y) {
                {{max}}
                for (int u = 0; u < x.Length; u++) {
                    double t = 0.0;
                    for (int h = 0; h < x[u].Length; h++) { y[u][h] = Math.Exp(x[u][h] - best); t += y[u][h]; }
                    for (int h = 0; h < x[u].Length; h++) y[u][h] /= t;
                }
            }
            """);
        Assert.Contains($"| sum t {{x.d1}} | max best {axis} |", model, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("static double Score(Hyp h, double a, double b) => a * h.Am + b * h.Lm;", true)]
    [InlineData("static double Score(Hyp h, double a, double b) { return (a * h.Am + b * h.Lm) / 2.0; }", true)]
    // A scalar field is read in the body as at the call, as the same sum written inline is (helperif: Real53's SharpRL
    // exponent q / _tau over a mutable temperature).
    [InlineData("static double Score(Hyp h, double a, double b) => a * h.Am + b * h.Lm + s_bias;", true)]
    // Not arithmetic of its parameters only: a call of a helper that reads none may make the value anything.
    [InlineData("static double Score(Hyp h, double a, double b) => a * h.Am + b * Lookup(h);", false)]
    public void ArithmeticScoreHelper_CarriesItsArgumentsElements(string helper, bool isSite)
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            sealed record Hyp(double Am, double Lm);
            static class C {
                static double s_bias;
                static double Lookup(Hyp h) => s_bias;
                {{helper}}
                static void F(IReadOnlyList<IReadOnlyList<Hyp>> nbest, double a, double b, double[][] p) {
                    double best = nbest.Max(list => list.Max(h => Score(h, a, b)));
                    for (int u = 0; u < nbest.Count; u++) {
                        double t = 0.0;
                        for (int h = 0; h < nbest[u].Count; h++) { p[u][h] = Math.Exp(Score(nbest[u][h], a, b) - best); t += p[u][h]; }
                        for (int h = 0; h < nbest[u].Count; h++) p[u][h] /= t;
                    }
                }
            }
            """;
        var model = ModelDescriptions.Of(source)["F"];
        if (isSite)
        {
            Assert.Contains("| dims {nbest.d0,nbest.d1} | sum t {nbest.d1} | max best {nbest.d0,nbest.d1} |", model, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(string.Empty, model);
        }
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        readonly record struct Pair(float Q, float V);
        static class C {
        {{method}}
        }
        """)["F"];
}
