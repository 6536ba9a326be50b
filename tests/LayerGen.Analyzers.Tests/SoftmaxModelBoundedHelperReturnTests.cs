using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A helper whose every return is bounded (<c>return Math.Clamp(cos, -1.0, 1.0);</c>, a <c>Min</c> by a constant, a
/// <c>tanh</c>, through a local or another such helper) gives a bounded value at its call, as the same clamp written at
/// the call does: exp of it (scaled by a constant) needs no max (HeldOut77's false LG0003 on
/// <c>CosineRecursion_BoundedScores</c>). A helper with one unbounded return, a clamp from below only, or an unclamped
/// score stays LG0003 at the exp.
/// </summary>
public class SoftmaxModelBoundedHelperReturnTests
{
    /// <summary>Score helpers: the helper's declaration and whether its value is bounded. <c>{t}</c> is the element type, <c>{m}</c> its math class.</summary>
    public static TheoryData<string, bool> Helpers => new()
    {
        // Block body, clamp in the return (HeldOut77's spelling, a loop dot product).
        { """
          static {t} Score({t}[] a, {t}[] b)
          {
              {t} dot = 0, na = 0, nb = 0;
              for (int i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
              {t} cos = dot / {m}.Max({m}.Sqrt(na * nb), ({t})1e-12);
              return Math.Clamp(cos, -1, 1);
          }
          """, true },
        // Expression body, clamp from above by a constant.
        { "static {t} Score({t}[] a, {t}[] b) => {m}.Min(Dot(a, b, 0, a.Length), 30);", true },
        // Bounded function through a local written once.
        { """
          static {t} Score({t}[] a, {t}[] b)
          {
              var t = {m}.Tanh(Dot(a, b, 0, a.Length));
              return t;
          }
          """, true },
        // Two returns, both bounded (one a constant).
        { """
          static {t} Score({t}[] a, {t}[] b)
          {
              if (a.Length == 0) return 0;
              return Math.Clamp(Dot(a, b, 0, a.Length), -8, 8);
          }
          """, true },
        // A helper returning a bounded helper's value.
        { """
          static {t} Score({t}[] a, {t}[] b) => Bounded(a, b);
          static {t} Bounded({t}[] a, {t}[] b) => Math.Clamp(Dot(a, b, 0, a.Length), -1, 1);
          """, true },
        // Unbounded: the raw dot product.
        { "static {t} Score({t}[] a, {t}[] b) => Dot(a, b, 0, a.Length);", false },
        // Unbounded: one return clamped, the other not.
        { """
          static {t} Score({t}[] a, {t}[] b)
          {
              {t} d = Dot(a, b, 0, a.Length);
              if (d > 50) return {m}.Min(d, 50);
              return d;
          }
          """, false },
        // Unbounded: a floor only (Max(d, -1) still grows with d).
        { "static {t} Score({t}[] a, {t}[] b) => {m}.Max(Dot(a, b, 0, a.Length), -1);", false },
        // Unbounded: a clamp whose upper bound is data.
        { "static {t} Score({t}[] a, {t}[] b) => Math.Clamp(Dot(a, b, 0, a.Length), -1, a[0]);", false },
    };

    /// <summary>Jagged queries × keys, one softmax per query over exp(Score / 0.25).</summary>
    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task JaggedAttention_BoundedHelperSilent_UnboundedLG0003(string helper, bool bounded)
    {
        foreach (var (type, math) in new[] { ("double", "Math"), ("float", "MathF") })
        {
            var marker = bounded ? "" : " //~ LG0003";
            var source = $$"""
                using System;

                public static class Repro
                {
                    static {t} Dot({t}[] a, {t}[] b, int lo, int hi)
                    {
                        if (hi - lo <= 2)
                        {
                            {t} s = 0;
                            for (int i = lo; i < hi; i++) s += a[i] * b[i];
                            return s;
                        }
                        int mid = (lo + hi) / 2;
                        return Dot(a, b, lo, mid) + Dot(a, b, mid, hi);
                    }

                {{Indent(helper)}}

                    public static {t}[][] Weights({t}[][] queries, {t}[][] keys)
                    {
                        var w = new {t}[queries.Length][];
                        for (int q = 0; q < queries.Length; q++)
                        {
                            var row = new {t}[keys.Length];
                            {t} z = 0;
                            for (int k = 0; k < keys.Length; k++)
                            {
                                row[k] = {m}.Exp(Score(queries[q], keys[k]) / ({t})0.25);{{marker}}
                                z += row[k];
                            }
                            for (int k = 0; k < keys.Length; k++) row[k] /= z;
                            w[q] = row;
                        }
                        return w;
                    }
                }
                """.Replace("{t}", type).Replace("{m}", math);
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
        }
    }

    /// <summary>
    /// A local function returning a clamp, flat row-major scores: silent. (Its unclamped twin is not reported on main
    /// either: the captured flat read through a local function is not judged as an exp of raw logits, a separate gap.)
    /// </summary>
    [Fact]
    public async Task FlatScores_LocalFunctionClampSilent()
    {
        var source = """
            using System;

            public static class Repro
            {
                public static void Run(double[] x, double[] y, int rows, int cols)
                {
                    double Squash(int i)
                    {
                        double s = x[i] * 3.0;
                        return Math.Clamp(s, -2.0, 2.0);
                    }

                    for (int r = 0; r < rows; r++)
                    {
                        double z = 0;
                        for (int j = 0; j < cols; j++) z += y[r * cols + j] = Math.Exp(Squash(r * cols + j) * 4.0);
                        for (int j = 0; j < cols; j++) y[r * cols + j] /= z;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    private static string Indent(string helper) =>
        string.Join("\n", helper.Split('\n').Select(line => "    " + line.TrimEnd('\r')));
}
