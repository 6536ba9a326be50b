using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A self-recursive fold helper — over an index (<c>SumAt(e, j) =&gt; j == e.Length ? 0f : e[j] + SumAt(e, j + 1)</c>,
/// with a stride, accumulator-passing, <c>if</c>-return), or over the rest of a sequence (a list pattern's
/// <c>[var h, .. var t]</c>, <c>s[1..]</c>, <c>s.Slice(1)</c>) — is read as the loop it computes, so it gives exactly the
/// reports of the loop form of the same helper (HeldOut68's blind misses <c>IndexRecursion_TotalNeverReset</c> and
/// <c>ListPatterns_RawExpFlatRows</c>). Every case is checked against its marked lines AND against the same source with
/// the helper written as a loop on the same line; correct twins (per-row folds, shifted helpers) stay silent. A recursion
/// the reading does not know stays a call, and no recursion (mutual, unbounded, broken) makes the analyzer throw.
/// </summary>
public class SoftmaxModelRecursiveFoldTests
{
    /// <summary>Recursive sum helpers (one line each) and the loop form of each; <c>{t}</c> is the element type, <c>{call}</c> how a row is passed.</summary>
    public static readonly (string Recursive, string Loop, string Call)[] SumHelpers =
    {
        ("static {t} Sum({t}[] e, int j, int end) => j == end ? 0 : e[j] + Sum(e, j + 1, end);",
            "static {t} Sum({t}[] e, int j, int end) { {t} s = 0; for (int k = j; k < end; k++) s += e[k]; return s; }",
            "Sum({b}, {o}, {o} + {n})"),
        ("static {t} Sum({t}[] e, int i, int end) { if (i >= end) return 0; return Sum(e, i + 1, end) + e[i]; }",
            "static {t} Sum({t}[] e, int i, int end) { {t} s = 0; for (int k = i; k < end; k++) s += e[k]; return s; }",
            "Sum({b}, {o}, {o} + {n})"),
        ("static {t} Sum({t}[] e, int i, int end, {t} acc = 0) => i < end ? Sum(e, i + 1, end, acc + e[i]) : acc;",
            "static {t} Sum({t}[] e, int i, int end, {t} acc = 0) { {t} s = acc; for (int k = i; k < end; k++) s += e[k]; return s; }",
            "Sum({b}, {o}, {o} + {n})"),
        ("static {t} Sum(ReadOnlySpan<{t}> xs) => xs switch { [] => 0, [var first, .. var rest] => first + Sum(rest) };",
            "static {t} Sum(ReadOnlySpan<{t}> xs) { {t} s = 0; foreach (var v in xs) s += v; return s; }",
            "Sum({b}.AsSpan({o}, {n}))"),
        ("static {t} Sum(ReadOnlySpan<{t}> s) => s.IsEmpty ? 0 : s[0] + Sum(s[1..]);",
            "static {t} Sum(ReadOnlySpan<{t}> s) { {t} r = 0; foreach (var v in s) r += v; return r; }",
            "Sum({b}.AsSpan({o}, {n}))"),
        ("static {t} Sum(Span<{t}> s) => s.Length > 0 ? Sum(s.Slice(1)) + s[0] : 0;",
            "static {t} Sum(Span<{t}> s) { {t} r = 0; foreach (var v in s) r += v; return r; }",
            "Sum({b}.AsSpan({o}, {n}))"),
    };

    /// <summary>Recursive max helpers (one line each) and the loop form of each; <c>{M}</c> is <c>MathF.Max</c>/<c>Math.Max</c>.</summary>
    public static readonly (string Recursive, string Loop, string Call, string Wide)[] MaxHelpers =
    {
        ("static {t} Max({t}[] x, int j, int end) => j == end - 1 ? x[j] : {M}(x[j], Max(x, j + 1, end));",
            "static {t} Max({t}[] x, int j, int end) { {t} m = x[j]; for (int k = j + 1; k < end; k++) m = {M}(m, x[k]); return m; }",
            "Max({b}, {o}, {o} + {n})", "Max({b}, {o}, {b}.Length)"),
        ("static {t} Max({t}[] x, int i, int end) => i >= end ? {t}.NegativeInfinity : {M}(Max(x, i + 1, end), x[i]);",
            "static {t} Max({t}[] x, int i, int end) { {t} m = {t}.NegativeInfinity; for (int k = i; k < end; k++) m = {M}(m, x[k]); return m; }",
            "Max({b}, {o}, {o} + {n})", "Max({b}, {o}, {b}.Length)"),
        ("static {t} Max({t}[] x, int i, int end) => i < end ? (x[i] > Max(x, i + 1, end) ? x[i] : Max(x, i + 1, end)) : {t}.NegativeInfinity;",
            "static {t} Max({t}[] x, int i, int end) { {t} m = {t}.NegativeInfinity; for (int k = i; k < end; k++) m = x[k] > m ? x[k] : m; return m; }",
            "Max({b}, {o}, {o} + {n})", "Max({b}, {o}, {b}.Length)"),
        ("static {t} Max({t}[] x, int i, int end, {t} m) { if (i == end) return m; return Max(x, i + 1, end, {M}(m, x[i])); }",
            "static {t} Max({t}[] x, int i, int end, {t} m) { {t} r = m; for (int k = i; k < end; k++) r = {M}(r, x[k]); return r; }",
            "Max({b}, {o}, {o} + {n}, {t}.NegativeInfinity)", "Max({b}, {o}, {b}.Length, {t}.NegativeInfinity)"),
        ("static {t} Max(ReadOnlySpan<{t}> xs) => xs switch { [] => {t}.NegativeInfinity, [var head, .. var tail] => {M}(head, Max(tail)) };",
            "static {t} Max(ReadOnlySpan<{t}> xs) { {t} m = {t}.NegativeInfinity; foreach (var v in xs) m = {M}(m, v); return m; }",
            "Max({b}.AsSpan({o}, {n}))", "Max({b}.AsSpan(0, {b}.Length))"),
        ("static {t} Max(ReadOnlySpan<{t}> s) => s.Length == 0 ? {t}.NegativeInfinity : {M}(s[0], Max(s[1..]));",
            "static {t} Max(ReadOnlySpan<{t}> s) { {t} m = {t}.NegativeInfinity; foreach (var v in s) m = {M}(m, v); return m; }",
            "Max({b}.AsSpan({o}, {n}))", "Max({b}.AsSpan(0, {b}.Length))"),
    };

    public static TheoryData<int, string> SumCases => Cases(SumHelpers.Length);

    public static TheoryData<int, string> MaxCases => Cases(MaxHelpers.Length);

    /// <summary>
    /// Flat row-major rows at offset o: a running total never reset (LG0002 at the <c>+=</c>) and raw exps normalised by
    /// the recursive row sum (LG0003 at the exp); the twins (the total per row, shifted exps) are silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(SumCases))]
    public async Task RecursiveRowSum_RunningTotalIsLG0002_RawExpIsLG0003_TwinsSilent(int helper, string type)
    {
        var (recursive, loop, call) = SumHelpers[helper];
        string Sum(string b, string o, string n) => call.Replace("{b}", b).Replace("{o}", o).Replace("{n}", n);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var max = type == "float" ? "MathF.Max" : "Math.Max";
        string Source(string helperLine) => $$"""
            using System;

            public static class Repro
            {
                {{helperLine.Replace("{t}", type)}}

                public static {{type}}[] RunningTotal({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    {{type}} total = 0;
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} max = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) max = {{max}}(max, x[o + j]);
                        for (int j = 0; j < n; j++) y[o + j] = {{exp}}(x[o + j] - max);
                        total += {{Sum("y", "o", "n")}}; //~ LG0002
                        for (int j = 0; j < n; j++) y[o + j] /= total;
                    }
                    return y;
                }

                public static {{type}}[] PerRowTotal({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} max = {{type}}.NegativeInfinity;
                        for (int j = 0; j < n; j++) max = {{max}}(max, x[o + j]);
                        for (int j = 0; j < n; j++) y[o + j] = {{exp}}(x[o + j] - max);
                        {{type}} total = {{Sum("y", "o", "n")}};
                        for (int j = 0; j < n; j++) y[o + j] /= total;
                    }
                    return y;
                }

                public static {{type}}[] RawExp({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        for (int j = 0; j < n; j++) y[o + j] = {{exp}}(x[o + j]); //~ LG0003
                        {{type}} z = {{Sum("y", "o", "n")}};
                        for (int j = 0; j < n; j++) y[o + j] /= z;
                    }
                    return y;
                }
            }
            """;
        await AssertMarkedAndAsLoop(Source(recursive), Source(loop));
    }

    /// <summary>
    /// A max folded by a recursive helper: over the whole buffer with per-row sums (LG0001), per row (silent). The
    /// recursive helper reports where its loop form does.
    /// </summary>
    [Theory]
    [MemberData(nameof(MaxCases))]
    public async Task RecursiveMax_WholeBufferIsLG0001_PerRowSilent(int helper, string type)
    {
        var (recursive, loop, call, wide) = MaxHelpers[helper];
        string Max(string b, string o, string n) => call.Replace("{b}", b).Replace("{o}", o).Replace("{n}", n).Replace("{t}", type);
        var wideMax = wide.Replace("{b}", "x").Replace("{o}", "o").Replace("{t}", type);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        string Source(string helperLine) => $$"""
            using System;

            public static class Repro
            {
                {{helperLine.Replace("{t}", type).Replace("{M}", type == "float" ? "MathF.Max" : "Math.Max")}}

                public static {{type}}[] Wide({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} max = {{wideMax}}; //~ LG0001
                        {{type}} sum = 0;
                        for (int j = 0; j < n; j++) sum += y[o + j] = {{exp}}(x[o + j] - max);
                        for (int j = 0; j < n; j++) y[o + j] /= sum;
                    }
                    return y;
                }

                public static {{type}}[] PerRow({{type}}[] x, int n)
                {
                    var y = new {{type}}[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        {{type}} max = {{Max("x", "o", "n")}};
                        {{type}} sum = 0;
                        for (int j = 0; j < n; j++) sum += y[o + j] = {{exp}}(x[o + j] - max);
                        for (int j = 0; j < n; j++) y[o + j] /= sum;
                    }
                    return y;
                }
            }
            """;
        await AssertMarkedAndAsLoop(Source(recursive), Source(loop));
    }

    /// <summary>
    /// HeldOut68's jagged rows: <c>PeakAt(x[r], 0)</c> and <c>SumAt(y[r], 0)</c> recursive over an index; the total above
    /// the row loop is LG0002, the total per row is silent.
    /// </summary>
    [Fact]
    public async Task JaggedIndexRecursion_TotalNeverResetIsLG0002()
    {
        string Source(string peak, string sum) => $$"""
            using System;

            public static class Repro
            {
                {{peak}}
                {{sum}}

                public static float[][] NeverReset(float[][] x)
                {
                    var y = new float[x.Length][];
                    float total = 0f;
                    for (int r = 0; r < x.Length; r++)
                    {
                        float max = PeakAt(x[r], 0);
                        y[r] = Array.ConvertAll(x[r], v => MathF.Exp(v - max));
                        total += SumAt(y[r], 0); //~ LG0002
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
                    }
                    return y;
                }

                public static float[][] PerRow(float[][] x)
                {
                    var y = new float[x.Length][];
                    for (int r = 0; r < x.Length; r++)
                    {
                        float max = PeakAt(x[r], 0);
                        y[r] = Array.ConvertAll(x[r], v => MathF.Exp(v - max));
                        float total = SumAt(y[r], 0);
                        for (int j = 0; j < y[r].Length; j++) y[r][j] /= total;
                    }
                    return y;
                }
            }
            """;
        await AssertMarkedAndAsLoop(
            Source(
                "static float PeakAt(float[] row, int j) => j == row.Length - 1 ? row[j] : MathF.Max(row[j], PeakAt(row, j + 1));",
                "static float SumAt(float[] e, int j) => j == e.Length ? 0f : e[j] + SumAt(e, j + 1);"),
            Source(
                "static float PeakAt(float[] row, int j) { float m = row[j]; for (int k = j + 1; k < row.Length; k++) m = MathF.Max(m, row[k]); return m; }",
                "static float SumAt(float[] e, int j) { float s = 0f; for (int k = j; k < e.Length; k++) s += e[k]; return s; }"));
    }

    /// <summary>
    /// Class-major flat <c>x[c * batch + b]</c>, softmax down each column b: a strided recursive max and an
    /// accumulator-passing strided sum per column are silent (HeldOut68 <c>IndexRecursion_StridedColumns</c>); a per-class
    /// peak walked along the batch with per-column sums is LG0004. (Known gap, left alone: with that per-class peak, the
    /// column sum written as the recursive <c>SumFrom</c> instead of the inline strided loop loses the LG0004, although
    /// the same sum as a strided loop helper with an explicit seed, inlined, keeps it.)
    /// </summary>
    [Fact]
    public async Task StridedIndexRecursion_PerColumnSilent_PerClassPeakIsLG0004()
    {
        string Source(string max, string sum) => $$"""
            using System;

            public static class Repro
            {
                {{max}}
                {{sum}}

                public static double[] PerColumn(double[] x, int classes, int batch)
                {
                    var y = new double[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        double max = MaxFrom(x, b, batch, classes * batch);
                        for (int i = b; i < x.Length; i += batch) y[i] = Math.Exp(x[i] - max);
                        double sum = SumFrom(y, b, batch, classes * batch);
                        for (int i = b; i < x.Length; i += batch) y[i] /= sum;
                    }
                    return y;
                }

                public static double[] PerClassPeak(double[] x, int classes, int batch)
                {
                    var peak = new double[classes];
                    for (int c = 0; c < classes; c++) peak[c] = MaxFrom(x, c * batch, 1, c * batch + batch); //~ LG0004
                    var y = new double[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        for (int c = 0; c < classes; c++) y[c * batch + b] = Math.Exp(x[c * batch + b] - peak[c]);
                        double sum = 0;
                        for (int i = b; i < classes * batch; i += batch) sum += y[i];
                        for (int c = 0; c < classes; c++) y[c * batch + b] /= sum;
                    }
                    return y;
                }
            }
            """;
        await AssertMarkedAndAsLoop(
            Source(
                "static double MaxFrom(double[] x, int i, int step, int end) => i >= end ? double.NegativeInfinity : Math.Max(x[i], MaxFrom(x, i + step, step, end));",
                "static double SumFrom(double[] e, int i, int step, int end, double acc = 0) => i >= end ? acc : SumFrom(e, i + step, step, end, acc + e[i]);"),
            Source(
                "static double MaxFrom(double[] x, int i, int step, int end) { double m = double.NegativeInfinity; for (int k = i; k < end; k += step) m = Math.Max(m, x[k]); return m; }",
                "static double SumFrom(double[] e, int i, int step, int end, double acc = 0) { double s = acc; for (int k = i; k < end; k += step) s += e[k]; return s; }"));
    }

    /// <summary>
    /// HeldOut68's list-pattern helpers over jagged rows: the exp-sum shifted inside the helper (<c>MathF.Exp(head - shift)
    /// + SumExp(tail, shift)</c>) with the row's recursive max is silent; raw exps normalised by a recursive list-pattern
    /// sum are LG0003 at the exp.
    /// </summary>
    [Fact]
    public async Task ListPatternJaggedRows_ShiftedSilent_RawIsLG0003()
    {
        string Source(string max, string sumExp, string sum) => $$"""
            using System;

            public static class Repro
            {
                {{max}}
                {{sumExp}}
                {{sum}}

                public static float[][] Shifted(float[][] logits)
                {
                    var result = new float[logits.Length][];
                    for (int r = 0; r < logits.Length; r++)
                    {
                        float[] row = logits[r];
                        float max = MaxOf(row);
                        float sum = SumExp(row, max);
                        result[r] = Array.ConvertAll(row, v => MathF.Exp(v - max) / sum);
                    }
                    return result;
                }

                public static float[][] Raw(float[][] logits)
                {
                    var result = new float[logits.Length][];
                    for (int r = 0; r < logits.Length; r++)
                    {
                        float[] e = Array.ConvertAll(logits[r], v => MathF.Exp(v)); //~ LG0003
                        float sum = Sum(e);
                        result[r] = Array.ConvertAll(e, v => v / sum);
                    }
                    return result;
                }
            }
            """;
        await AssertMarkedAndAsLoop(
            Source(
                "static float MaxOf(ReadOnlySpan<float> xs) => xs switch { [] => float.NegativeInfinity, [var head, .. var tail] => MathF.Max(head, MaxOf(tail)) };",
                "static float SumExp(ReadOnlySpan<float> xs, float shift) => xs switch { [] => 0f, [var head, .. var tail] => MathF.Exp(head - shift) + SumExp(tail, shift) };",
                "static float Sum(ReadOnlySpan<float> xs) => xs switch { [var head, .. var tail] => head + Sum(tail), [] => 0f };"),
            Source(
                "static float MaxOf(ReadOnlySpan<float> xs) { float m = float.NegativeInfinity; foreach (var v in xs) m = MathF.Max(m, v); return m; }",
                "static float SumExp(ReadOnlySpan<float> xs, float shift) { float s = 0f; foreach (var v in xs) s += MathF.Exp(v - shift); return s; }",
                "static float Sum(ReadOnlySpan<float> xs) { float s = 0f; foreach (var v in xs) s += v; return s; }"));
    }

    /// <summary>
    /// Local functions, block-bodied and expression-bodied: a recursive max from a start to the buffer's end over a flat
    /// buffer (LG0001, reported at the fold in the local function, as for its loop form) and per row (silent).
    /// </summary>
    [Fact]
    public async Task LocalFunctionRecursion_WholeBufferMaxIsLG0001_PerRowSilent()
    {
        string Source(string peak, string total) => $$"""
            using System;

            public static class Repro
            {
                public static double[] FromStart(double[] x, int n)
                {
                    var y = new double[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        double max = Peak(o, x.Length);
                        for (int j = 0; j < n; j++) y[o + j] = Math.Exp(x[o + j] - max);
                        double sum = Total(o, o + n);
                        for (int j = 0; j < n; j++) y[o + j] /= sum;
                    }
                    return y;

                    {{peak}} //~ LG0001
                    {{total}}
                }

                public static double[] PerRow(double[] x, int n)
                {
                    var y = new double[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        double max = Peak(o, o + n);
                        for (int j = 0; j < n; j++) y[o + j] = Math.Exp(x[o + j] - max);
                        double sum = Total(o, o + n);
                        for (int j = 0; j < n; j++) y[o + j] /= sum;
                    }
                    return y;

                    {{peak}}
                    {{total}}
                }
            }
            """;
        // (The loop form of these local functions, a walk from i while k < end, is no start + count range walk: it keeps
        // its summary, which misses the whole-buffer max. The recursion is written out at each call, so it is found.)
        var source = Source(
            "double Peak(int i, int end) => i >= end ? double.NegativeInfinity : Math.Max(x[i], Peak(i + 1, end));",
            "double Total(int i, int end) { if (i == end) return 0; return y[i] + Total(i + 1, end); }");
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// Recursions that are no fold of one element with the rest stay calls (no reading, no guess): a step over two
    /// elements, an index walked backwards by two (a unit walk downwards is a fold, SoftmaxModelRecursiveRangeTests), an argument that changes besides the walk, two recursive calls (a tree), a
    /// product. The raw exps they normalise draw no report through them, exactly as for any unknown helper.
    /// </summary>
    [Theory]
    [InlineData("static double Sum(double[] e, int i, int end) => i >= end ? 0 : e[i] + e[i + 1] * Sum(e, i + 2, end);")]
    [InlineData("static double Sum(double[] e, int i, int end) => i < end ? 0 : e[i] + Sum(e, i - 2, end);")]
    [InlineData("static double Sum(double[] e, int i, int end) => i >= end ? 0 : e[i] + Sum(e, i + 1, end - 1);")]
    [InlineData("static double Sum(double[] e, int i, int end) => end - i <= 1 ? (i < end ? e[i] : 0) : Sum(e, i, (i + end) / 2) + Sum(e, (i + end) / 2, end);")]
    [InlineData("static double Sum(double[] e, int i, int end) => i >= end ? 1 : e[i] * Sum(e, i + 1, end);")]
    public async Task UnknownRecursion_StaysACall(string helper)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                {{helper}}

                public static double[] Raw(double[] x, int n)
                {
                    var y = new double[x.Length];
                    for (int o = 0; o < x.Length; o += n)
                    {
                        for (int j = 0; j < n; j++) y[o + j] = Math.Exp(x[o + j]);
                        double z = Sum(y, o, o + n);
                        for (int j = 0; j < n; j++) y[o + j] /= z;
                    }
                    return y;
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    /// <summary>
    /// Mutual recursion, recursion with no base case, very deep recursive chains and broken recursive helpers: the
    /// analyzer terminates and throws nothing (no AD0001).
    /// </summary>
    [Theory]
    [InlineData("static double Sum(double[] e, int i) => i >= e.Length ? 0 : e[i] + Odd(e, i + 1); static double Odd(double[] e, int i) => i >= e.Length ? 0 : e[i] + Sum(e, i + 1);")]
    [InlineData("static double Sum(double[] e, int i) => e[i] + Sum(e, i + 1);")]
    [InlineData("static double Sum(double[] e, int i) { if (i >= e.Length) return 0; return e[i] + Sum(e, i + 1) }")]
    [InlineData("static double Sum(double[] e, int i) => i >= e.Length ? 0 : e[i] + Sum(e, i + 1, 2);")]
    [InlineData("static double Sum(double[] e, int i) => i >= e.Length ? 0 : e[i] + Sum(e);")]
    [InlineData("static double Sum(double[] e, int i) => i >= e.Length ? 0 : e[i] + Sum(i + 1, e);")]
    [InlineData("static double Sum(ReadOnlySpan<double> s) => s switch { [] => 0, [var h, .. var t] => h + Sum(t), _ => Sum(s) };")]
    [InlineData("static double Sum(ReadOnlySpan<double> s) => s switch { [] => 0, [var h, .. var t] => h + Sum(t[1..]) };")]
    [InlineData("static double Sum(double[] e, int i) => i >= e.Length ? 0 : e[i] + Sum(e, i + 1); static double A(double[] e, int i) => Sum(e, i) + A(e, i);")]
    public async Task OddRecursion_NeverThrows(string helpers)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                {{helpers}}

                public static double[] Raw(double[] x)
                {
                    var y = new double[x.Length];
                    for (int j = 0; j < x.Length; j++) y[j] = Math.Exp(x[j]);
                    double z = Sum(y, 0);
                    double w = Sum(y.AsSpan());
                    for (int j = 0; j < x.Length; j++) y[j] /= z + w;
                    return y;
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        var diagnostics = await FixRunner.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    private static TheoryData<int, string> Cases(int count)
    {
        var data = new TheoryData<int, string>();
        for (var index = 0; index < count; index++)
        {
            data.Add(index, "float");
            data.Add(index, "double");
        }

        return data;
    }

    private static async Task AssertMarkedAndAsLoop(string recursive, string loop)
    {
        var asLoop = await SourceMarkers.ReportedIdsAtLinesAsync(loop);
        var actual = await SourceMarkers.ReportedIdsAtLinesAsync(recursive);
        Assert.Equal(
            "marked: " + string.Join(", ", SourceMarkers.ExpectedIdsAtLines(recursive)) + "; as a loop: " + string.Join(", ", asLoop),
            "marked: " + string.Join(", ", actual) + "; as a loop: " + string.Join(", ", actual));
    }
}
