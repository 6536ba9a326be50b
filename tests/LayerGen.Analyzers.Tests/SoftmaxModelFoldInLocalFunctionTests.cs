using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A fold moved into a local function, a lambda or a private helper must show what the inline fold shows: the exps
/// it writes into a captured or passed array with their returned total (a roulette wheel's drawn share
/// <c>u * total</c>, a decrement of the draw, a division), a log-domain score it accumulates and returns
/// (<c>log prior + Σ log p</c>: raw), a maximum it returns and the caller subtracts (per row: correct; over the batch:
/// LG0001). Every spelling is checked in float and double; the correct twins (exps shifted inside the function, a
/// score shifted by its maximum over the classes, a bounded log ratio, a per-row maximum) stay silent.
/// </summary>
public class SoftmaxModelFoldInLocalFunctionTests
{
    /// <summary>
    /// Where the fold that fills <c>w</c> with exps and returns their total <c>total</c> is written: the statement at
    /// the call, the code after the method's last <c>return</c> (a local function declared after use), and the type's
    /// other members. <c>EXP</c> stands for the exponentiated value at index <c>k</c>.
    /// </summary>
    public static TheoryData<string, string, string, string> TotalFolds() => new()
    {
        { "capturedBeforeUse", "T total = Fill(); T Fill() { T s = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; s += w[k]; } return s; }", "", "" },
        { "capturedAfterUse", "T total = Fill();", "T Fill() { T s = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; s += w[k]; } return s; }", "" },
        { "staticLocalPassedArray", "T total = Fill(w, q, tau, max);", "static T Fill(T[] w, T[] q, T tau, T max) { T s = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; s += w[k]; } return s; }", "" },
        { "privateStaticMethod", "T total = Fill(w, q, tau, max);", "", "private static T Fill(T[] w, T[] q, T tau, T max) { T s = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; s += w[k]; } return s; }" },
        { "lambda", "Func<T> fill = () => { T s = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; s += w[k]; } return s; }; T total = fill();", "", "" },
        { "expressionBodiedTotal", "for (int k = 0; k < q.Length; k++) w[k] = EXP; T total = Total();", "T Total() => w.Sum();", "" },
        { "totalLeftInAField", "Fill(w, q, tau, max); T total = _total;", "", "private static T _total; private static void Fill(T[] w, T[] q, T tau, T max) { _total = 0; for (int k = 0; k < q.Length; k++) { w[k] = EXP; _total += w[k]; } }" },
    };

    /// <summary>The sites that read the exps in <c>w</c> over their returned <c>total</c>.</summary>
    public static TheoryData<string, string> Sites() => new()
    {
        { "drawnTarget", "T target = (T)rng.NextDouble() * total; T acc = 0; for (int k = 0; k < q.Length; k++) { acc += w[k]; if (acc >= target) return k; }" },
        { "drawWalkedDown", "T r = total * (T)rng.NextDouble(); for (int k = 0; k < q.Length; k++) { r -= w[k]; if (r <= 0) return k; }" },
        { "division", "for (int k = 0; k < q.Length; k++) w[k] /= total;" },
    };

    public static TheoryData<string, string, string> FoldsAtSites()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var fold in TotalFolds())
        {
            foreach (var site in Sites())
            {
                foreach (var type in new[] { "double", "float" })
                {
                    data.Add((string)fold[0], (string)site[0], type);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FoldsAtSites))]
    public async Task RawExpsOfAReturnedTotal_AreLG0003(string fold, string site, string type) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Wheel(fold, site, type, "(q[k] / tau)")));

    [Theory]
    [MemberData(nameof(FoldsAtSites))]
    public async Task ShiftedExpsOfAReturnedTotal_AreSilent(string fold, string site, string type) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Wheel(fold, site, type, "((q[k] - max) / tau)")));

    /// <summary>A data-free local function (a constant factor) still scales the draw: the wheel is found.</summary>
    [Theory]
    [InlineData("T Half() => (T)0.5;", "(q[k] / tau)", "LG0003")]
    [InlineData("T Half() => (T)0.5;", "((q[k] - max) / tau)", "")]
    [InlineData("static T Half() { T h = 1; return h / 2; }", "(q[k] / tau)", "LG0003")]
    public async Task DataFreeLocalFactorOfTheDraw_KeepsTheWheel(string factor, string exponent, string expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static int Spin(double[] q, double tau, Random rng) {
                    {{factor.Replace("T ", "double ").Replace("(T)", "(double)")}}
                    double max = q.Max();
                    var w = new double[q.Length];
                    double total = 0;
                    for (int k = 0; k < q.Length; k++) { w[k] = Math.Exp{{exponent}}; total += w[k]; }
                    double target = rng.NextDouble() * total * Half();
                    double acc = 0;
                    for (int k = 0; k < q.Length; k++) { acc += w[k]; if (acc >= target) return k; }
                    return q.Length - 1;
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    /// <summary>
    /// Where a class score <c>Score(c)</c> = log prior + Σ log likelihood (or plus data) is computed: local functions
    /// before or after use, static with passed values, expression-bodied with a LINQ sum, a lambda, a private method.
    /// </summary>
    public static TheoryData<string, string, string, string> ScoreFolds() => new()
    {
        { "capturedBeforeUse", "T Score(int c) { T acc = LOG(prior[c]); foreach (var v in ll[c]) acc += LOG(v); return acc; }", "", "Score(c)" },
        { "capturedAfterUse", "", "T Score(int c) { T acc = LOG(prior[c]); for (int j = 0; j < ll[c].Length; j++) acc += LOG(ll[c][j]); return acc; }", "Score(c)" },
        { "subtractedTerms", "", "T Score(int c) { T acc = LOG(prior[c]); foreach (var v in ll[c]) acc -= -LOG(v); return acc; }", "Score(c)" },
        { "staticLocalPassed", "", "static T Score(T pr, T[] l) { T acc = LOG(pr); for (int j = 0; j < l.Length; j++) acc += LOG(l[j]); return acc; }", "Score(prior[c], ll[c])" },
        { "expressionBodiedLinqSum", "", "static T Score(T pr, T[] l) => LOG(pr) + l.Sum(v => LOG(v));", "Score(prior[c], ll[c])" },
        { "logPlusData", "T Score(int c) { T acc = LOG(prior[c]); foreach (var v in ll[c]) acc += v; return acc; }", "", "Score(c)" },
        { "lambda", "Func<int, T> score = c => { T acc = LOG(prior[c]); foreach (var v in ll[c]) acc += LOG(v); return acc; };", "", "score(c)" },
        { "privateStaticMethod", "METHOD", "", "Score(prior, ll, c)" },
    };

    public static TheoryData<string, string> ScoreFoldsByType()
    {
        var data = new TheoryData<string, string>();
        foreach (var fold in ScoreFolds())
        {
            data.Add((string)fold[0], "double");
            data.Add((string)fold[0], "float");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScoreFoldsByType))]
    public async Task ReturnedLogScore_StoredInALocal_IsLG0003(string fold, string type) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Posterior(fold, type, shifted: false, inLocal: true)));

    [Theory]
    [MemberData(nameof(ScoreFoldsByType))]
    public async Task ReturnedLogScore_StoredInAnArray_IsLG0003(string fold, string type) =>
        Assert.Equal(new[] { "LG0003" }, await FixRunner.ReportedIdsAsync(Posterior(fold, type, shifted: false, inLocal: false)));

    [Theory]
    [MemberData(nameof(ScoreFoldsByType))]
    public async Task ReturnedLogScore_ShiftedByItsMaximum_IsSilent(string fold, string type) =>
        Assert.Empty(await FixRunner.ReportedIdsAsync(Posterior(fold, type, shifted: true, inLocal: false)));

    /// <summary>exp(log a − log b) = a / b from a local function: bounded, no raw score (as inline).</summary>
    [Theory]
    [InlineData("double LogRatio(int c) => Math.Log(a[c]) - Math.Log(b[c]);")]
    [InlineData("double LogRatio(int c) { double r = Math.Log(a[c]); r -= Math.Log(b[c]); return r; }")]
    [InlineData("static double LogRatio(double x, double y) => 2.0 * Math.Log(x) - Math.Log(y);", "LogRatio(a[c], b[c])")]
    public async Task ReturnedLogRatio_IsSilent(string function, string call = "LogRatio(c)")
    {
        var source = $$"""
            using System;

            static class C {
                static void Ratios(double[] a, double[] b, double[] p) {
                    double z = 0;
                    for (int c = 0; c < a.Length; c++) { p[c] = Math.Exp({{call}}); z += p[c]; }
                    for (int c = 0; c < a.Length; c++) p[c] /= z;
                    {{function}}
                }
            }
            """;
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>A maximum returned by a local function and subtracted: per row correct, over the whole batch LG0001.</summary>
    [Theory]
    [InlineData("float m = Peak(); float Peak() { float best = float.MinValue; for (int c = 0; c < cols; c++) best = MathF.Max(best, x[r, c]); return best; }", "", "")]
    [InlineData("float m = Peak(r);", "float Peak(int row) { float best = x[row, 0]; for (int c = 1; c < cols; c++) if (x[row, c] > best) best = x[row, c]; return best; }", "")]
    [InlineData("float m = Peak(x, r, cols);", "static float Peak(float[,] v, int row, int n) { float best = float.MinValue; for (int c = 0; c < n; c++) best = MathF.Max(best, v[row, c]); return best; }", "")]
    [InlineData("float m = Peak();", "float Peak() { float best = float.MinValue; for (int i = 0; i < rows; i++) for (int c = 0; c < cols; c++) best = MathF.Max(best, x[i, c]); return best; }", "LG0001")]
    [InlineData("float m = Peak(x);", "static float Peak(float[,] v) { float best = float.MinValue; foreach (var e in v) best = MathF.Max(best, e); return best; }", "LG0001")]
    public async Task ReturnedMaximumAsShift(string statement, string tail, string expected)
    {
        var source = $$"""
            using System;

            static class C {
                static void Rows(float[,] x, float[,] y) {
                    int rows = x.GetLength(0), cols = x.GetLength(1);
                    for (int r = 0; r < rows; r++) {
                        {{statement}}
                        float sum = 0f;
                        for (int c = 0; c < cols; c++) { y[r, c] = MathF.Exp(x[r, c] - m); sum += y[r, c]; }
                        for (int c = 0; c < cols; c++) y[r, c] /= sum;
                    }
                    {{tail}}
                }
            }
            """;
        Assert.Equal(expected, string.Join(" ", await FixRunner.ReportedIdsAsync(source)));
    }

    private static string Wheel(string fold, string site, string type, string exponent)
    {
        var (statement, tail, members) = Spelling(TotalFolds(), fold);
        var exp = (type == "float" ? "MathF.Exp" : "Math.Exp") + exponent;
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static int Spin(T[] q, T tau, Random rng) {
                    T max = q.Max();
                    var w = new T[q.Length];
                    {{statement}}
                    {{Sites().Single(row => (string)row[0] == site)[1]}}
                    return q.Length - 1;
                    {{tail}}
                }

                {{members}}
            }
            """;
        return source.Replace("EXP", exp).Replace("T ", type + " ").Replace("T[", type + "[").Replace("(T)", "(" + type + ")").Replace("<T>", "<" + type + ">");
    }

    private static string Posterior(string fold, string type, bool shifted, bool inLocal)
    {
        var row = ScoreFolds().Single(r => (string)r[0] == fold);
        var (before, tail, call) = ((string)row[1], (string)row[2], (string)row[3]);
        var members = "";
        if (before == "METHOD")
        {
            before = "";
            members = "private static T Score(T[] prior, T[][] ll, int c) { T acc = LOG(prior[c]); for (int j = 0; j < ll[c].Length; j++) acc += LOG(ll[c][j]); return acc; }";
        }

        var normalise = inLocal
            ? $"T z = 0; for (int c = 0; c < prior.Length; c++) {{ T s = {call}; p[c] = EXP(s); z += p[c]; }}"
            : $"var s = new T[prior.Length]; for (int c = 0; c < prior.Length; c++) s[c] = {call}; T m = s.Max(); T z = 0; for (int c = 0; c < prior.Length; c++) {{ p[c] = EXP(s[c]{(shifted ? " - m" : "")}); z += p[c]; }}";
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static void Posterior(T[] prior, T[][] ll, T[] p) {
                    {{before}}
                    {{normalise}}
                    for (int c = 0; c < prior.Length; c++) p[c] /= z;
                    {{tail}}
                }

                {{members}}
            }
            """;
        var math = type == "float" ? "MathF" : "Math";
        return source.Replace("EXP(", math + ".Exp(").Replace("LOG(", math + ".Log(").Replace("Func<int, T>", $"Func<int, {type}>")
            .Replace("T ", type + " ").Replace("T[", type + "[");
    }

    private static (string Statement, string Tail, string Members) Spelling(TheoryData<string, string, string, string> data, string name)
    {
        var row = data.Single(r => (string)r[0] == name);
        return ((string)row[1], (string)row[2], (string)row[3]);
    }
}
